import { type Article, parseArticle, type Story, storiesOf } from '../src/index.ts'
import { type BCubed, bcubed } from '../test/stories/bcubed.ts'
import { averageLink, cosineMatrix } from './baseline.ts'
import type { StoriesGold } from './gold-schema.ts'

export interface StoryItem {
  gold: StoriesGold['articles'][number]
  text: string
}

export interface StoryFigures {
  withDates: BCubed
  withoutDates: BCubed
  baseline: BCubed & { threshold: number }
  /** How many articles had a date to give. */
  dated: number
  /** Stories predicted without dates that mix gold events: each as its member ids by event. */
  mixed: string[]
  /** The time spans of the stories predicted without dates (`spanFigures`). */
  spans: SpanFigures
}

/**
 * Of the stories predicted without dates, how many are dated by their texts (`Story.timeSpan`, inferred), how many
 * of those spans hold the day of a member's gold event (at the span's precision: `2024-05` holds 2024-05-12), and how
 * many hold none; `unknown` spans have no member with a known day.
 */
export interface SpanFigures {
  stories: number
  dated: number
  right: number
  wrong: number
  unknown: number
}

/**
 * The date a feed would give an article: the publication date the page shows, else the annotated day of its event
 * (news is published on the day of the event or the next), else none.
 */
export const givenDate = (item: StoryItem): string | null =>
  item.gold.publishedAt ?? item.gold.eventDate ?? null

/**
 * B-cubed of the core's stories (`storiesOf`, the order every consumer clusters in) over real articles parsed from
 * their text alone, once with dates given and once with none, and of the plain TF-IDF average-link baseline at its
 * best threshold. Articles go in under their texts' hashes, not their gold ids, which were given event by event:
 * `storiesOf` breaks ties by id, and that order must say nothing about the events.
 */
export function scoreStories(items: readonly StoryItem[]): StoryFigures {
  const gold = new Map(items.map(({ gold }) => [gold.id, gold.event]))
  const byHash = [...items].sort((a, b) => a.gold.sha256.localeCompare(b.gold.sha256))
  const goldId = new Map(items.map(({ gold }) => [gold.sha256.slice(0, 16), gold.id]))
  const parse = (item: StoryItem, dated: boolean): Article => {
    const date = dated ? givenDate(item) : null
    const id = item.gold.sha256.slice(0, 16)
    return parseArticle({ id, text: item.text, ...(date !== null && { publishedAt: date }) })
  }
  const cluster = (stories: readonly Story[]) => {
    const predicted = new Map<string, string>()
    for (const story of stories) for (const id of story.articleIds) predicted.set(goldId.get(id)!, story.id)
    return predicted
  }
  const withDates = cluster(storiesOf(byHash.map((item) => parse(item, true))))
  const undatedStories = storiesOf(byHash.map((item) => parse(item, false)))
  const withoutDates = cluster(undatedStories)
  const goldItem = new Map(items.map((item) => [item.gold.id, item.gold]))
  const spans = spanFigures(undatedStories, (id) => goldItem.get(goldId.get(id)!)!)

  const similarity = cosineMatrix(byHash.map((item) => item.text))
  let baseline: BCubed & { threshold: number } = { precision: 0, recall: 0, f1: 0, threshold: 0 }
  for (let step = 2; step <= 60; step++) {
    const threshold = step / 100
    const labels = averageLink(similarity, threshold)
    const predicted = new Map(byHash.map((item, i) => [item.gold.id, String(labels[i])]))
    const score = bcubed(predicted, gold)
    if (score.f1 > baseline.f1) baseline = { ...score, threshold }
  }

  return {
    withDates: bcubed(withDates, gold),
    withoutDates: bcubed(withoutDates, gold),
    baseline,
    dated: items.filter((item) => givenDate(item) !== null).length,
    mixed: mixedStories(withoutDates, gold),
    spans,
  }
}

/** The day of an article's gold event: its `eventDate`, else the page's date, else the day its label ends with. */
const goldDay = (gold: StoryItem['gold']): string | null =>
  gold.eventDate ?? gold.publishedAt ?? /\d{4}-\d{2}(?:-\d{2})?$/.exec(gold.event)?.[0] ?? null

function spanFigures(stories: readonly Story[], gold: (id: string) => StoryItem['gold']): SpanFigures {
  const figures: SpanFigures = { stories: stories.length, dated: 0, right: 0, wrong: 0, unknown: 0 }
  for (const story of stories) {
    const span = story.timeSpan
    if (span === null) continue
    figures.dated++
    const days = story.articleIds.map((id) => goldDay(gold(id))).filter((day) => day !== null)
    if (days.length === 0) figures.unknown++
    else if (days.some((day) => holds(span.start, span.end, day))) figures.right++
    else figures.wrong++
  }
  return figures
}

/** Whether `day` falls between `start` and `end`, each compared at the coarser of the two precisions. */
function holds(start: string, end: string, day: string): boolean {
  const from = start.slice(0, 10)
  const to = end.slice(0, 10)
  return (
    day.slice(0, from.length) >= from.slice(0, day.length) &&
    day.slice(0, to.length) <= to.slice(0, day.length)
  )
}

function mixedStories(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): string[] {
  const members = new Map<string, string[]>()
  for (const [id, story] of predicted) members.set(story, [...(members.get(story) ?? []), id])
  const lines: string[] = []
  for (const ids of members.values()) {
    const events = new Set(ids.map((id) => gold.get(id)))
    if (events.size > 1) lines.push(ids.map((id) => `${id}:${gold.get(id)}`).join(' '))
  }
  return lines
}
