import type { Article } from '@marsad/core'
import type { Repository } from '../storage/repository.ts'
import type { SqlDriver } from '../storage/sql/driver.ts'
import {
  readPlaces,
  readStoriesNear,
  readTermCounts,
  readWindow,
  type StoryStateChange,
} from '../storage/sql/story-state.ts'
import type { StoryEngine, StoryIndexShape } from './story-engine.ts'
import { yieldEvery } from './yield.ts'

/** How much of the stored stories a story index holds in memory. */
export interface WindowLimits {
  /**
   * Members of the stories held. Past it, the stories whose latest event is oldest are dropped until three quarters
   * of it are left; they come back when an article dated near them arrives.
   */
  articles: number
  /** Undated stories are held while one of the last `undated` articles placed joined them. */
  undated: number
}

export const DEFAULT_WINDOW: WindowLimits = { articles: 4000, undated: 1000 }

/** Stored members brought back per read of their models, and longest a bringing back holds the event loop, in ms. */
const BRING_CHUNK = 32
const BRING_SLICE_MS = 10

/** An empty change of the story state. */
export function noStateChange(): StoryStateChange {
  return { terms: [], documents: 0, places: [], unplaced: [], putSpans: [], dropSpans: [] }
}

/**
 * The part of the stored stories a story index holds in memory: the stories with the latest events (a sliding
 * window), the undated ones joined lately, and any brought back for an article dated near them. The rest is in the
 * story state tables (`0006_story_state.sql`), which the index's term statistics start from, so memory follows the
 * window, not the corpus.
 */
export class StoryWindow {
  readonly index: StoryIndexShape
  /** Each held article's stored story id, as of the last commit (or as planned for the next). */
  readonly storyOf = new Map<string, string>()
  readonly #articles = new Map<string, Article>()
  readonly #numberOf = new Map<string, number>()
  readonly #db: SqlDriver
  readonly #repo: Repository
  readonly #limits: WindowLimits
  /** State the store lacks (a database older than the story state tables), written with the next commit. */
  pending: StoryStateChange | undefined
  /** Stories of articles stored without one (stories were off), to write with the next commit. */
  unwritten: number[] = []

  private constructor(index: StoryIndexShape, db: SqlDriver, repo: Repository, limits: WindowLimits) {
    this.index = index
    this.#db = db
    this.#repo = repo
    this.#limits = limits
  }

  /**
   * The window at start: the stories `readWindow` chooses, or every story, built again from the stored articles, from a
   * database without story state or with state another core made (`stale`: its term counts are of that core's terms,
   * and a new stemmer fold, say, gives the same articles other terms than it counted).
   */
  static async open(
    engine: StoryEngine,
    db: SqlDriver,
    repo: Repository,
    limits: WindowLimits,
    stale = false,
  ): Promise<StoryWindow> {
    const counts = await readTermCounts(db)
    if (stale || counts.documents < 0) return StoryWindow.#build(engine, db, repo, limits)
    const window = new StoryWindow(engine.createIndex(counts), db, repo, limits)
    await window.#bring(await readWindow(db, limits.articles, limits.undated))
    return window
  }

