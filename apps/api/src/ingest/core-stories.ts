import { compareCoverage, createStoryIndex, storyTime } from '@marsad/core'
import type { StoryEngine } from './story-engine.ts'

/** Stories as the core makes them: its incremental clusterer, and its coverage comparison of each story. */
export const coreStories: StoryEngine = {
  createIndex: (prior) => createStoryIndex(prior === undefined ? {} : { prior }),
  timeOf: storyTime,
  compare: (articles) => compareCoverage(articles),
}
