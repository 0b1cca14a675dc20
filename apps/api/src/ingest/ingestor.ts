import { type Article, type ArticleInput, ArticleInputError, storyOrder } from '@marsad/core'
import type { ArticleWrite, Changeset, Repository } from '../storage/repository.ts'
import { StaleVersionError } from '../storage/repository.ts'
import { Corpus, type CorpusEntry } from './corpus.ts'
import { ArticleConflictError, InvalidArticlesError, type ItemIssue, WriteContentionError } from './errors.ts'
import { modelFingerprint } from './fingerprint.ts'
import { type PreparedArticle, prepareArticle } from './prepare.ts'
import type { CoverageMember, StoryEngine, StoryIndexShape, StoryShape } from './story-engine.ts'
import { planAdditions, planRemoval, planStories, type StoryPlan } from './story-plan.ts'
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
  /** `unchanged`: the same content was already stored under this id. */
  status: 'created' | 'unchanged'
  storyId: string | null
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
  prepare?: (input: ArticleInput, ingestedAt: string) => Promise<PreparedArticle>
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
export class Ingestor {
  readonly #repo: Repository
  readonly #stories: StoryEngine | undefined
  readonly #maxAttempts: number
  readonly #maxModelBytes: number
  readonly #now: () => Date
  readonly #logError: (error: unknown) => void
  readonly #prepareElsewhere: IngestorOptions['prepare']
  readonly #compareElsewhere: IngestorOptions['compare']
  #corpus: Corpus | undefined
  #queue: Promise<unknown> = Promise.resolve()

  constructor(repo: Repository, options: IngestorOptions = {}) {
    this.#repo = repo
    this.#stories = options.stories
    this.#maxAttempts = options.maxAttempts ?? 8
    this.#maxModelBytes = options.maxModelBytes ?? DEFAULT_MAX_MODEL_BYTES
    this.#now = options.now ?? (() => new Date())
    this.#logError = options.logError ?? ((error) => console.error(error))
    this.#prepareElsewhere = options.prepare
    this.#compareElsewhere = options.compare
  }

  /**
   * Stores a batch: all of it or, on any invalid item or conflicting id, none of it. Idempotent: an article whose
   * id and content are already stored is reported `unchanged`.
   */
  async ingest(inputs: readonly ArticleInput[]): Promise<IngestOutcome[]> {
    const prepared = await this.#prepare(inputs)
    return this.#serially(() => this.#withRetries((corpus) => this.#ingestInto(corpus, prepared)))
  }

  /**
   * Parses every stored article again from its stored input, rewrites all that is derived from it (search rows,
   * entities, stories) in one transaction, and records the current `modelFingerprint`. For after an upgrade of the
   * core; answers how many articles were re-parsed.
   */
  async reindex(): Promise<number> {
    return this.#serially(() => this.#withRetries((corpus) => this.#reindex(corpus)))
  }

  /** Deletes an article with its search rows, entity counts and story membership. False when absent. */
  async remove(id: string): Promise<boolean> {
    return this.#serially(() => this.#withRetries((corpus) => this.#removeFrom(corpus, id)))
  }

