import type { Article, TermCounts } from '@marsad/core'

/** What the API reads of a story: the core's `Story`. */
export interface StoryShape {
  id: string
  title: string
  articleIds: string[]
  timeSpan: { start: string; end: string } | null
}

/** An incremental clusterer: the core's `StoryIndex`. */
export interface StoryIndexShape {
  /**
   * Clusters an article, or with a placement puts it where the stored stories have it; answers the number of its
   * story, and of the other stories whose members its arrival regrouped.
   */
  add(article: Article, placement?: { join: string | null }): { story: number; regrouped?: number[] }
  /** Takes an article out; answers the numbers of the stories its story's remaining members now form. */
  remove(id: string): number[] | undefined
  story(story: number): StoryShape | undefined
  stories(): StoryShape[]
  /** Holds stored articles (counted in the index's prior) again in their stored stories. */
  restore(members: readonly { article: Article; join: string | null }[]): { story: number }[]
  /** Drops from memory the stories outside the window; answers the ids of their members. */
  evict(window: { since: number; additions: number }): string[]
  /** The terms an article held counts in the index's term statistics, in order of first use. */
  termsOf(id: string): string[] | undefined
  /** Earliest and latest event time (ms) of a story's members; null when undated. */
  span(story: number): { earliest: number; latest: number } | null
  /** How far in time from an article the stories it can join lie (ms). */
  readonly reach: number
}

/**
 * Story clustering and coverage comparison, as the ingest pipeline uses them: `createStoryIndex`, `storyTime` and
 * `compareCoverage` of `@marsad/core`.
 */
export interface StoryEngine {
  /** An index whose term statistics start from `prior` (stored articles it does not hold in memory). */
  createIndex(prior?: TermCounts): StoryIndexShape
  /** The event time (ms) the index places an article by, null when undated. */
  timeOf(article: Article): number | null
  /** The coverage comparison of a story's members, stored as JSON beside the story. */
  compare(articles: Article[]): unknown
}

/**
 * A story member as sent to a coverage comparison run elsewhere: its id, and its model's JSON when it is not stored
 * yet (a member of the batch being written); stored members are read where the comparison runs.
 */
export interface CoverageMember {
  id: string
  json?: string
}
