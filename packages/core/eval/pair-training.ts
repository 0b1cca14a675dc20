import {
  conflictFactor,
  FEATURE_COUNT,
  leadWeight,
  pairFeatures,
  termKind,
} from '../src/cluster/pair-features.ts'
import { type PairModel, pairProbability } from '../src/cluster/pair-model.ts'
import { type ArticleSignals, articleSignals } from '../src/cluster/signals.ts'
import { type Article, storyOrder } from '../src/index.ts'
import { TermTable } from '../src/similarity/term-table.ts'

/** Pairs of articles with their features and whether gold puts them in one event. */
export interface PairRows {
  features: Float64Array[]
  labels: number[]
}

// As the story index weighs terms (story-index.ts): smoothed by pseudo-documents in which no term occurs.
export const PRIOR_DOCUMENTS = 20

/** An article's terms weighed by `idf`, as the story index weighs them, and the vector's norm. */
export function weightedTerms(
  signals: ArticleSignals,
  idf: (term: number) => number,
): { map: Map<number, number>; norm: number } {
  const map = new Map<number, number>()
  let norm = 0
  signals.terms.forEach((term, k) => {
    const value = signals.weights[k]! * idf(term)
    map.set(term, value)
    norm += value * value
  })
  return { map, norm: Math.sqrt(norm) }
}

/** A pair of articles, by their positions in `storyOrder`, `a` before `b`, with its features. */
export interface ArticlePair {
  a: number
  b: number
  features: Float64Array
}

/**
 * Every pair of a corpus's articles that share a term, with its features as the story index computes them: articles
 * in `storyOrder`, each compared with the earlier ones under the document frequencies of the articles so far.
 * Pairs with no term in common are left out: the index never links them.
 */
export function articlePairs(articles: readonly Article[]): ArticlePair[] {
  const table = new TermTable()
  const kind = termKind(table)
  const ordered = storyOrder(articles)
  const signals = ordered.map((article) => articleSignals(article, table, undefined))
  const df = new Map<number, number>()
  const pairs: ArticlePair[] = []
  signals.forEach((own, j) => {
    for (const term of own.terms) df.set(term, (df.get(term) ?? 0) + 1)
    const idf = (term: number) => Math.log(1 + (j + 1 + PRIOR_DOCUMENTS) / ((df.get(term) ?? 0) + 1))
    const vector = (s: ArticleSignals) => weightedTerms(s, idf)
    const mine = vector(own)
    for (let i = 0; i < j; i++) {
      const theirs = vector(signals[i]!)
      let dot = 0
      for (const [term, value] of theirs.map) dot += value * (mine.map.get(term) ?? 0)
      if (dot === 0) continue
      const cosine = dot / (mine.norm * theirs.norm)
      const features = pairFeatures(
        own,
        signals[i]!,
        cosine,
        kind,
        idf,
        [leadWeight(own, idf), leadWeight(signals[i]!, idf)],
        new Float64Array(FEATURE_COUNT),
      )
      pairs.push({ a: i, b: j, features })
    }
  })
  return pairs
}

/** The pairs of `articlePairs` with their gold labels: whether gold puts them in one event. */
export function pairRows(articles: readonly Article[], event: ReadonlyMap<string, string>): PairRows {
  const ordered = storyOrder(articles)
  const rows: PairRows = { features: [], labels: [] }
  for (const { a, b, features } of articlePairs(articles)) {
    rows.features.push(features)
    const label = event.get(ordered[a]!.id)
    rows.labels.push(label !== undefined && label === event.get(ordered[b]!.id) ? 1 : 0)
  }
  return rows
}

/** The pairs of `articlePairs` with the link the story index gives them under `model`, conflict factors and all. */
export function linkedPairs(
  articles: readonly Article[],
  model: PairModel,
): (ArticlePair & { link: number })[] {
  return articlePairs(articles).map((pair) => ({
    ...pair,
    link: pairProbability(model, pair.features) * conflictFactor(pair.features),
  }))
}
