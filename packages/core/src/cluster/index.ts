import type { Article } from '../model/article.ts'
import type { Story } from '../model/story.ts'
import { articleTime, extractionOf } from '../similarity/extraction-view.ts'
import { createStoryIndex, type StoryIndexOptions } from './story-index.ts'

export type { SmallMerge } from './average-link.ts'
export { storyId } from './build-story.ts'
export type {
  StoredMember,
  StoryAssignment,
  StoryIndex,
  StoryIndexOptions,
  StoryPlacement,
  StoryWindow,
  TermCounts,
} from './story-index.ts'
export { storiesOf, storyOrder } from './story-order.ts'
export { createStoryIndex }

/**
 * Groups articles that report the same event into stories. Articles are taken in the given order, as a stream
 * brings them; for a corpus read at once, `storiesOf` puts them in Marsad's one defined order.
 * The result equals feeding them one by one to `createStoryIndex`.
 */
export function clusterStories(articles: readonly Article[], options?: StoryIndexOptions): Story[] {
  const index = createStoryIndex(options)
  for (const article of articles) index.add(article)
  return index.stories()
}

/**
 * The event time (ms) a story index places an article by: its publication time, else the day its text gives itself
 * as its own (`articleTime`: a header line, a dateline, a full date at the top); `null` when undated. With `StoryIndex.reach`, what a store needs to bring back the stories an article may join.
 */
export function storyTime(article: Article): number | null {
  return articleTime(article, extractionOf(article))
}