  /**
   * Builds the state from every stored article once, as every start did before the state was stored: the stored
   * stories held again (articles stored without one are clustered), recorded whole with the next commit.
   */
  static async #build(
    engine: StoryEngine,
    db: SqlDriver,
    repo: Repository,
    limits: WindowLimits,
  ): Promise<StoryWindow> {
    const snapshot = await repo.snapshot()
    const window = new StoryWindow(engine.createIndex(), db, repo, limits)
    const first = new Map<string, string>()
    const change = { ...noStateChange(), reset: true }
    const frequencies = new Map<string, number>()
    for (const stored of snapshot.articles) {
      const article = JSON.parse(stored.json) as Article
      const story = snapshot.storyOf.get(stored.id)
      if (story === undefined) {
        window.unwritten.push(...window.cluster(article))
      } else {
        window.held(article, window.index.add(article, { join: first.get(story) ?? null }).story)
        if (!first.has(story)) first.set(story, stored.id)
        window.storyOf.set(stored.id, story)
        change.places.push({ articleId: stored.id, storyId: story })
      }
      for (const term of window.index.termsOf(stored.id) ?? [])
        frequencies.set(term, (frequencies.get(term) ?? 0) + 1)
    }
    change.terms = [...frequencies]
    change.documents = snapshot.articles.length
    const sizes = new Map<string, number>()
    for (const story of snapshot.storyOf.values()) sizes.set(story, (sizes.get(story) ?? 0) + 1)
    for (const [story, firstId] of first)
      change.putSpans.push(window.spanOf(story, window.#numberOf.get(firstId)!, sizes.get(story)!))
    window.pending = change
    return window
  }

  /** Records that `article` is held in story number `story`; answers the number. */
  held(article: Article, story: number): number {
    this.#articles.set(article.id, article)
    this.#numberOf.set(article.id, story)
    return story
  }

  /**
   * Clusters an article into the index; answers the numbers of the stories to write again: its own, and those its
   * arrival regrouped (members moved between them, or one lost every member).
   */
  cluster(article: Article): number[] {
    const placed = this.index.add(article)
    this.held(article, placed.story)
    const touched = [placed.story, ...(placed.regrouped ?? [])]
    if (placed.regrouped !== undefined) this.regrouped(touched)
    return touched
  }

  /** Records the story numbers a removal left its story's members in. */
  regrouped(numbers: readonly number[]): void {
    for (const number of numbers) {
      for (const id of this.index.story(number)?.articleIds ?? []) this.#numberOf.set(id, number)
    }
  }

  forget(id: string): void {
    this.#articles.delete(id)
    this.#numberOf.delete(id)
    this.storyOf.delete(id)
  }

  article(id: string): Article | undefined {
    return this.#articles.get(id)
  }

  get size(): number {
    return this.#articles.size
  }

  /** What `story_spans` records of the story number `number`, of `size` members, stored under `storyId`. */
  spanOf(storyId: string, number: number, size: number): StoryStateChange['putSpans'][number] {
    const span = this.index.span(number)
    return { storyId, size, earliest: span?.earliest ?? null, latest: span?.latest ?? null }
  }

  /** Brings back the stored stories that articles at these times (ms) may join and that are not held. */
  async near(times: readonly number[]): Promise<void> {
    const reach = this.index.reach
    const sorted = [...times].sort((a, b) => a - b)
    const held = new Set(this.storyOf.values())
    const wanted = new Set<string>()
    for (let i = 0; i < sorted.length; ) {
      const from = sorted[i]! - reach
      let to = sorted[i]! + reach
      while (++i < sorted.length && sorted[i]! - reach <= to) to = sorted[i]! + reach
      for (const span of await readStoriesNear(this.#db, from, to))
        if (!held.has(span.storyId)) wanted.add(span.storyId)
    }
    await this.#bring([...wanted])
  }

  /** Brings back one stored story, when it is not held. */
  async bring(storyId: string): Promise<void> {
    if (![...this.storyOf.values()].includes(storyId)) await this.#bring([storyId])
  }

  /**
   * Reads, parses and holds again the stored members of these stories, a few at a time, yielding to the event loop
   * every 10 ms: a late batch may bring back thousands of members (1.4 s at once at 10,000 stored, profiled), and
   * reads are answered meanwhile. Restoring a story's members over several calls equals restoring them at once: each
   * joins a member restored before it.
   */
  async #bring(storyIds: readonly string[]): Promise<void> {
    const places = (await readPlaces(this.#db, storyIds)).filter((p) => !this.#articles.has(p.articleId))
    const first = new Map<string, string>()
    const pause = yieldEvery(BRING_SLICE_MS)
    for (let at = 0; at < places.length; at += BRING_CHUNK) {
      const chunk = places.slice(at, at + BRING_CHUNK)
      const models = await this.#repo.models(chunk.map((p) => p.articleId))
      const members = chunk.flatMap((place) => {
        const json = models.get(place.articleId)
        // A member the articles table lacks (stored state ahead of it, which a commit never leaves) is skipped.
        if (json === undefined) return []
        const join = first.get(place.storyId) ?? null
        if (join === null) first.set(place.storyId, place.articleId)
        return [{ article: JSON.parse(json) as Article, join, storyId: place.storyId }]
      })
      const numbers = this.index.restore(members)
      members.forEach((member, i) => {
        this.held(member.article, numbers[i]!.story)
        this.storyOf.set(member.article.id, member.storyId)
      })
      await pause()
    }
  }

  /** Drops the stories with the oldest events when the window holds more than its limit. */
  trim(): void {
    if (this.#articles.size <= this.#limits.articles) return
    const latest = new Map<number, { latest: number; size: number }>()
    for (const number of this.#numberOf.values()) {
      const entry = latest.get(number)
      if (entry !== undefined) entry.size++
      else latest.set(number, { latest: this.index.span(number)?.latest ?? Number.NaN, size: 1 })
    }
    const dated = [...latest.values()]
      .filter((s) => !Number.isNaN(s.latest))
      .sort((a, b) => b.latest - a.latest)
    let since = Number.NEGATIVE_INFINITY
    let kept = 0
    for (const story of dated) {
      if (kept + story.size > (this.#limits.articles * 3) / 4) {
        since = story.latest + 1
        break
      }
      kept += story.size
    }
    for (const id of this.index.evict({ since, additions: this.#limits.undated })) this.forget(id)
  }
}
