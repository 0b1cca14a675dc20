import { type Article, ArticleInputError, storyOrder } from '@marsad/core'
import type { ArticleWrite, Changeset, Repository } from '../storage/repository.ts'
import { StaleVersionError } from '../storage/repository.ts'
import type { SqlDriver } from '../storage/sql/driver.ts'
import { type StoryStateChange, storyStateStatements } from '../storage/sql/story-state.ts'
import { Corpus, type CorpusEntry } from './corpus.ts'
import {
  ArticleConflictError,
  InvalidArticlesError,
  type ItemIssue,
  itemIssues,
  WriteContentionError,
} from './errors.ts'
import { modelFingerprint } from './fingerprint.ts'
import { type IngestInput, type PreparedArticle, prepareArticle } from './prepare.ts'
import type { CoverageMember, StoryEngine, StoryShape } from './story-engine.ts'
import { planAdditions, planRemoval, planStories, type StoryPlan } from './story-plan.ts'
import { DEFAULT_WINDOW, noStateChange, StoryWindow, type WindowLimits } from './story-window.ts'
import { yieldEvery, yieldToLoop } from './yield.ts'

/**
 * Largest stored model by default: a text at the API's length limit parses to about 2 MB of JSON, unless it is
 * dense with quotes and names; past this it is refused (422) rather than stored, read and searched at any cost.
 */
export const DEFAULT_MAX_MODEL_BYTES = 4 * 1024 * 1024

/** Longest the clustering of a batch holds the event loop at once, in milliseconds. */
const CLUSTER_SLICE_MS = 10

export interface IngestOutcome {
  id: string
  /**
   * `unchanged`: the same content was already stored under this id. `queued`: accepted for the ingest queue (on
   * Workers), stored once its consumer has parsed it.
   */
  status: 'created' | 'unchanged' | 'queued'
  storyId: string | null
}

/** What the write routes ask of the ingest pipeline: an `Ingestor`, or on Workers the ingest queue. */
export interface ArticleWriter {
  ingest(inputs: readonly IngestInput[]): Promise<IngestOutcome[]>
  remove(id: string): Promise<boolean>
}

export interface IngestorOptions {
  /** Recomputes stories on every write; without one, articles are stored with no story. */
  stories?: StoryEngine
  /** Commits refused because another writer went first, before giving up. */
  maxAttempts?: number
  /** Largest Article JSON the store takes, in UTF-8 bytes (D1 rows hold at most 1 MB). Default 4 MiB. */
  maxModelBytes?: number
  /** Where unexpected failures of the core are reported. Default `console.error`. */
  logError?: (error: unknown) => void
  /**
   * Parses one input and derives its stored forms, as `prepareArticle` does, elsewhere (the Node server's worker
   * threads). Default: `prepareArticle` on this thread, one article at a time, yielding to the event loop between
   * them.
   */
  prepare?: (input: IngestInput, ingestedAt: string) => Promise<PreparedArticle>
  /**
   * Where the story index's state is kept when not in the repository's database (the story Durable Object's own
   * storage): written after each commit. Default: the repository's `storyState`, in the same transaction.
   */
  storyState?: SqlDriver
  /** How much of the stored stories the index holds in memory. */
  window?: WindowLimits
  /**
   * The coverage comparison of a story's members elsewhere (the Node server's worker threads), as the JSON of what
   * `stories.compare` answers; stored members are given by id, the others with their model's JSON. For the core's
   * engine only. Default: `stories.compare` on this thread, yielding to the event loop between stories.
   */
  compare?: (members: CoverageMember[]) => Promise<string>
  now?: () => Date
}

/**
 * The write side of Marsad: parses articles with the core, recomputes the stories they change and commits both as
 * one atomic changeset. Writes of one process run one at a time; writes of other processes (or Workers isolates)
 * are detected by the repository's version guard, and the change is recomputed on the newer corpus.
 */
export class Ingestor implements ArticleWriter {
  readonly #repo: Repository
  readonly #stories: StoryEngine | undefined
  readonly #maxAttempts: number
  readonly #maxModelBytes: number
  readonly #now: () => Date
  readonly #logError: (error: unknown) => void
  readonly #prepareElsewhere: IngestorOptions['prepare']
  readonly #storyState: SqlDriver | undefined
  readonly #window: WindowLimits
  readonly #compareElsewhere: IngestorOptions['compare']
  #state: WriteState | undefined
  #queue: Promise<unknown> = Promise.resolve()

