import { conflictFactor, PAIR_FEATURES } from '../src/cluster/pair-features.ts'
import type { PairModel } from '../src/cluster/pair-model.ts'
import { type Article, storiesOf, storyOrder } from '../src/index.ts'
import { extractionOf } from '../src/similarity/extraction-view.ts'
import { articlePairs } from './pair-training.ts'
import type { ParsedCorpus } from './story-runs.ts'

/** The pairs of articles a run gets wrong, counted by what the two articles share or lack. */
export interface RunErrors {
  corpus: string
  dated: boolean
  /** Events split (held by two stories or more) and stories holding two events or more. */
  splitEvents: number
  mergedStories: number
  split: PairTally
  merged: PairTally
}

/** Counts of a set of article pairs, by what their features say. */
export interface PairTally {
  pairs: number
  /** No content term in common: the index never links them. */
  noTerm: number
  lowCosine: number
  /** A conflict of `conflictFactor` (person, state, city, weekday, month, share …). */
  conflict: number
  numberConflict: number
  /** Both have known times, more than two days apart. */
  daysApart: number
  /** Either has no known time. */
  undated: number
  /** The two quote the same words (a direct quote of five words or more in common). */
  sharedQuote: number
}

const LOW_COSINE = 0.15
const QUOTE_WORDS = 5

/** How `storiesOf` under `model` errs on a run of a corpus, pair by pair (ids and counts only: no text leaves). */
export function runErrors(
  corpus: ParsedCorpus,
  run: ParsedCorpus['runs'][number],
  model: PairModel,
): RunErrors {
  const ordered: readonly Article[] = storyOrder(run.articles)
  const predicted = new Map<string, string>()
  for (const story of storiesOf(run.articles, { pairModel: model }))
    for (const id of story.articleIds) predicted.set(id, story.id)
  const features = new Map<number, Float64Array>()
  for (const pair of articlePairs(run.articles)) features.set(pair.a * ordered.length + pair.b, pair.features)
  const shingles = ordered.map(quoteShingles)
  const split = tally()
  const merged = tally()
  for (let b = 0; b < ordered.length; b++)
    for (let a = 0; a < b; a++) {
      const [x, y] = [ordered[a]!.id, ordered[b]!.id]
      const same = corpus.event.get(x) === corpus.event.get(y)
      const together = predicted.get(x) === predicted.get(y)
      if (same === together) continue
      count(same ? split : merged, features.get(a * ordered.length + b), shares(shingles[a]!, shingles[b]!))
    }
  const stories = new Map<string, Set<string>>()
  const events = new Map<string, Set<string>>()
  for (const [id, story] of predicted) {
    const event = corpus.event.get(id)!
    stories.set(story, (stories.get(story) ?? new Set()).add(event))
    events.set(event, (events.get(event) ?? new Set()).add(story))
  }
  return {
    corpus: corpus.name,
    dated: run.dated,
    splitEvents: [...events.values()].filter((held) => held.size > 1).length,
    mergedStories: [...stories.values()].filter((held) => held.size > 1).length,
    split,
    merged,
  }
}

function tally(): PairTally {
  return {
    pairs: 0,
    noTerm: 0,
    lowCosine: 0,
    conflict: 0,
    numberConflict: 0,
    daysApart: 0,
    undated: 0,
    sharedQuote: 0,
  }
}

const UNDATED = PAIR_FEATURES.indexOf('undated')
const DAYS_APART = PAIR_FEATURES.indexOf('days apart')
const NUMBER_CONFLICT = PAIR_FEATURES.indexOf('number conflict')

function count(into: PairTally, features: Float64Array | undefined, quote: boolean): void {
  into.pairs++
  if (quote) into.sharedQuote++
  if (features === undefined) {
    into.noTerm++
    return
  }
  if (features[0]! < LOW_COSINE) into.lowCosine++
  if (conflictFactor(features) < 1) into.conflict++
  if (features[NUMBER_CONFLICT] === 1) into.numberConflict++
  if (features[DAYS_APART]! > 0) into.daysApart++
  if (features[UNDATED] === 1) into.undated++
}

/** Word five-shingles of an article's direct quotes. */
function quoteShingles(article: Article): Set<string> {
  const out = new Set<string>()
  for (const quote of extractionOf(article).quotes) {
    if (quote.kind === 'indirect') continue
    const words = quote.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    for (let i = 0; i + QUOTE_WORDS <= words.length; i++) out.add(words.slice(i, i + QUOTE_WORDS).join(' '))
  }
  return out
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const shingle of a) if (b.has(shingle)) return true
  return false
}
