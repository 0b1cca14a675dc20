import { averageLinkGroups, type Edge } from '../src/cluster/average-link.ts'
import { PAIR_WEIGHTS } from '../src/cluster/pair-weights.ts'
import { COHESION } from '../src/cluster/story-index.ts'
import { type Article, storiesOf, storyOrder } from '../src/index.ts'
import { bcubed } from '../test/stories/bcubed.ts'
import { linkedPairs } from './pair-training.ts'
import type { ParsedCorpus } from './story-runs.ts'

/** Upper bounds of the link bands the diagnosis counts pairs in. */
export const BANDS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1] as const

export interface RunDiagnosis {
  corpus: string
  dated: boolean
  /** B³ F1 (precision, recall) of `storiesOf`. */
  core: { f1: number; precision: number; recall: number }
  /** The same of average link over every pair sharing a term: what the candidates and neighbourhoods leave out. */
  complete: { f1: number; precision: number; recall: number }
  /** Per band of `BANDS`: pairs of one event, those of them `storiesOf` splits, pairs of two events, those it joins. */
  same: number[]
  split: number[]
  other: number[]
  joined: number[]
  /** Pairs of one event that share no term, which the index can never link. */
  disjoint: number
}

/**
 * Where the story index loses pairs of one event and joins pairs of two: the shipped link (the learned weight times
 * the hand-set conflict factors) of every pair of a run's articles that share a term, in bands, against what
 * `storiesOf` does with them, and average link over all those pairs against `storiesOf`'s candidates.
 */
export function diagnoseRun(corpus: ParsedCorpus, run: ParsedCorpus['runs'][number]): RunDiagnosis {
  const ordered: readonly Article[] = storyOrder(run.articles)
  const pairs = linkedPairs(run.articles, PAIR_WEIGHTS)
  const eventOf = (k: number) => corpus.event.get(ordered[k]!.id)
  const predicted = new Map<string, string>()
  for (const story of storiesOf(run.articles)) for (const id of story.articleIds) predicted.set(id, story.id)
  const edges: Edge[] = pairs
    .filter((pair) => pair.link > 0)
    .map(({ a, b, link }) => ({ a, b, weight: link }))
  const complete = new Map<string, string>()
  averageLinkGroups(ordered.length, edges, PAIR_WEIGHTS.threshold, undefined, COHESION).forEach(
    (group, g) => {
      for (const k of group) complete.set(ordered[k]!.id, String(g))
    },
  )
  const zeros = () => BANDS.map(() => 0)
  const result: RunDiagnosis = {
    corpus: corpus.name,
    dated: run.dated,
    core: bcubed(predicted, corpus.event),
    complete: bcubed(complete, corpus.event),
    same: zeros(),
    split: zeros(),
    other: zeros(),
    joined: zeros(),
    disjoint: 0,
  }
  const linked = new Set<number>()
  for (const { a, b, link } of pairs) {
    linked.add(a * ordered.length + b)
    const band = BANDS.findIndex((bound) => link < bound || bound === 1)
    const together = predicted.get(ordered[a]!.id) === predicted.get(ordered[b]!.id)
    if (eventOf(a) === eventOf(b)) {
      result.same[band]!++
      if (!together) result.split[band]!++
    } else {
      result.other[band]!++
      if (together) result.joined[band]!++
    }
  }
  for (let b = 1; b < ordered.length; b++)
    for (let a = 0; a < b; a++)
      if (!linked.has(a * ordered.length + b) && eventOf(a) === eventOf(b)) result.disjoint++
  return result
}
