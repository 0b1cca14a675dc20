import type { QuoteVariant } from '../model/coverage.ts'
import { normalize } from '../normalize/normalize.ts'
import { round } from './align.ts'
import type { SentenceSpace } from './sentence-space.ts'

// Two quotes render the same statement when their content words overlap enough, measured by the idf-weighted
// overlap coefficient (shared weight over the lighter quote's weight), so a short quote inside a longer rendering
// still matches. Context lowers the bar: quotes in sentences already paired as one fact, or by the same speaker.
// Quotes attributed to different speakers pair only inside one shared fact and at the full bar: an outlet may credit
// the office (بيان الكرملين) with what the other credits to the president.
const ALONE = 0.6
const IN_CONTEXT = 0.4
const MIN_SHARED_ALONE = 2

interface QuoteTerms {
  article: number
  index: number
  terms: number[]
  mass: number
  speaker: string | null
  surface: string
}

/**
 * Pairs the quotes of different articles that render one statement. `factOf` gives the shared-fact group of a
 * sentence (`article:index` → group number) so that quotes in matched sentences are judged in context.
 */
export function quoteVariants(space: SentenceSpace, factOf: ReadonlyMap<string, number>): QuoteVariant[] {
  const quotes: QuoteTerms[][] = space.extractions.map((extraction, article) =>
    extraction.quotes.map((quote, index) => {
      const terms = space.terms(quote.text)
      return {
        article,
        index,
        terms,
        mass: terms.reduce((sum, term) => sum + space.idf(term), 0),
        speaker: quote.speaker?.entity ?? null,
        surface: surfaceForm(quote.text),
      }
    }),
  )

  // Each quote is linked to its best rendering in every other article; an outlet that splits one statement into two
  // quotes has both linked to the other outlet's single quote, and the group holds all three.
  const links: { x: QuoteTerms; y: QuoteTerms; score: number }[] = []
  for (let a = 0; a < quotes.length; a++) {
    for (let b = 0; b < quotes.length; b++) {
      if (a === b) continue
      for (const x of quotes[a]!) {
        let best: { x: QuoteTerms; y: QuoteTerms; score: number } | null = null
        for (const y of quotes[b]!) {
          const score = variantScore(space, x, y, factOf)
          if (score > 0 && (best === null || score > best.score)) best = { x, y, score }
        }
        if (best !== null) links.push(best)
      }
    }
  }
  return groupLinks(space, links)
}

function variantScore(
  space: SentenceSpace,
  x: QuoteTerms,
  y: QuoteTerms,
  factOf: ReadonlyMap<string, number>,
): number {
  if (x.mass === 0 || y.mass === 0) return 0
  const other = new Set(y.terms)
  let shared = 0
  let sharedMass = 0
  for (const term of x.terms) {
    if (!other.has(term)) continue
    shared++
    sharedMass += space.idf(term)
  }
  const score = sharedMass / Math.min(x.mass, y.mass)
  const sentenceX = space.extractions[x.article]!.quotes[x.index]!.sentence
  const sentenceY = space.extractions[y.article]!.quotes[y.index]!.sentence
  const factX = factOf.get(`${x.article}:${sentenceX}`)
  const sameFact = factX !== undefined && factX === factOf.get(`${y.article}:${sentenceY}`)
  const sameSpeaker = x.speaker !== null && x.speaker === y.speaker
  const otherSpeaker = x.speaker !== null && y.speaker !== null && x.speaker !== y.speaker
  if (otherSpeaker) return sameFact && shared >= MIN_SHARED_ALONE && score >= ALONE ? score : 0
  if ((sameFact || sameSpeaker) && shared >= 1 && score >= IN_CONTEXT) return score
  return shared >= MIN_SHARED_ALONE && score >= ALONE ? score : 0
}

function groupLinks(
  space: SentenceSpace,
  links: { x: QuoteTerms; y: QuoteTerms; score: number }[],
): QuoteVariant[] {
  const key = (q: QuoteTerms) => `${q.article}:${q.index}`
  const parent = new Map<string, string>()
  const nodes = new Map<string, QuoteTerms>()
  const find = (k: string): string => {
    let root = k
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(k, root)
    return root
  }
  const weakest = new Map<string, number>()
  for (const { x, y, score } of links) {
    for (const q of [x, y]) {
      if (!parent.has(key(q))) parent.set(key(q), key(q))
      nodes.set(key(q), q)
    }
    const rx = find(key(x))
    const ry = find(key(y))
    const low = Math.min(score, weakest.get(rx) ?? 1, weakest.get(ry) ?? 1)
    if (rx !== ry) parent.set(ry, rx)
    weakest.set(rx, low)
  }
  const groups = new Map<string, QuoteTerms[]>()
  for (const k of parent.keys()) {
    const root = find(k)
    groups.set(root, [...(groups.get(root) ?? []), nodes.get(k)!])
  }
  return [...groups.entries()]
    .map(([root, members]) => {
      members.sort((p, q) => p.article - q.article || p.index - q.index)
      return {
        quotes: members.map((q) => ({ articleId: space.articles[q.article]!.id, index: q.index })),
        similarity: round(Math.min(1, weakest.get(root)!)),
        identical: members.every((q) => q.surface === members[0]!.surface),
        first: members[0]!,
      }
    })
    .sort((p, q) => p.first.article - q.first.article || p.first.index - q.first.index)
    .map(({ first: _first, ...variant }) => variant)
}

/** Wording with spelling, diacritics and punctuation set aside: what "identical" compares. */
function surfaceForm(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
