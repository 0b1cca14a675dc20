// How far two annotators agree: a second, independent annotation of a batch (eval/agreement/<name>.json, written by
// `eval:anchor --out eval/agreement`) scored against the gold with the same measures the parser is scored by. It is
// the ceiling a target can be read against: a figure the annotators themselves do not reach says as much about the
// guideline as about the rules.
import type { Block, BlockKind, Entity, Extraction, Quote } from '../src/index.ts'
import { emptyScores, type Scores, scoreArticle } from '../test/extraction/score.ts'
import { type BCubed, bcubed } from '../test/stories/bcubed.ts'
import { type ClutterFigures, type ClutterPage, scoreClutter } from './clutter.ts'
import { goldArticle, sumScores } from './extraction.ts'
import type {
  ClutterGold,
  DifferencesGold,
  ExtractionGoldArticle,
  LineLabel,
  StoriesGold,
} from './gold-schema.ts'

// A speaker list's names are carried by an entity of no scored kind, so that they count for the speaker and never
// as an entity of the annotation.
const SPEAKER_KIND = 'speaker' as Entity['kind']

/** The second annotation of one article read as if a parser had given it, for `scoreArticle`. */
export function annotationAsExtraction(second: ExtractionGoldArticle, text: string): Extraction {
  const speakers: Entity[] = []
  const quotes = second.quotes.map((quote, i) => {
    let speaker: Quote['speaker'] = null
    if (quote.speaker !== null) {
      const [name, ...others] = quote.speaker as [string, ...string[]]
      const id = `speaker:${i}`
      speakers.push({ id, kind: SPEAKER_KIND, name, aliases: others, roles: [], mentions: [] } as Entity)
      speaker = { name, entity: id } as Quote['speaker']
    }
    return { kind: quote.kind, text: text.slice(quote.start, quote.end), speaker } as Quote
  })
  const entities = second.entities
    .filter((entity) => !entity.nisbaOnly)
    .map(
      (entity, i) =>
        ({
          id: `${entity.kind}:${i}`,
          kind: entity.kind,
          name: entity.name,
          aliases: entity.aliases ?? [],
          roles: [],
          mentions: [{ form: 'name' }],
        }) as unknown as Entity,
    )
  const dates = second.dates.map((date) => ({
    text: text.slice(date.start, date.end),
    ...(date.value !== undefined && { value: date.value }),
  })) as unknown as Extraction['dates']
  return { quotes, entities: [...entities, ...speakers], dates, sources: [] }
}

/**
 * The second annotation of each article scored against the gold (the first annotation), as a parser would be. Only
 * articles both annotated are compared; a text that is not the one both annotated (its hash differs) is an error.
 */
export function extractionAgreement(
  gold: readonly ExtractionGoldArticle[],
  second: readonly ExtractionGoldArticle[],
  textOf: (id: string) => string | null,
): { scores: Scores; articles: number } {
  const secondById = new Map(second.map((article) => [article.id, article]))
  const perArticle: Scores[] = []
  for (const first of gold) {
    const other = secondById.get(first.id)
    const text = textOf(first.id)
    if (other === undefined || text === null) continue
    if (other.sha256 !== first.sha256)
      throw new Error(`${first.id}: the two annotations read different texts`)
    const scores = emptyScores()
    scoreArticle(scores, goldArticle(first, text), annotationAsExtraction(other, text))
    perArticle.push(scores)
  }
  return { scores: sumScores(perArticle), articles: perArticle.length }
}

/** B³ of the second annotation's events against the gold's, over the articles both labelled. */
export function storiesAgreement(
  gold: StoriesGold['articles'],
  second: StoriesGold['articles'],
): BCubed & { articles: number; events: [number, number] } {
  const secondById = new Map(second.map((article) => [article.id, article]))
  const both = gold.filter((article) => secondById.has(article.id))
  const first = new Map(both.map((article) => [article.id, article.event]))
  const other = new Map(both.map((article) => [article.id, secondById.get(article.id)!.event]))
  return {
    ...bcubed(other, first),
    articles: both.length,
    events: [new Set(first.values()).size, new Set(other.values()).size],
  }
}

