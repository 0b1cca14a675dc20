import type { Article, Coverage, EntityKind, Story } from '@marsad/core'

/** The API's answers, as its OpenAPI document (`/openapi.json`) describes them; only what pages read. */
export type ArticleSummary = {
  id: string
  title: string | null
  source: string | null
  publishedAt: string | null
  lead: string
  storyId: string | null
}

export type StoryPage = {
  items: Story[]
  nextCursor: string | null
  /** With `include=articles`. */
  articles?: Record<string, ArticleSummary>
}

export type StoryDetail = {
  story: Story
  articles: ArticleSummary[]
  coverage: Coverage
  /** With `include=articles`, in `articles` order. */
  models?: Article[]
  /** With `include=related`, best first. */
  related?: RelatedStories['items']
}

export type RelatedStories = {
  storyId: string
  items: { story: Story; score: number; shared: { id: string; kind: EntityKind; name: string }[] }[]
}

export type EntitySummary = { id: string; kind: EntityKind; name: string; articles: number; mentions: number }

export type EntityPage = { items: EntitySummary[]; nextCursor: string | null }

export type EntityDetail = {
  entity: EntitySummary
  roles: { value: string; articles: number }[]
  aliases: { value: string; articles: number }[]
  articles: {
    article: ArticleSummary
    mentions: { start: number; end: number; text: string }[]
    roles: string[]
    quotes: { kind: 'direct' | 'indirect'; text: string; sentence: number }[]
    context: string | null
    contextSentence: number | null
  }[]
  stories: { id: string; title: string; size: number }[]
  nextCursor: string | null
}

export type Highlighted = { text: string; highlights: { start: number; end: number }[] }

export type SearchResult = {
  query: string
  terms: string[]
  items: { article: ArticleSummary; title: Highlighted | null; snippet: Highlighted }[]
  nextCursor: string | null
}
