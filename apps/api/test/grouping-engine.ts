import type { Article } from '@marsad/core'
import type { StoryEngine, StoryIndexShape, StoryShape } from '../src/ingest/story-engine.ts'

const timeOf = (article: Article): number | null =>
  article.publishedAt ? Date.parse(article.publishedAt) : null

/**
 * A transparent stand-in for the core's clusterer, to test the API's story bookkeeping on its own: articles whose
 * ids share the part before the first '-' form one story, whose id names its sorted members (as the core's does).
 * Its one term per article is that key; a story is joined whatever its time, so its reach covers all time.
 */
export const groupingEngine: StoryEngine = {
  createIndex(): StoryIndexShape {
    const groups = new Map<string, Article[]>()
    const toStory = (members: Article[]): StoryShape => {
      const ids = members.map((a) => a.id)
      const dates = members.flatMap((a) => (a.publishedAt ? [a.publishedAt] : [])).sort()
      return {
        id: `story:${[...ids].sort().join('+')}`,
        title: members[0]!.title ?? members[0]!.id,
        articleIds: ids,
        timeSpan: dates.length > 0 ? { start: dates[0]!, end: dates.at(-1)! } : null,
      }
    }
    const keyOf = (id: string) => id.split('-')[0]!
    const add = (article: Article) => {
      const key = keyOf(article.id)
      groups.set(key, [...(groups.get(key) ?? []), article])
      return { story: [...groups.keys()].indexOf(key) }
    }
    const held = (id: string) => groups.get(keyOf(id))?.some((a) => a.id === id) === true
    return {
      add,
      restore: (members) => members.map(({ article }) => add(article)),
      remove(id: string) {
        const key = keyOf(id)
        if (!held(id)) return undefined
        groups.set(
          key,
          groups.get(key)!.filter((a) => a.id !== id),
        )
        const number = [...groups.keys()].indexOf(key)
        return groups.get(key)!.length > 0 ? [number] : []
      },
      story(number: number) {
        const members = [...groups.values()][number]
        return members && members.length > 0 ? toStory(members) : undefined
      },
      stories(): StoryShape[] {
        return [...groups.values()].filter((members) => members.length > 0).map(toStory)
      },
      evict: ({ since }) => {
        const dropped: string[] = []
        for (const [key, members] of groups) {
          const times = members.flatMap((a) => timeOf(a) ?? [])
          if (times.length === 0 || Math.max(...times) >= since) continue
          dropped.push(...members.map((a) => a.id))
          groups.set(key, [])
        }
        return dropped
      },
      termsOf: (id) => (held(id) ? [keyOf(id)] : undefined),
      span(number) {
        const times = ([...groups.values()][number] ?? []).flatMap((a) => timeOf(a) ?? [])
        return times.length === 0 ? null : { earliest: Math.min(...times), latest: Math.max(...times) }
      },
      reach: 1e15,
    }
  },
  timeOf,
  compare: (articles) => ({ articles: articles.map((a) => a.id) }),
}
