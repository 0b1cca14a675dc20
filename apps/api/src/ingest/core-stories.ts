// TEMPORARY: relative imports until @marsad/core exports its clusterer and comparison from its entry point; then
// `import { compareCoverage, createStoryIndex } from '@marsad/core'`.
import { createStoryIndex } from '../../../../packages/core/src/cluster/index.ts'
import { compareCoverage } from '../../../../packages/core/src/compare/index.ts'
import type { StoryEngine } from './story-engine.ts'

/** Stories as the core makes them: its incremental clusterer, and its coverage comparison of each story. */
export const coreStories: StoryEngine = {
  createIndex: () => createStoryIndex(),
  compare: (articles) => compareCoverage(articles),
}
