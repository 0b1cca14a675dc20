import type { Article } from '@marsad/core'
import type { StoryWrite } from '../storage/repository.ts'
import { dateKey } from './dates.ts'
import type { StoryEngine, StoryIndexShape, StoryShape } from './story-engine.ts'
import { yieldEvery, yieldToLoop } from './yield.ts'

/** How the stored stories change when the corpus does. */
export interface StoryPlan {
  putStories: StoryWrite[]
  dropStories: string[]
  links: { articleId: string; storyId: string }[]
  /** Every article's story after the change. */
  storyOf: Map<string, string>
  /** The index's number of each story in `putStories`. */
  numbers: Map<string, number>
}

/** Every story of `index` written again (with a fresh coverage comparison), for re-parsed members; ids gone dropped. */
export function planStories(
  engine: StoryEngine,
  index: StoryIndexShape,
  articleOf: (id: string) => Article | undefined,
  previous: ReadonlyMap<string, string>,
): StoryPlan {
  const plan: StoryPlan = {
    putStories: [],
    dropStories: [],
    links: [],
    storyOf: new Map(),
    numbers: new Map(),
  }
  for (const [number, story] of index.stories().entries()) {
    plan.numbers.set(story.id, number)
    for (const articleId of story.articleIds) {
      plan.storyOf.set(articleId, story.id)
      if (previous.get(articleId) !== story.id) plan.links.push({ articleId, storyId: story.id })
    }
    plan.putStories.push(storyWrite(engine, story, articleOf))
  }
  const current = new Set(plan.storyOf.values())
  for (const id of new Set(previous.values())) if (!current.has(id)) plan.dropStories.push(id)
  return plan
}

/**
 * The change when articles were added to `index` into the stories numbered `touched`. Adding an article changes the
 * members of its story only, and a story's id names its members, so each touched story is written under its new id
 * (with its coverage), the ids its members had are dropped, and every other story and link stays as stored: the
 * work is proportional to the touched stories, not the corpus. Between two stories' coverage comparisons (the bulk
 * of a large batch's time) the event loop answers what is waiting; with `coverageOf`, the comparisons run where it
 * sends them (the Node server's worker threads), all at once.
 */
export async function planAdditions(
  engine: StoryEngine,
  index: StoryIndexShape,
  touched: Iterable<number>,
  articleOf: (id: string) => Article | undefined,
  previous: ReadonlyMap<string, string>,
  coverageOf?: (story: StoryShape) => Promise<string>,
): Promise<StoryPlan> {
  const storyOf = new Map(previous)
  const plan: StoryPlan = { putStories: [], dropStories: [], links: [], storyOf, numbers: new Map() }
  const former = new Set<string>()
  const current = new Set<string>()
  const changed: StoryShape[] = []
  const pause = yieldEvery(10)
  for (const number of new Set(touched)) {
    const story = index.story(number)
    if (story === undefined) continue
    current.add(story.id)
    let stored = true
    for (const articleId of story.articleIds) {
      const before = previous.get(articleId)
      if (before === story.id) continue
      stored = false
      if (before !== undefined) former.add(before)
      storyOf.set(articleId, story.id)
      plan.links.push({ articleId, storyId: story.id })
    }
    if (stored) continue
    plan.numbers.set(story.id, number)
    if (coverageOf) {
      changed.push(story)
      // Building a large story (`index.story`) takes a while too.
      await pause()
      continue
    }
    plan.putStories.push(storyWrite(engine, story, articleOf))
    await yieldToLoop()
  }
  // Compared elsewhere, all at once: this thread only waits.
  const coverages = await Promise.all(changed.map((story) => coverageOf!(story)))
  for (const [i, story] of changed.entries()) plan.putStories.push(storyRow(story, coverages[i]!))
  for (const id of former) if (!current.has(id)) plan.dropStories.push(id)
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
  regrouped: readonly (StoryShape & { number: number })[],
  articleOf: (id: string) => Article | undefined,
  previous: ReadonlyMap<string, string>,
): StoryPlan {
  const storyOf = new Map(previous)
  storyOf.delete(removed)
  const plan: StoryPlan = { putStories: [], dropStories: [], links: [], storyOf, numbers: new Map() }
  if (dropped !== undefined && !regrouped.some((story) => story.id === dropped))
    plan.dropStories.push(dropped)
  for (const story of regrouped) {
    for (const articleId of story.articleIds) {
      storyOf.set(articleId, story.id)
      if (previous.get(articleId) !== story.id) plan.links.push({ articleId, storyId: story.id })
    }
    if (story.id === dropped) continue
    plan.numbers.set(story.id, story.number)
    plan.putStories.push(storyWrite(engine, story, articleOf))
  }
  return plan
}

function storyWrite(
  engine: StoryEngine,
  story: StoryShape,
  articleOf: (id: string) => Article | undefined,
): StoryWrite {
  const members = story.articleIds.map(articleOf).filter((a): a is Article => a !== undefined)
  return storyRow(story, JSON.stringify(engine.compare(members)))
}

function storyRow(story: StoryShape, coverageJson: string): StoryWrite {
  return {
    id: story.id,
    title: story.title,
    size: story.articleIds.length,
    latestKey: dateKey(story.timeSpan?.end),
    json: JSON.stringify(story),
    coverageJson,
  }
}
