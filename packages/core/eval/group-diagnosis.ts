import { conflictFactor } from '../src/cluster/pair-features.ts'
import type { PairModel } from '../src/cluster/pair-model.ts'
import { articleSignals } from '../src/cluster/signals.ts'
import { type Article, storiesOf, storyOrder } from '../src/index.ts'
import { TermTable } from '../src/similarity/term-table.ts'
import { articlePairs, PRIOR_DOCUMENTS, weightedTerms } from './pair-training.ts'
import type { ParsedCorpus } from './story-runs.ts'

/** Lower edges of the centroid-cosine bands `groupPairs` are counted in. */
export const GROUP_BANDS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4] as const

/** Two stories `storiesOf` left apart, seen as wholes. */
export interface GroupPair {
  /** Whether the two stories' most frequent gold events are the same: an event split, not two events kept apart. */
  same: boolean
  /** Cosine of the stories' centroids (each member's idf-weighted unit vector summed, idf over the whole run). */
  cosine: number
  /** Share of the cross pairs of members whose conflict factor (`conflictFactor`) is under 1. */
  conflicts: number
  /** Whether two members, one of each, have known times more than two days apart. */
  daysApart: boolean
  /** The B³ weight of merging them: the product of their sizes. */
  weight: number
}

const DAY = 86_400_000

/**
 * Every pair of stories `storiesOf` forms on a run under `model`, by average link alone (no `groupMerge`), whose
 * centroids share a term, with what a pass over whole stories could read of them: how alike they are as wholes, and
 * what forbids joining them.
 */
export function groupPairs(
  corpus: ParsedCorpus,
  articles: readonly Article[],
  model: PairModel,
): GroupPair[] {
  const ordered = storyOrder(articles)
  const at = new Map(ordered.map((article, i) => [article.id, i]))
  const conflict = new Map<string, number>()
  for (const pair of articlePairs(articles))
    conflict.set(`${pair.a}:${pair.b}`, conflictFactor(pair.features))
  const table = new TermTable()
  const signals = ordered.map((article) => articleSignals(article, table))
  const df = new Map<number, number>()
  for (const own of signals) for (const term of own.terms) df.set(term, (df.get(term) ?? 0) + 1)
  const idf = (term: number) => Math.log(1 + (signals.length + PRIOR_DOCUMENTS) / ((df.get(term) ?? 0) + 1))
  const unit = signals.map((own) => {
    const { map, norm } = weightedTerms(own, idf)
    for (const [term, value] of map) map.set(term, value / (norm || 1))
    return map
  })
  const stories = storiesOf(articles, { pairModel: model, groupMerge: null }).map((story) =>
    story.articleIds.map((id) => at.get(id)!),
  )
  const centroids = stories.map((members) => {
    const sum = new Map<number, number>()
    for (const x of members) for (const [term, value] of unit[x]!) sum.set(term, (sum.get(term) ?? 0) + value)
    return sum
  })
  const event = (members: readonly number[]) => {
    const counts = new Map<string, number>()
    for (const x of members) {
      const name = corpus.event.get(ordered[x]!.id) ?? ''
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
    return [...counts].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))[0]![0]
  }
  const pairs: GroupPair[] = []
  for (let i = 0; i < stories.length; i++)
    for (let j = i + 1; j < stories.length; j++) {
      const cosine = cosineOf(centroids[i]!, centroids[j]!)
      if (cosine === 0) continue
      let conflicts = 0
      let daysApart = false
      for (const x of stories[i]!)
        for (const y of stories[j]!) {
          if ((conflict.get(x < y ? `${x}:${y}` : `${y}:${x}`) ?? 1) < 1) conflicts++
          const [tx, ty] = [signals[x]!.time, signals[y]!.time]
          if (tx !== null && ty !== null && Math.abs(tx - ty) > 2 * DAY) daysApart = true
        }
      const weight = stories[i]!.length * stories[j]!.length
      pairs.push({
        same: event(stories[i]!) === event(stories[j]!),
        cosine,
        conflicts: conflicts / weight,
        daysApart,
        weight,
      })
    }
  return pairs
}

function cosineOf(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (const [term, value] of a) {
    na += value * value
    dot += value * (b.get(term) ?? 0)
  }
  for (const value of b.values()) nb += value * value
  return dot === 0 ? 0 : dot / Math.sqrt(na * nb)
}
