import type { EntityKind } from '@marsad/core'
import type { SqlValue } from './sql/driver.ts'

/** A list position: the sort key of the last item seen, as stored in an opaque cursor. */
export type Position = SqlValue[]

export interface PageRequest {
  limit: number
  after?: Position
}

export interface Page<T> {
  items: T[]
  /** Where the next page starts; absent on the last page. */
  next?: Position
}

/** The columns of an article that lists show, without its model. */
export interface ArticleRow {
  id: string
  title: string | null
  source: string | null
  publishedAt: string | null
  lead: string
  ingestedAt: string
  storyId: string | null
}

export interface StoredArticle {
  id: string
  hash: string
  /** The Article JSON exactly as stored: text, or its UTF-8 bytes where the driver reads those cheaper. */
  json: string | Uint8Array
}

export interface ArticleFilter {
  story?: string
  entity?: string
  /** Normalised outlet name (`ArticleWrite.sourceKey`). */
  source?: string
  /** Inclusive lower bound on `published_key`. */
  from?: string
  /** Inclusive upper bound on `published_key` (see `upperDateKey`). */
  to?: string
}

export interface StoryRecord {
  id: string
  /** The Story JSON. */
  json: string
}

export interface StoryFilter {
  minArticles?: number
  maxArticles?: number
  /** Only the story holding this article. */
  article?: string
  /** Only stories with a member that these article filters (and `match`, when given) select. */
  members?: Omit<ArticleFilter, 'story'> & {
    /** A MATCH expression built by `buildSearchQuery`, never user text. */
    match?: string
  }
}

export interface EntityRow {
  id: string
  kind: EntityKind
  name: string
  articles: number
  mentions: number
}

/** A name or title an entity goes by, with how many articles use it. */
export interface EntityLabel {
  value: string
  articles: number
}

export interface EntityFilter {
  kind?: EntityKind
  /** Normalised text that the normalised name must contain. */
  name?: string
}

/** An article naming an entity, with its model to read the mentions from. */
export interface EntityArticle {
  row: ArticleRow
  json: string
}

export interface SearchRequest extends ArticleFilter {
  /** A MATCH expression built by `buildSearchQuery`, never user text. */
  match: string
  limit: number
  offset: number
}

export interface SearchRow extends ArticleRow {
  score: number
  /** The article's `Passage` as JSON (the whole model for rows stored before passages were). */
  json: string
}

/** Everything stored about one article, ready to insert. */
export interface ArticleWrite {
  id: string
  hash: string
  title: string | null
  source: string | null
  sourceKey: string | null
  publishedAt: string | null
  publishedKey: string
  lead: string
  ingestedAt: string
  json: string
  /** The start of the model that search snippets are cut from (`passageOf`), as JSON. */
  passage: string
  /** Analysed title and text for the full-text index. */
  searchTitle: string
  searchBody: string
  entities: EntityWrite[]
}

export interface EntityWrite {
  id: string
  kind: EntityKind
  name: string
  nameKey: string
  mentions: number
  /** Quotes in the article attributed to the entity. */
  quotes: number
  roles: string[]
  aliases: string[]
}

export interface StoryWrite {
  id: string
  title: string
  size: number
  latestKey: string
  json: string
  coverageJson: string
}

/**
 * One atomic write, computed from the corpus as of `baseVersion`. `commit` applies all of it or nothing, and
 * refuses it with `StaleVersionError` when another write committed after `baseVersion`.
 */
export interface Changeset {
  baseVersion: number
  insert: ArticleWrite[]
  /** Ids of articles to remove, with everything stored about them. */
  remove: string[]
  /** Stored articles parsed again: each keeps its row and place, and everything derived from it is rewritten. */
  replace?: ArticleWrite[]
  /** The `modelFingerprint` the stored models now follow. */
  model?: string
  putStories: StoryWrite[]
  dropStories: string[]
  /** Story memberships to (re)write. */
  links: { articleId: string; storyId: string }[]
}

/** The corpus as the ingest pipeline needs it to recompute stories. */
export interface CorpusSnapshot {
  version: number
  /** In ingest order. */
  articles: { id: string; hash: string; json: string }[]
  storyOf: Map<string, string>
}

export interface Counts {
  articles: number
  stories: number
  entities: number
}

/**
 * Marsad's storage. Node's SQLite file and Cloudflare D1 implement it with the same schema and queries
 * (`SqlRepository` over a `SqlDriver`).
 */
/** A story that shares entities with another (see `Repository.relatedStories`). */
export interface RelatedStoryRow {
  id: string
  /** The Story JSON. */
  json: string
  /** Sortable form of the story's last known date, '' when unknown. */
  latestKey: string
  /** Sum over the shared entities of 1 / (articles naming the entity). */
  weight: number
  /** Ids of the shared entities. */
  shared: string[]
}

/** An entity named in the same articles as another. */
export interface CoEntityRow {
  id: string
  kind: EntityKind
  name: string
  /** Articles naming this entity in all. */
  articles: number
  /** Articles naming both. */
  together: number
}

/** An outlet as stored: its articles grouped by normalised name. */
export interface SourceRow {
  /** The normalised name (`ArticleWrite.sourceKey`). */
  id: string
  name: string
  articles: number
  /** The latest `publishedAt` among its articles. */
  latest: string | null
  /** A URL one of its articles gave. */
  url: string | null
}

export interface Repository {
  article(id: string): Promise<StoredArticle | undefined>
  articles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleRow>>
  story(id: string): Promise<StoryRecord | undefined>
  storyCoverage(id: string): Promise<string | undefined>
  storyMembers(id: string): Promise<ArticleRow[]>
  stories(filter: StoryFilter, page: PageRequest): Promise<Page<StoryRecord>>
  entity(id: string): Promise<EntityRow | undefined>
  entities(filter: EntityFilter, page: PageRequest): Promise<Page<EntityRow>>
  entityArticles(id: string, page: PageRequest): Promise<Page<EntityArticle>>
  /** The entity's roles and aliases across all articles, most used first. */
  entityLabels(id: string): Promise<{ roles: EntityLabel[]; aliases: EntityLabel[] }>
  search(request: SearchRequest): Promise<SearchRow[]>
  /** Up to 200 stories that share entities with the story, heaviest shared weight first. */
  relatedStories(id: string): Promise<RelatedStoryRow[]>
  /** Entities named in the entity's latest 5,000 articles, most often together first. */
  coEntities(id: string, options: { limit: number; kind?: EntityKind }): Promise<CoEntityRow[]>
  sources(limit: number): Promise<SourceRow[]>
  source(id: string): Promise<SourceRow | undefined>
  counts(): Promise<Counts>
  version(): Promise<number>
  /** The `modelFingerprint` the stored models follow, if recorded. */
  model(): Promise<string | undefined>
  snapshot(): Promise<CorpusSnapshot>
  commit(changes: Changeset): Promise<void>
}

/** Another write committed after the version a changeset was computed from; recompute and try again. */
export class StaleVersionError extends Error {
  constructor() {
    super('The corpus changed while the write was being prepared')
    this.name = 'StaleVersionError'
  }
}

export const STALE_VERSION_MARKER = 'marsad:stale-version'
