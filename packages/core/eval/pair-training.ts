import { FEATURE_COUNT, leadWeight, pairFeatures, termKind } from '../src/cluster/pair-features.ts'
import { articleSignals } from '../src/cluster/signals.ts'
import { type Article, storyOrder } from '../src/index.ts'
import { TermTable } from '../src/similarity/term-table.ts'

/** Pairs of articles with their features and whether gold puts them in one event. */
export interface PairRows {
  features: Float64Array[]
  labels: number[]
}

// As the story index weighs terms (story-index.ts): smoothed by pseudo-documents in which no term occurs.
const PRIOR_DOCUMENTS = 20

/**
 * The features of every pair of a corpus's articles that share a term, as the story index computes them: articles
 * in `storyOrder`, each compared with the earlier ones under the document frequencies of the articles so far.
 * Pairs with no term in common are left out: the index never links them.
 */
export function pairRows(articles: readonly Article[], event: ReadonlyMap<string, string>): PairRows {
  const table = new TermTable()
  const kind = termKind(table)
  const ordered = storyOrder(articles)
  const signals = ordered.map((article) => articleSignals(article, table, undefined))
  const df = new Map<number, number>()
  const rows: PairRows = { features: [], labels: [] }
  signals.forEach((own, j) => {
    for (const term of own.terms) df.set(term, (df.get(term) ?? 0) + 1)
    const idf = (term: number) => Math.log(1 + (j + 1 + PRIOR_DOCUMENTS) / ((df.get(term) ?? 0) + 1))
    const vector = (s: (typeof signals)[number]) => {
      const map = new Map<number, number>()
      let norm = 0
      s.terms.forEach((term, k) => {
        const value = s.weights[k]! * idf(term)
        map.set(term, value)
        norm += value * value
      })
      return { map, norm: Math.sqrt(norm) }
    }
    const mine = vector(own)
    for (let i = 0; i < j; i++) {
      const theirs = vector(signals[i]!)
      let dot = 0
      for (const [term, value] of theirs.map) dot += value * (mine.map.get(term) ?? 0)
      if (dot === 0) continue
      const cosine = dot / (mine.norm * theirs.norm)
      rows.features.push(
        pairFeatures(
          own,
          signals[i]!,
          cosine,
          kind,
          idf,
          [leadWeight(own, idf), leadWeight(signals[i]!, idf)],
          new Float64Array(FEATURE_COUNT),
        ),
      )
      const a = event.get(ordered[i]!.id)
      rows.labels.push(a !== undefined && a === event.get(ordered[j]!.id) ? 1 : 0)
    }
  })
  return rows
}
