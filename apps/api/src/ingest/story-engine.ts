import type { Article } from '@marsad/core'
import type { StoryWrite } from '../storage/repository.ts'

/** How the stories of a corpus change when its articles do. */
export interface StoryPlan {
  putStories: StoryWrite[]
  dropStories: string[]
  links: { articleId: string; storyId: string }[]
  /** Every article's story after the change. */
  storyOf: Map<string, string>
}

/**
 * Groups a corpus into stories. `articles` is the whole corpus after the change, in ingest order; `previous` maps
 * each article stored before it to its story.
 */
export interface StoryEngine {
  plan(articles: readonly Article[], previous: ReadonlyMap<string, string>): StoryPlan
}