const CONTENT_KIND: Partial<Record<LineLabel, BlockKind>> = {
  title: 'heading',
  heading: 'heading',
  body: 'paragraph',
}

/** A page's second labels as blocks, one a line, so that `scoreClutter` reads them as it reads the parser's. */
export function labelsAsBlocks(page: ClutterGold['pages'][number], text: string): Block[] {
  return page.lines.map((line) => ({
    kind: CONTENT_KIND[line.label] ?? (line.label as BlockKind),
    text: text.slice(line.start, line.end),
    start: line.start,
    end: line.end,
  }))
}

export interface ClutterAgreement {
  figures: ClutterFigures
  /** Lines given the same label of all eleven. */
  sameLabel: number
  /** Cohen's kappa of content against clutter, the decision the measure scores. */
  kappa: number
}

/** The second annotation's clutter lines scored against the gold's, line by line, over the pages both labelled. */
export function clutterAgreement(
  gold: readonly ClutterPage[],
  second: ClutterGold['pages'],
): ClutterAgreement {
  const secondById = new Map(second.map((page) => [page.id, page]))
  const pages = gold.filter((page) => secondById.has(page.gold.id))
  for (const page of pages) {
    const other = secondById.get(page.gold.id)!
    if (other.sha256 !== page.gold.sha256 || other.lines.length !== page.gold.lines.length)
      throw new Error(`${page.gold.id}: the two annotations read different texts`)
  }
  const figures = scoreClutter(pages, (page) => labelsAsBlocks(secondById.get(page.gold.id)!, page.text))
  let sameLabel = 0
  for (const page of pages)
    page.gold.lines.forEach((line, i) => {
      if (secondById.get(page.gold.id)!.lines[i]!.label === line.label) sameLabel++
    })
  return { figures, sameLabel, kappa: binaryKappa(figures) }
}

/** Cohen's kappa of two raters' yes/no over the same lines, from the clutter counts (`tp`, `fp`, `fn`, the rest `tn`). */
function binaryKappa({ lines, clutter: { tp, fp, fn } }: ClutterFigures): number {
  if (lines === 0) return Number.NaN
  const tn = lines - tp - fp - fn
  const observed = (tp + tn) / lines
  const firstYes = (tp + fn) / lines
  const secondYes = (tp + fp) / lines
  const expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes)
  return expected === 1 ? 1 : (observed - expected) / (1 - expected)
}

type DifferenceItem = DifferencesGold['events'][number]['items'][number]
type ValueAt = DifferenceItem['a']

const overlaps = (x: ValueAt, y: ValueAt) => x.id === y.id && x.start < y.end && y.start < x.end

/** Two items are one disagreement when they oppose the same two articles at overlapping values in each. */
export function sameDisagreement(x: DifferenceItem, y: DifferenceItem): boolean {
  return (overlaps(x.a, y.a) && overlaps(x.b, y.b)) || (overlaps(x.a, y.b) && overlaps(x.b, y.a))
}

export interface DifferencesAgreement {
  /** Items of the gold, of the second annotation, and found by both; by kind (the gold's) for the shared ones. */
  gold: number
  second: number
  both: number
  byKind: Partial<Record<DifferenceItem['kind'], { gold: number; both: number }>>
}

/** The second annotation's disagreements against the gold's, over all events (items matched one to one). */
export function differencesAgreement(
  gold: DifferencesGold['events'],
  second: DifferencesGold['events'],
): DifferencesAgreement {
  const theirs = second.flatMap((event) => event.items)
  const used = new Set<DifferenceItem>()
  const result: DifferencesAgreement = { gold: 0, second: theirs.length, both: 0, byKind: {} }
  for (const item of gold.flatMap((event) => event.items)) {
    result.gold++
    const kind = result.byKind[item.kind] ?? { gold: 0, both: 0 }
    result.byKind[item.kind] = kind
    kind.gold++
    const match = theirs.find((other) => !used.has(other) && sameDisagreement(item, other))
    if (match === undefined) continue
    used.add(match)
    result.both++
    kind.both++
  }
  return result
}
