import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { ArticleInputError } from '@marsad/core'
import { type IngestInput, type PreparedArticle, prepareArticle } from '../ingest/prepare.ts'

type Failure = { issues: string[] } | { message: string }
type Answer = { id: number; prepared: PreparedArticle } | { id: number; failure: Failure }

/**
 * Parses articles in worker threads, so that a large write's parsing (the bulk of its CPU time) never holds the
 * event loop that answers reads: the main thread only receives each finished model. Articles are dealt to the
 * threads in turn; idle threads do not keep the process alive. Should a thread fail, what it held is refused and
 * the pool parses on the main thread from then on.
 */
export class PreparePool {
  readonly #workers: Worker[]
  readonly #waiting = new Map<number, { resolve: (p: PreparedArticle) => void; reject: (e: Error) => void }>()
  #sent = 0
  #broken = false

  constructor(size = Math.max(1, Math.min(4, availableParallelism() - 1))) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url))
      worker.on('message', (answer: Answer) => this.#answer(answer))
      worker.on('error', (error) => this.#failAll(error))
      worker.unref()
      return worker
    })
  }

  /** `prepareArticle` in a thread: the same answer, or the same `ArticleInputError`. */
  readonly prepare = (input: IngestInput, ingestedAt: string): Promise<PreparedArticle> => {
    if (this.#broken) return prepareArticle(input, ingestedAt)
    const id = this.#sent++
    return new Promise((resolve, reject) => {
      if (this.#waiting.size === 0) for (const worker of this.#workers) worker.ref()
      this.#waiting.set(id, { resolve, reject })
      this.#workers[id % this.#workers.length]!.postMessage({ id, input, ingestedAt })
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()))
  }

  #answer(answer: Answer): void {
    const waiting = this.#waiting.get(answer.id)
    if (!waiting) return
    this.#waiting.delete(answer.id)
    if (this.#waiting.size === 0) for (const worker of this.#workers) worker.unref()
    if ('prepared' in answer) {
      waiting.resolve(answer.prepared)
      return
    }
    const { failure } = answer
    waiting.reject('issues' in failure ? new ArticleInputError(failure.issues) : new Error(failure.message))
  }

  #failAll(error: Error): void {
    this.#broken = true
    for (const { reject } of this.#waiting.values()) reject(error)
    this.#waiting.clear()
  }
}
