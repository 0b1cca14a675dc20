import type { Article } from '@marsad/core'

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
   * story, which only that story's change of members changes.
   */
  add(article: Article, placement?: { join: string | null }): { story: number }
  /** Takes an article out; answers the numbers of the stories its story's remaining members now form. */
  remove(id: string): number[] | undefined
  story(story: number): StoryShape | undefined
  stories(): StoryShape[]
}

/**
 * Story clustering and coverage comparison, as the ingest pipeline uses them: `createStoryIndex` and
 * `compareCoverage` of `@marsad/core`.
 */
export interface StoryEngine {
  createIndex(): StoryIndexShape
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
