import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { ArticleInputError } from '@marsad/core'
import { type IngestInput, type PreparedArticle, prepareArticle } from '../ingest/prepare.ts'
import type { CoverageMember } from '../ingest/story-engine.ts'

type Failure = { issues: string[] } | { message: string }
type Answer =
  | { id: number; prepared: PreparedArticle }
  | { id: number; coverage: string }
  | { id: number; failure: Failure }

/**
 * How long the threads outlive their last work. Each holds a V8 heap with the core loaded (about 85 MB once it has
 * parsed and compared), which a server that writes now and then (a feed poll every few minutes) would otherwise keep
 * between writes; starting them again costs the next write about 0.5 s of CPU, in the new thread.
 */
export const DEFAULT_IDLE_MS = 30_000

interface Waiting {
  resolve: (answer: PreparedArticle | string) => void
  reject: (e: Error) => void
}

/**
 * Parses articles, and compares stories' coverage, in worker threads, so that a large write's CPU time never holds
 * the event loop that answers reads: the main thread only receives each finished model or comparison. Work is dealt
 * to the threads in turn; idle threads do not keep the process alive, none starts before there is work, and they
 * end once no work came for `idleMs`. Should a thread fail, what it held is refused and the pool parses on the main
 * thread from then on.
 */
export class PreparePool {
  readonly #workers: Worker[] = []
  readonly #size: number
  readonly #waiting = new Map<number, Waiting>()
  readonly #dbPath: string | undefined
  readonly #idleMs: number
  #idle: NodeJS.Timeout | undefined
  #sent = 0
  #broken = false

  /** `dbPath`: the database the threads read stored articles from, for `compare`. */
  constructor(
    size = Math.max(1, Math.min(4, availableParallelism() - 1)),
    dbPath?: string,
    idleMs = DEFAULT_IDLE_MS,
  ) {
    this.#size = size
    this.#dbPath = dbPath
    this.#idleMs = idleMs
  }

  /** Threads running now: none before the first work, nor once they were idle for `idleMs`. */
  get running(): number {
    return this.#workers.length
  }

  /** The threads, started at the first work: a server that only reads never pays their memory (a V8 heap each). */
  get #threads(): Worker[] {
    if (this.#workers.length > 0) return this.#workers
    for (let i = 0; i < this.#size; i++) {
      const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), {
        workerData: { dbPath: this.#dbPath },
      })
      worker.on('message', (answer: Answer) => this.#answer(answer))
      worker.on('error', (error) => this.#failAll(error))
      worker.unref()
      this.#workers.push(worker)
    }
    return this.#workers
  }

  /** `prepareArticle` in a thread: the same answer, or the same `ArticleInputError`. */
  readonly prepare = (input: IngestInput, ingestedAt: string): Promise<PreparedArticle> => {
    if (this.#broken) return prepareArticle(input, ingestedAt)
    return this.#send({ input, ingestedAt }) as Promise<PreparedArticle>
  }

  /**
   * The core's `compareCoverage` of a story's members as JSON, in a thread: members given by id are read from the
   * database (committed, so stored), the others are given as their model's JSON.
   */
  readonly compare = (members: CoverageMember[]): Promise<string> => {
    if (this.#broken) return Promise.reject(new Error('the worker threads failed'))
    return this.#send({ members }) as Promise<string>
  }

  /**
   * Copies the database's WAL into its file (a passive checkpoint) in the first thread, or on this one once the
   * threads failed. Answers nothing: a checkpoint that fails now is made by a later one.
   */
  checkpoint(onThisThread: () => void): void {
    // Before any thread started (a delete, say) the WAL holds little: copied here.
    if (this.#broken || !this.#dbPath || this.#workers.length === 0) onThisThread()
    else this.#workers[0]!.postMessage('checkpoint')
  }

  async close(): Promise<void> {
    clearTimeout(this.#idle)
    await this.#end()
  }

  /** Ends the threads; the next work starts others. */
  async #end(): Promise<void> {
    const ending = this.#workers.splice(0)
    await Promise.all(ending.map((worker) => worker.terminate()))
  }

  #send(message: object): Promise<PreparedArticle | string> {
    const id = this.#sent++
    clearTimeout(this.#idle)
    return new Promise((resolve, reject) => {
      const threads = this.#threads
      if (this.#waiting.size === 0) for (const worker of threads) worker.ref()
      this.#waiting.set(id, { resolve, reject })
      threads[id % threads.length]!.postMessage({ id, ...message })
    })
  }

  #answer(answer: Answer): void {
    const waiting = this.#waiting.get(answer.id)
    if (!waiting) return
    this.#waiting.delete(answer.id)
    if (this.#waiting.size === 0) {
      for (const worker of this.#workers) worker.unref()
      this.#idle = setTimeout(() => void this.#end(), this.#idleMs).unref()
    }
    if ('prepared' in answer) waiting.resolve(answer.prepared)
    else if ('coverage' in answer) waiting.resolve(answer.coverage)
    else {
      const { failure } = answer
      waiting.reject('issues' in failure ? new ArticleInputError(failure.issues) : new Error(failure.message))
    }
  }

  #failAll(error: Error): void {
    this.#broken = true
    for (const { reject } of this.#waiting.values()) reject(error)
    this.#waiting.clear()
  }
}