  async #prepare(inputs: readonly ArticleInput[]): Promise<PreparedArticle[]> {
    const ingestedAt = this.#now().toISOString()
    const issues: ItemIssue[] = []
    const prepared: PreparedArticle[] = []
    const seen = new Map<string, { index: number; hash: string }>()
    const parsed = await this.#parseAll(inputs, ingestedAt)
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
          for (const issue of error.issues) issues.push({ index, ...splitIssue(issue) })
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
    inputs: readonly ArticleInput[],
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
    corpus: Corpus,
    prepared: PreparedArticle[],
  ): Promise<IngestOutcome[] | Written<IngestOutcome[]>> {
    const conflicts = prepared.filter((p) => {
      const stored = corpus.get(p.write.id)
      return stored !== undefined && stored.hash !== p.write.hash
    })
    if (conflicts.length > 0) throw new ArticleConflictError(conflicts.map((p) => p.write.id))
    const fresh = prepared.filter((p) => corpus.get(p.write.id) === undefined)
    if (fresh.length === 0) return this.#outcomes(prepared, corpus.storyOf, new Set())

    const entries: CorpusEntry[] = [
      ...corpus.entries,
      ...fresh.map((p) => ({ id: p.write.id, hash: p.write.hash, article: p.article })),
    ]
    const next = new Corpus(corpus.version + 1, entries, new Map())
    const unstored = new Map(fresh.map((p) => [p.write.id, p.write.json]))
    const { storyOf, ...stories } = await this.#planAdded(corpus, next, fresh.length, unstored)
    const changes: Changeset = {
      baseVersion: corpus.version,
      insert: fresh.map((p) => p.write),
      remove: [],
      ...stories,
    }
    // A new database records what its models follow with its first articles.
    if (corpus.entries.length === 0) changes.model = modelFingerprint()
    const created = new Set(fresh.map((p) => p.write.id))
    return { changes, next, result: this.#outcomes(prepared, storyOf, created) }
  }

  /**
   * The article leaves its story, whose remaining members are grouped again among themselves (`StoryIndex.remove`);
   * every other story keeps its id and members. `reindex` gives the stories clustering the whole corpus would.
   */
  #removeFrom(corpus: Corpus, id: string): boolean | Written<boolean> {
    if (corpus.get(id) === undefined) return false
    const entries = corpus.entries.filter((e) => e.id !== id)
    const changes: Changeset = {
      baseVersion: corpus.version,
      insert: [],
      remove: [id],
      putStories: [],
      dropStories: [],
      links: [],
    }
    const engine = this.#stories
    if (!engine) return { changes, next: new Corpus(corpus.version + 1, entries, new Map()), result: true }
    const index = corpus.index ?? this.#restored(corpus.entries, corpus.storyOf).index
    const regrouped = (index.remove(id) ?? []).flatMap((n) => index.story(n) ?? [])
    const { storyOf, ...stories } = planRemoval(
      engine,
      id,
      corpus.storyOf.get(id),
      regrouped,
      (member) => corpus.get(member)?.article,
      corpus.storyOf,
    )
    Object.assign(changes, stories)
    return { changes, next: new Corpus(corpus.version + 1, entries, storyOf, index), result: true }
  }

  async #reindex(corpus: Corpus): Promise<Written<number>> {
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
    const next = new Corpus(corpus.version + 1, entries, new Map())
    const { storyOf: _, ...stories } = this.#planRebuilt(next, corpus.storyOf)
    const changes: Changeset = {
      baseVersion: corpus.version,
      insert: [],
      remove: [],
      replace: writes,
      model: modelFingerprint(),
      ...stories,
    }
    return { changes, next, result: writes.length }
  }

  /**
   * Clusters `next`'s last `appended` entries (in `storyOrder`) into `corpus`'s index (without one: into its stored stories, restored)
   * and plans the writes of the stories they joined or opened only. Leaves the clusterer and the new memberships on
   * `next`.
   */
  async #planAdded(
    corpus: Corpus,
    next: Corpus,
    appended: number,
    unstored: ReadonlyMap<string, string>,
  ): Promise<StoryPlan> {
    const engine = this.#stories
    if (!engine) return { putStories: [], dropStories: [], links: [], storyOf: new Map() }
    const { index, clustered } = corpus.index
      ? { index: corpus.index, clustered: [] }
      : this.#restored(corpus.entries, corpus.storyOf)
    const touched = [...clustered]
    const pause = yieldEvery(CLUSTER_SLICE_MS)
    // A batch is clustered in the core's corpus order, so that one POST of a corpus gives its `storiesOf`.
    for (const entry of inStoryOrder(next.entries.slice(next.entries.length - appended))) {
      touched.push(index.add(entry.article).story)
      await pause()
    }
    const elsewhere = this.#compareElsewhere
    const coverageOf =
      elsewhere &&
      ((story: StoryShape) =>
        elsewhere(
          story.articleIds.map((id) => ({ id, ...(unstored.has(id) && { json: unstored.get(id)! }) })),
        ))
    const plan = await planAdditions(
      engine,
      index,
      touched,
      (id) => next.get(id)?.article,
      corpus.storyOf,
      coverageOf,
    )
    next.index = index
    next.storyOf = plan.storyOf
    return plan
  }

  /**
   * Clusters all of `next` from scratch, in the core's corpus order (`storyOrder`: the stories `storiesOf` gives the
   * CLI and the site), and writes every story again. Leaves the clusterer and memberships on `next`.
   */
  #planRebuilt(next: Corpus, previous: ReadonlyMap<string, string>): StoryPlan {
    const engine = this.#stories
    if (!engine) return { putStories: [], dropStories: [], links: [], storyOf: new Map() }
    const index = engine.createIndex()
    for (const entry of inStoryOrder(next.entries)) index.add(entry.article)
    const plan = planStories(engine, index, (id) => next.get(id)?.article, previous)
    next.index = index
    next.storyOf = plan.storyOf
    return plan
  }

  /**
   * A clusterer holding `entries` in the stories `storyOf` gives them, so that a process that lost its cached index
   * carries on from the stored stories rather than from a new clustering. Articles without a stored story are
   * clustered; `clustered` numbers the stories they went to, which are not stored as they now are.
   */
  #restored(
    entries: readonly CorpusEntry[],
    storyOf: ReadonlyMap<string, string>,
  ): { index: StoryIndexShape; clustered: number[] } {
    const index = this.#stories!.createIndex()
    const clustered: number[] = []
    const first = new Map<string, string>()
    for (const { id, article } of entries) {
      const story = storyOf.get(id)
      if (story === undefined) {
        clustered.push(index.add(article).story)
        continue
      }
      index.add(article, { join: first.get(story) ?? null })
      if (!first.has(story)) first.set(story, id)
    }
    return { index, clustered }
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

  /** Computes a change on the freshest corpus and commits it; recomputes when another writer went first. */
  async #withRetries<T>(step: (corpus: Corpus) => T | Written<T> | Promise<T | Written<T>>): Promise<T> {
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt++) {
      const corpus = await this.#freshCorpus()
      let outcome: T | Written<T>
      try {
        outcome = await step(corpus)
      } catch (error) {
        // Planning may have fed the cached clusterer articles that are not stored: start again from the store.
        this.#corpus = undefined
        throw error
      }
      if (!isWritten(outcome)) return outcome
      try {
        await this.#repo.commit(outcome.changes)
        this.#corpus = outcome.next
        return outcome.result
      } catch (error) {
        this.#corpus = undefined
        if (!(error instanceof StaleVersionError)) throw error
        await sleep(Math.random() * 5 * attempt)
      }
    }
    throw new WriteContentionError(this.#maxAttempts)
  }

  async #freshCorpus(): Promise<Corpus> {
    const version = await this.#repo.version()
    if (this.#corpus?.version === version) return this.#corpus
    this.#corpus = Corpus.fromSnapshot(await this.#repo.snapshot())
    return this.#corpus
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work)
    this.#queue = run.catch(() => undefined)
    return run
  }
}

/** A change ready to commit, the corpus it leads to, and what to answer once it is committed. */
interface Written<T> {
  changes: Changeset
  next: Corpus
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

function splitIssue(issue: string): { path: string; message: string } {
  const colon = issue.indexOf(': ')
  if (colon <= 0) return { path: '', message: issue }
  const path = issue.slice(0, colon)
  return { path: path === 'input' ? '' : path, message: issue.slice(colon + 2) }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
