import { getCollection } from 'astro:content'
import type { Article } from '@marsad/core'
import type { EntityEntry, StoryEntry } from '../corpus/schemas.ts'
import { newestFirst } from '../lib/story-order.ts'

export type SiteData = {
  articles: Map<string, Article>
  /** Newest first (see `newestFirst`). */
  stories: StoryEntry[]
  storyOfArticle: Map<string, StoryEntry>
  entities: Map<string, EntityEntry>
}

let loaded: Promise<SiteData> | undefined

/** The collections as lookups, read once per build and shared by every page (in dev, on every request). */
export function siteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return read()
  loaded ??= read()
  return loaded
}

async function read(): Promise<SiteData> {
  const [articles, stories, entities] = await Promise.all([
    getCollection('articles'),
    getCollection('stories'),
    getCollection('entities'),
  ])
  const storyEntries = newestFirst(stories.map((entry) => entry.data))
  return {
    articles: new Map(articles.map((entry) => [entry.id, entry.data])),
    stories: storyEntries,
    storyOfArticle: new Map(storyEntries.flatMap((entry) => entry.story.articleIds.map((id) => [id, entry]))),
    entities: new Map(entities.map((entry) => [entry.id, entry.data])),
  }
}

/** The articles of a story, in the story's order. */
export function membersOf(
  story: { articleIds: string[] },
  articles: ReadonlyMap<string, Article>,
): Article[] {
  return story.articleIds.flatMap((id) => articles.get(id) ?? [])
}
