import type { Article } from '@marsad/core'
import type { StoryEngine, StoryShape } from '../src/ingest/story-engine.ts'

/**
 * A transparent stand-in for the core's clusterer, to test the API's story bookkeeping on its own: articles whose
 * ids share the part before the first '-' form one story, whose id names its sorted members (as the core's does).
 */
export const groupingEngine: StoryEngine = {
  createIndex() {
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
    return {
      add(article: Article) {
        const key = article.id.split('-')[0]!
        groups.set(key, [...(groups.get(key) ?? []), article])
        return { story: [...groups.keys()].indexOf(key) }
      },
      remove(id: string) {
        const key = id.split('-')[0]!
        const members = groups.get(key)
        if (!members?.some((a) => a.id === id)) return undefined
        groups.set(
          key,
          members.filter((a) => a.id !== id),
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
    }
  },
  compare: (articles) => ({ articles: articles.map((a) => a.id) }),
}
