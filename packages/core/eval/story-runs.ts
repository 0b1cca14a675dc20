import { type Article, parseArticle, type Story } from '../src/index.ts'
import { bcubed } from '../test/stories/bcubed.ts'
import { givenDate, type StoryItem } from './stories.ts'

/** A story corpus parsed as the evaluation clusters it: with the dates a feed would give, without, or both. */
export interface ParsedCorpus {
  name: string
  runs: { dated: boolean; articles: Article[] }[]
  /** Each article's gold event, by the id it was parsed under. */
  event: Map<string, string>
}

export function parseCorpus(
  name: string,
  items: readonly StoryItem[],
  dated: readonly boolean[] = [true, false],
): ParsedCorpus {
  const event = new Map(items.map((item) => [item.gold.sha256.slice(0, 16), item.gold.event]))
  const runs = dated.map((withDates) => ({
    dated: withDates,
    articles: items.map((item) => {
      const date = withDates ? givenDate(item) : null
      const id = item.gold.sha256.slice(0, 16)
      return parseArticle({ id, text: item.text, ...(date !== null && { publishedAt: date }) })
    }),
  }))
  return { name, runs, event }
}

/** B³ F1 of `stories` against the gold events of their articles. */
export function storiesF1(
  stories: readonly Pick<Story, 'id' | 'articleIds'>[],
  event: ReadonlyMap<string, string>,
): number {
  const predicted = new Map<string, string>()
  for (const story of stories) for (const id of story.articleIds) predicted.set(id, story.id)
  return bcubed(predicted, event).f1
}
