import type { ArticleCoverageStats, Coverage } from '@marsad/core'

/** A sentence's place in a story comparison: the column (article) and its index in the article's `sentences`. */
export type Place = { column: number; sentence: number }

/** How the story page marks a sentence. `next` is null when every counterpart is in a column not shown. */
export type SentenceMark =
  | { kind: 'shared'; fact: number; next: Place | null; counterparts: Place[] }
  | { kind: 'unique' }
  | { kind: 'none' }

export type ComparisonView = {
  /** Per column (in `coverage.articles` order), a mark per sentence. */
  marks: SentenceMark[][]
  /** Number of shared facts; facts are numbered 1…n in reading order of the first column that has them. */
  facts: number
}

/** The id of a sentence in the story page's comparison. */
export const placeAnchor = (place: Place) => `a${place.column}-s${place.sentence}`

/**
 * Turns the core's `Coverage` into marks for the comparison columns. A shared sentence links to a counterpart
 * in the next shown column that has one (cycling back to the first), so following the links visits every
 * shown outlet's version of the fact.
 */
export function comparisonView(
  coverage: Coverage,
  sentenceCounts: readonly number[],
  shown: (column: number) => boolean = () => true,
): ComparisonView {
  const column = new Map(coverage.articles.map((id, index) => [id, index]))
  const marks: SentenceMark[][] = sentenceCounts.map((count) =>
    Array.from({ length: count }, (): SentenceMark => ({ kind: 'none' })),
  )
  const groups = coverage.shared
    .map((fact) =>
      fact.sentences
        .map((ref) => ({ column: column.get(ref.articleId) ?? -1, sentence: ref.index }))
        .filter((place) => place.column >= 0 && place.sentence < (sentenceCounts[place.column] ?? 0))
        .sort((a, b) => a.column - b.column || a.sentence - b.sentence),
    )
    .filter((places) => new Set(places.map((place) => place.column)).size >= 2)
    .sort((a, b) => a[0]!.column - b[0]!.column || a[0]!.sentence - b[0]!.sentence)

  groups.forEach((places, index) => {
    for (const place of places) {
      const counterparts = places.filter((other) => other.column !== place.column)
      const reachable = counterparts.filter((other) => shown(other.column))
      const next = reachable.find((other) => other.column > place.column) ?? reachable[0] ?? null
      marks[place.column]![place.sentence] = { kind: 'shared', fact: index + 1, next, counterparts }
    }
  })
  coverage.articles.forEach((id, index) => {
    for (const sentence of coverage.unique[id] ?? []) {
      if (marks[index]?.[sentence]?.kind === 'none') marks[index]![sentence] = { kind: 'unique' }
    }
  })
  return { marks, facts: groups.length }
}

/**
 * Hover and focus highlighting of a fact's sentences in every column, without JavaScript: one `:has()` rule per
 * fact. The rules hold only numbers, never article text.
 */
export function factHighlightCss(facts: number): string {
  const rules: string[] = []
  for (let fact = 1; fact <= facts; fact++) {
    const f = `[data-fact="${fact}"]`
    rules.push(`.comparison:has(${f}:hover,${f}:focus-within) ${f}{background:var(--pair-bg);}`)
  }
  return rules.join('\n')
}

/** Shares of an article's sentence text that is shared, unique, or neither (headings, wire copies), summing to 1. */
export function coverageShares(
  stats: ArticleCoverageStats | undefined,
  totalChars: number,
): { shared: number; unique: number; other: number } {
  if (!stats || totalChars <= 0) return { shared: 0, unique: 0, other: 1 }
  const shared = Math.min(stats.sharedChars / totalChars, 1)
  const unique = Math.min(stats.uniqueChars / totalChars, 1 - shared)
  return { shared, unique, other: Math.max(0, 1 - shared - unique) }
}

/** A fact lined up across the shown columns: each column's sentences reporting it (none where it is silent). */
export type FactRow = { fact: number; cells: number[][] }

/**
 * The comparison as rows, one per shared fact, numbered as the columns number them, then what each column alone
 * reported. Built from the marks, so that the rows and the full texts can never disagree.
 */
export function factRows(
  view: ComparisonView,
  columns: readonly number[],
): {
  rows: FactRow[]
  unique: number[][]
} {
  const rows: FactRow[] = Array.from({ length: view.facts }, (_, index) => ({
    fact: index + 1,
    cells: columns.map(() => []),
  }))
  const unique = columns.map(() => [] as number[])
  columns.forEach((column, cell) => {
    view.marks[column]?.forEach((mark, sentence) => {
      if (mark.kind === 'shared') rows[mark.fact - 1]!.cells[cell]!.push(sentence)
      else if (mark.kind === 'unique') unique[cell]!.push(sentence)
    })
  })
  return { rows: rows.filter((row) => row.cells.filter((cell) => cell.length > 0).length >= 2), unique }
}

type Speaking = { speaker: { name: string; entity?: string | undefined } | null }

/** Who a quote is given to, for comparing attributions: the entity when known, else the name as written. */
const speakerKey = (quote: Speaking) => quote.speaker?.entity ?? quote.speaker?.name.trim() ?? ''

/**
 * True when outlets give the same words to different speakers (بوتين in one, بيان الكرملين in another): worth a
 * flag, since who said it is part of the news. A quote with no speaker found is no evidence either way.
 */
export function attributionChanged(quotes: readonly Speaking[]): boolean {
  return new Set(quotes.map(speakerKey).filter((key) => key !== '')).size > 1
}