  constructor(repo: Repository, options: IngestorOptions = {}) {
    this.#repo = repo
    this.#stories = options.stories
    this.#maxAttempts = options.maxAttempts ?? 8
    this.#maxModelBytes = options.maxModelBytes ?? DEFAULT_MAX_MODEL_BYTES
    this.#now = options.now ?? (() => new Date())
    this.#logError = options.logError ?? ((error) => console.error(error))
    this.#prepareElsewhere = options.prepare
    this.#storyState = options.storyState
    this.#window = options.window ?? DEFAULT_WINDOW
    this.#compareElsewhere = options.compare
  }

  /** Articles the story index holds in memory (0 before the first write). */
  get heldArticles(): number {
    return this.#state?.window?.size ?? 0
  }

  /**
   * Stores a batch: all of it or, on any invalid item or conflicting id, none of it. Idempotent: an article whose
   * id and content are already stored is reported `unchanged`.
   */
  async ingest(inputs: readonly IngestInput[]): Promise<IngestOutcome[]> {
    const ingestedAt = this.#now().toISOString()
    const prepared = this.#checked(await this.#parseAll(inputs, ingestedAt))
    return this.#serially(() => this.#withRetries((state) => this.#ingestInto(state, prepared)))
  }

  /**
   * Stores articles parsed elsewhere (by `prepareArticle`: on Workers, the queue consumer), as `ingest` stores its
   * inputs once parsed: the same checks, all or nothing.
   */
  async ingestPrepared(articles: readonly PreparedArticle[]): Promise<IngestOutcome[]> {
    const prepared = this.#checked(articles.map((value) => ({ status: 'fulfilled', value }) as const))
    return this.#serially(() => this.#withRetries((state) => this.#ingestInto(state, prepared)))
  }

  /**
   * Parses every stored article again from its stored input, rewrites all that is derived from it (search rows,
   * entities, stories) in one transaction, and records the current `modelFingerprint`. For after an upgrade of the
   * core; answers how many articles were re-parsed.
   */
  async reindex(): Promise<number> {
    return this.#serially(() => this.#withRetries((state) => this.#reindex(state)))
  }

  /** Deletes an article with its search rows, entity counts and story membership. False when absent. */
  async remove(id: string): Promise<boolean> {
    return this.#serially(() => this.#withRetries((state) => this.#removeFrom(state, id)))
  }

  /** The parsed items that may be stored; refuses the whole batch when one may not. */
  #checked(parsed: readonly PromiseSettledResult<PreparedArticle>[]): PreparedArticle[] {
    const issues: ItemIssue[] = []
    const prepared: PreparedArticle[] = []
    const seen = new Map<string, { index: number; hash: string }>()
    for (const [index, result] of parsed.entries()) {
      try {
        if (result.status === 'rejected') throw result.reason
        const item = result.value
        const earlier = seen.get(item.write.id)
        const bytes = modelBytes(item.write.json, this.#maxModelBytes)
        if (bytes > this.#maxModelBytes) {
          const message = `parses to a ${bytes}-byte model, over this store's limit of ${this.#maxModelBytes}`
          issues.push({ index, path: 'text', message })
        } else if (earlier === undefined) {
          seen.set(item.write.id, { index, hash: item.write.hash })
          prepared.push(item)
        } else if (earlier.hash !== item.write.hash) {
          issues.push({
            index,
            path: 'id',
            message: `repeats the id of item ${earlier.index} with other content`,
          })
        }
      } catch (error) {
        if (error instanceof ArticleInputError) {
          issues.push(...itemIssues(index, error))
        } else {
          // The core promises to parse any text; if it fails on one anyway, the item is refused, not the server.
          this.#logError(error)
          issues.push({ index, path: '', message: `could not be parsed (${(error as Error).message})` })
        }
      }
    }
    if (issues.length > 0) throw new InvalidArticlesError(issues)
    return prepared
  }

