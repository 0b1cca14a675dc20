import { PAIR_FEATURES } from '../src/cluster/pair-features.ts'
import type { PairModel } from '../src/cluster/pair-model.ts'
import { type Article, storiesOf, storyOrder } from '../src/index.ts'
import { linkedPairs } from './pair-training.ts'
import type { ParsedCorpus } from './story-runs.ts'

/** What one gold event costs the B³ score of a run, and how `storiesOf` placed its articles. */
export interface EventCost {
  event: string
  /**
   * Summed over the event's articles: 1 − B³ precision plus 1 − B³ recall of each. Divided by the run's size, the
   * costs of all events add up to the run's precision loss plus its recall loss.
   */
  cost: number
  /** The part of `cost` lost to recall (the event split), the rest to precision (other events joined). */
  recall: number
  /** Per story holding any of its articles: those articles, and the other events' articles it also holds. */
  parts: { members: string[]; intruders: { id: string; event: string }[] }[]
}

/** Per gold event, its B³ cost under a clustering (`predicted`: article id → story), costliest first. */
export function eventCosts(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): EventCost[] {
  const byStory = group(predicted)
  const byEvent = group(gold)
  const costs: EventCost[] = []
  for (const [event, articles] of byEvent) {
    let precision = 0
    let recall = 0
    const stories = new Map<string, string[]>()
    for (const id of articles) {
      const story = predicted.get(id)
      if (story === undefined) throw new Error(`article ${id} has no predicted story`)
      const members = byStory.get(story)!
      const both = members.filter((other) => gold.get(other) === event).length
      precision += 1 - both / members.length
      recall += 1 - both / articles.length
      stories.set(story, [...(stories.get(story) ?? []), id])
    }
    const parts = [...stories].map(([story, members]) => ({
      members,
      intruders: byStory
        .get(story)!
        .filter((id) => gold.get(id) !== event)
        .map((id) => ({ id, event: gold.get(id)! })),
    }))
    costs.push({ event, cost: precision + recall, recall, parts })
  }
  return costs.sort((a, b) => b.cost - a.cost || a.event.localeCompare(b.event))
}

/** The strongest link between two sets of articles, as the features that are not zero; null when none share a term. */
export type LinkReading = { link: number; features: string } | null

/**
 * The costliest events of a run under `model`, with the strongest link between the parts of a split event and from
 * each part to the other events joined with it: which features held a pair of one event apart, or joined two.
 * Ids and labels only: the articles' texts are third-party and stay out of any output that might be kept.
 */
export function costlyEvents(
  corpus: ParsedCorpus,
  run: ParsedCorpus['runs'][number],
  model: PairModel,
  count: number,
): (EventCost & { splits: LinkReading[]; joins: LinkReading[] })[] {
  const ordered: readonly Article[] = storyOrder(run.articles)
  const position = new Map(ordered.map((article, k) => [article.id, k]))
  const links = new Map<number, (typeof pairs)[number]>()
  const pairs = linkedPairs(run.articles, model)
  for (const pair of pairs) links.set(pair.a * ordered.length + pair.b, pair)
  const strongest = (from: readonly string[], to: readonly string[]): LinkReading => {
    let best: (typeof pairs)[number] | undefined
    for (const x of from)
      for (const y of to) {
        const [a, b] = [position.get(x)!, position.get(y)!].sort((p, q) => p - q)
        const pair = links.get(a! * ordered.length + b!)
        if (pair !== undefined && (best === undefined || pair.link > best.link)) best = pair
      }
    if (best === undefined) return null
    const features = PAIR_FEATURES.flatMap((name, i) =>
      best.features[i] === 0 ? [] : [`${name} ${Number(best.features[i]!.toFixed(2))}`],
    ).join(', ')
    return { link: best.link, features }
  }
  const predicted = new Map<string, string>()
  for (const story of storiesOf(run.articles, { pairModel: model }))
    for (const id of story.articleIds) predicted.set(id, story.id)
  return eventCosts(predicted, corpus.event)
    .slice(0, count)
    .map((cost) => ({
      ...cost,
      splits: cost.parts.flatMap((part, i) =>
        cost.parts.slice(i + 1).map((other) => strongest(part.members, other.members)),
      ),
      joins: cost.parts.flatMap((part) =>
        part.intruders.length === 0
          ? []
          : [
              strongest(
                part.members,
                part.intruders.map(({ id }) => id),
              ),
            ],
      ),
    }))
}

function group(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const [id, label] of labels) groups.set(label, [...(groups.get(label) ?? []), id])
  return groups
}
