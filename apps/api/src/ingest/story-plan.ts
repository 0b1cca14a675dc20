import type { Article } from '@marsad/core'
import type { StoryWrite } from '../storage/repository.ts'
import { dateKey } from './dates.ts'
import type { StoryEngine, StoryIndexShape, StoryShape } from './story-engine.ts'

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
    plan.putStories.push(storyWrite(engine, story, (id) => articles.get(id)))
  }
  for (const id of stored) if (!current.has(id)) plan.dropStories.push(id)
  return plan
}

/**
 * The change when one article leaves the story `dropped`, whose remaining members now form `regrouped`: every other
 * story and link stays as stored, so the work is proportional to the story, not the corpus.
 */
export function planRemoval(
  engine: StoryEngine,
  removed: string,
  dropped: string | undefined,
  regrouped: readonly StoryShape[],
  articleOf: (id: string) => Article | undefined,
  previous: ReadonlyMap<string, string>,
): StoryPlan {
  const storyOf = new Map(previous)
  storyOf.delete(removed)
  const plan: StoryPlan = { putStories: [], dropStories: [], links: [], storyOf }
  if (dropped !== undefined && !regrouped.some((story) => story.id === dropped))
    plan.dropStories.push(dropped)
  for (const story of regrouped) {
    for (const articleId of story.articleIds) {
      storyOf.set(articleId, story.id)
      if (previous.get(articleId) !== story.id) plan.links.push({ articleId, storyId: story.id })
    }
    if (story.id !== dropped) plan.putStories.push(storyWrite(engine, story, articleOf))
  }
  return plan
}

function storyWrite(
  engine: StoryEngine,
  story: StoryShape,
  articleOf: (id: string) => Article | undefined,
): StoryWrite {
  const members = story.articleIds.map(articleOf).filter((a): a is Article => a !== undefined)
  return {
    id: story.id,
    title: story.title,
    size: story.articleIds.length,
    latestKey: dateKey(story.timeSpan?.end),
    json: JSON.stringify(story),
    coverageJson: JSON.stringify(engine.compare(members)),
  }
}