  async #parseAll(
    inputs: readonly IngestInput[],
    ingestedAt: string,
  ): Promise<PromiseSettledResult<PreparedArticle>[]> {
    const elsewhere = this.#prepareElsewhere
    if (elsewhere) return Promise.allSettled(inputs.map((input) => elsewhere(input, ingestedAt)))
    const results: PromiseSettledResult<PreparedArticle>[] = []
    for (const input of inputs) {
      results.push(
        await prepareArticle(input, ingestedAt).then(
          (value) => ({ status: 'fulfilled', value }) as const,
          (reason: unknown) => ({ status: 'rejected', reason }) as const,
        ),
      )
      // Reads waiting meanwhile are answered between two articles, not after the whole batch.
      await yieldToLoop()
    }
    return results
  }

  async #ingestInto(
    state: WriteState,
    prepared: PreparedArticle[],
  ): Promise<IngestOutcome[] | Written<IngestOutcome[]>> {
    const stored = await this.#repo.hashes(prepared.map((p) => p.write.id))
    const conflicts = prepared.filter((p) => {
      const known = stored.get(p.write.id)
      return known !== undefined && known.hash !== p.write.hash
    })
    if (conflicts.length > 0) throw new ArticleConflictError(conflicts.map((p) => p.write.id))
    const storyOf = new Map<string, string>()
    for (const [id, known] of stored) if (known.storyId !== null) storyOf.set(id, known.storyId)
    const fresh = prepared.filter((p) => !stored.has(p.write.id))
    if (fresh.length === 0) return this.#outcomes(prepared, storyOf, new Set())

    const plan = await this.#planAdded(state.window, fresh)
    for (const link of plan.links) storyOf.set(link.articleId, link.storyId)
    const changes: Changeset = {
      baseVersion: state.version,
      insert: fresh.map((p) => p.write),
      remove: [],
      putStories: plan.putStories,
      dropStories: plan.dropStories,
      links: plan.links,
    }
    // A new database records what its models follow with its first articles.
    if ((await this.#repo.model()) === undefined) changes.model = modelFingerprint()
    const created = new Set(fresh.map((p) => p.write.id))
    return this.#written(changes, plan.state, state, this.#outcomes(prepared, storyOf, created))
  }

  /**
   * The article leaves its story, whose remaining members are grouped again among themselves (`StoryIndex.remove`);
   * every other story keeps its id and members. `reindex` gives the stories clustering the whole corpus would.
   */
  async #removeFrom(state: WriteState, id: string): Promise<boolean | Written<boolean>> {
    const stored = (await this.#repo.hashes([id])).get(id)
    if (stored === undefined) return false
    const changes: Changeset = {
      baseVersion: state.version,
      insert: [],
      remove: [id],
      putStories: [],
      dropStories: [],
      links: [],
    }
    const engine = this.#stories
    const window = state.window
    if (!engine || !window) return this.#written(changes, undefined, state, true)
    if (stored.storyId !== null) await window.bring(stored.storyId)
    const change = window.pending ?? noStateChange()
    window.pending = undefined
    const terms = window.index.termsOf(id)
    if (terms !== undefined) {
      change.terms.push(...terms.map((term): [string, number] => [term, -1]))
      change.documents--
    }
    const formed = window.index.remove(id) ?? []
    window.regrouped(formed)
    const regrouped = formed.flatMap((number) => {
      const story = window.index.story(number)
      return story === undefined ? [] : [{ ...story, number }]
    })
    const plan = planRemoval(
      engine,
      id,
      window.storyOf.get(id) ?? stored.storyId ?? undefined,
      regrouped,
      (member) => window.article(member),
      window.storyOf,
    )
    window.forget(id)
    change.unplaced.push(id)
    this.#recordPlan(window, plan, change)
    Object.assign(changes, { putStories: plan.putStories, dropStories: plan.dropStories, links: plan.links })
    return this.#written(changes, change, state, true)
  }

  async #reindex(state: WriteState): Promise<Written<number>> {
    const corpus = Corpus.fromSnapshot(await this.#repo.snapshot())
    const writes: ArticleWrite[] = []
    const entries: CorpusEntry[] = []
    for (const entry of corpus.entries) {
      const { id, title, source, publishedAt, text } = entry.article
      const input = {
        id,
        text,
        ...(title !== undefined && { title }),
        ...(source && { source }),
        ...(publishedAt && { publishedAt }),
      }
      // Stored input the core now refuses stays as it was stored.
      const prepared = await prepareArticle(input, '').catch((error) => {
        if (error instanceof ArticleInputError) return undefined
        throw error
      })
      entries.push(prepared ? { id, hash: prepared.write.hash, article: prepared.article } : entry)
      if (prepared) writes.push(prepared.write)
    }
    const { plan, change } = this.#planRebuilt(entries, corpus.storyOf)
    const changes: Changeset = {
      baseVersion: state.version,
      insert: [],
      remove: [],
      replace: writes,
      model: modelFingerprint(),
      putStories: plan.putStories,
      dropStories: plan.dropStories,
      links: plan.links,
    }
    // The next write opens the window from the state written here.
    return this.#written(changes, change, { version: state.version, window: undefined }, writes.length)
  }

  /**
   * Clusters the new articles (in `storyOrder`) into the window, after bringing back the stored stories they may
   * join, and plans the writes of the stories they joined or opened only.
   */
  async #planAdded(
    window: StoryWindow | undefined,
    fresh: readonly PreparedArticle[],
  ): Promise<StoryPlan & { state?: StoryStateChange }> {
    const engine = this.#stories
    if (!engine || !window)
      return { putStories: [], dropStories: [], links: [], storyOf: new Map(), numbers: new Map() }
    const times = fresh.flatMap((p) => engine.timeOf(p.article) ?? [])
    await window.near(times)
    const touched = window.unwritten
    window.unwritten = []
    const change = window.pending ?? noStateChange()
    window.pending = undefined
    const counts = new Map<string, number>()
    const pause = yieldEvery(CLUSTER_SLICE_MS)
    // A batch is clustered in the core's corpus order, so that one POST of a corpus gives its `storiesOf`.
    for (const { article } of inStoryOrder(fresh)) {
      touched.push(...window.cluster(article))
      for (const term of window.index.termsOf(article.id) ?? []) counts.set(term, (counts.get(term) ?? 0) + 1)
      await pause()
    }
    change.terms.push(...counts)
    change.documents += fresh.length
    const plan = await planAdditions(
      engine,
      window.index,
      touched,
      (id) => window.article(id),
      window.storyOf,
      this.#coverageOf(fresh),
    )
    this.#recordPlan(window, plan, change)
    return { ...plan, state: change }
  }

  /**
   * The comparison of a touched story's coverage in the worker threads, when there are some: the window's other
   * members are stored (it holds committed articles only, besides this batch), so they go by id and the threads read
   * them from the database; the batch's new articles go as their model's JSON.
   */
  #coverageOf(fresh: readonly PreparedArticle[]): ((story: StoryShape) => Promise<string>) | undefined {
    const elsewhere = this.#compareElsewhere
    if (!elsewhere) return undefined
    const unstored = new Map(fresh.map((p) => [p.write.id, p.write.json]))
    return (story) =>
      elsewhere(story.articleIds.map((id) => ({ id, ...(unstored.has(id) && { json: unstored.get(id)! }) })))
  }

  /** Takes a plan's new memberships into the window and into the state change to record. */
  #recordPlan(window: StoryWindow, plan: StoryPlan, change: StoryStateChange): void {
    for (const link of plan.links) window.storyOf.set(link.articleId, link.storyId)
    change.places.push(...plan.links)
    change.dropSpans.push(...plan.dropStories)
    for (const story of plan.putStories)
      change.putSpans.push(window.spanOf(story.id, plan.numbers.get(story.id)!, story.size))
  }

  /**
   * Clusters all of `entries` from scratch, in the core's corpus order (`storyOrder`: the stories `storiesOf` gives
   * the CLI and the site), writes every story again, and records the story state anew.
   */
  #planRebuilt(
    entries: readonly CorpusEntry[],
    previous: ReadonlyMap<string, string>,
  ): { plan: StoryPlan; change: StoryStateChange | undefined } {
    const engine = this.#stories
    if (!engine) {
      const plan = { putStories: [], dropStories: [], links: [], storyOf: new Map(), numbers: new Map() }
      return { plan, change: undefined }
    }
    const index = engine.createIndex()
    const ordered = inStoryOrder(entries)
    const counts = new Map<string, number>()
    for (const { article } of ordered) {
      index.add(article)
      for (const term of index.termsOf(article.id) ?? []) counts.set(term, (counts.get(term) ?? 0) + 1)
    }
    const byId = new Map(entries.map((e) => [e.id, e.article]))
    const plan = planStories(engine, index, (id) => byId.get(id), previous)
    const change: StoryStateChange = {
      ...noStateChange(),
      reset: true,
      terms: [...counts],
      documents: entries.length,
      places: ordered.map(({ id }) => ({ articleId: id, storyId: plan.storyOf.get(id)! })),
    }
    for (const story of plan.putStories) {
      const span = index.span(plan.numbers.get(story.id)!)
      change.putSpans.push({
        storyId: story.id,
        size: story.size,
        earliest: span?.earliest ?? null,
        latest: span?.latest ?? null,
      })
    }
    return { plan, change }
  }

  /** A change to commit with the story state it records, and what to answer once committed. */
  #written<T>(
    changes: Changeset,
    state: StoryStateChange | undefined,
    before: WriteState,
    result: T,
  ): Written<T> {
    if (state !== undefined && this.#storyState === undefined) changes.storyState = state
    const separate = this.#storyState !== undefined ? state : undefined
    return { changes, separate, next: { version: before.version + 1, window: before.window }, result }
  }

  #outcomes(
    prepared: PreparedArticle[],
    storyOf: ReadonlyMap<string, string>,
    created: Set<string>,
  ): IngestOutcome[] {
    return prepared.map((p) => ({
      id: p.write.id,
      status: created.has(p.write.id) ? 'created' : 'unchanged',
      storyId: storyOf.get(p.write.id) ?? null,
    }))
  }

  /** Computes a change on the freshest state and commits it; recomputes when another writer went first. */
  async #withRetries<T>(step: (state: WriteState) => T | Written<T> | Promise<T | Written<T>>): Promise<T> {
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt++) {
      const state = await this.#freshState()
      let outcome: T | Written<T>
      try {
        outcome = await step(state)
      } catch (error) {
        // Planning may have fed the held clusterer articles that are not stored: start again from the store.
        this.#state = undefined
        throw error
      }
      if (!isWritten(outcome)) return outcome
      try {
        await this.#repo.commit(outcome.changes)
      } catch (error) {
        this.#state = undefined
        if (!(error instanceof StaleVersionError)) throw error
        await sleep(Math.random() * 5 * attempt)
        continue
      }
      try {
        if (outcome.separate !== undefined && this.#storyState !== undefined)
          await this.#storyState.batch(storyStateStatements(outcome.separate))
      } catch (error) {
        // The articles are stored; their story state is not. Rebuilt from the stored stories by the next open.
        this.#state = undefined
        this.#logError(error)
        return outcome.result
      }
      this.#state = outcome.next
      outcome.next.window?.trim()
      return outcome.result
    }
    throw new WriteContentionError(this.#maxAttempts)
  }

  /**
   * The state writes are computed from: the stored version and, with stories, the window of the story index, kept
   * between writes and opened again from the store when another writer moved the version.
   */
  async #freshState(): Promise<WriteState> {
    const version = await this.#repo.version()
    if (this.#state?.version === version && (this.#state.window !== undefined || !this.#stories))
      return this.#state
    const engine = this.#stories
    // A database whose models another core made (before `reindex` records this one's) holds that core's story state.
    const stale = engine !== undefined && (await this.#repo.model()) !== modelFingerprint()
    const window = engine
      ? await StoryWindow.open(
          engine,
          this.#storyState ?? this.#repo.storyState,
          this.#repo,
          this.#window,
          stale,
        )
      : undefined
    this.#state = { version, window }
    return this.#state
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work)
    this.#queue = run.catch(() => undefined)
    return run
  }
}

/** The stored version writes are computed from, and the story window as of it. */
interface WriteState {
  version: number
  window: StoryWindow | undefined
}

/** A change ready to commit, the state it leads to, and what to answer once it is committed. */
interface Written<T> {
  changes: Changeset
  /** Story state to record after the commit, in a database of its own. */
  separate: StoryStateChange | undefined
  next: WriteState
  result: T
}

function isWritten<T>(value: T | Written<T>): value is Written<T> {
  return typeof value === 'object' && value !== null && 'changes' in value && 'next' in value
}

/** Items in the core's story order of their articles. */
function inStoryOrder<T extends { article: Article }>(items: readonly T[]): T[] {
  const itemOf = new Map(items.map((item) => [item.article, item]))
  return storyOrder(items.map((item) => item.article)).map((article) => itemOf.get(article)!)
}

const encoder = new TextEncoder()

/** The UTF-8 size of `json`, counted only when it might exceed `limit` (a UTF-16 unit is at most 3 bytes). */
function modelBytes(json: string, limit: number): number {
  return json.length * 3 <= limit ? json.length : encoder.encode(json).byteLength
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
