import type { Article } from '@marsad/core'
import type { StoryWrite } from '../storage/repository.ts'
import { dateKey } from './dates.ts'
import type { StoryEngine, StoryIndexShape } from './story-engine.ts'

/** How the stored stories change when the corpus does. */
export interface StoryPlan {
  putStories: StoryWrite[]
  dropStories: string[]
  links: { articleId: string; storyId: string }[]
  /** Every article's story after the change. */
  storyOf: Map<string, string>
}

/**
 * Diffs the clusterer's stories against the stored ones. A story id is a hash of its member set, so an id already
 * stored is unchanged; only new ids are written (with a fresh coverage comparison), ids gone are dropped, and only
 * articles whose story id changed get a new link. `rewriteAll` writes every story again, for re-parsed members.
 */
export function planStories(
  engine: StoryEngine,
  index: StoryIndexShape,
  articles: ReadonlyMap<string, Article>,
  previous: ReadonlyMap<string, string>,
  rewriteAll = false,
): StoryPlan {
  const stored = new Set(previous.values())
  const plan: StoryPlan = { putStories: [], dropStories: [], links: [], storyOf: new Map() }
  const current = new Set<string>()
  for (const story of index.stories()) {
    current.add(story.id)
    for (const articleId of story.articleIds) {
      plan.storyOf.set(articleId, story.id)
      if (previous.get(articleId) !== story.id) plan.links.push({ articleId, storyId: story.id })
    }
    if (stored.has(story.id) && !rewriteAll) continue
    const members = story.articleIds
      .map((id) => articles.get(id))
      .filter((a): a is Article => a !== undefined)
    plan.putStories.push({
      id: story.id,
      title: story.title,
      size: story.articleIds.length,
      latestKey: dateKey(story.timeSpan?.end),
      json: JSON.stringify(story),
      coverageJson: JSON.stringify(engine.compare(members)),
    })
  }
  for (const id of stored) if (!current.has(id)) plan.dropStories.push(id)
  return plan
}
