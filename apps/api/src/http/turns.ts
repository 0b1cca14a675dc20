import { Problem } from './problem.ts'

/**
 * Expensive request work (a search) taken in turns: one at a time, each turn starting only after the event loop
 * has had a chance to answer what arrived meanwhile. Storage calls are synchronous on Node, so eight searches
 * started together would otherwise hold every cheap read behind all eight; in turns, a read waits for one at most.
 * At most `maxWaiting` wait; past that the request is refused with 503 and `Retry-After`, so the queue (and the
 * time a search can spend waiting in it) stays bounded.
 */
export class Turns {
  readonly #maxWaiting: number
  #waiting = 0
  #tail: Promise<unknown> = Promise.resolve()

  constructor(maxWaiting = 64) {
    this.#maxWaiting = maxWaiting
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#waiting >= this.#maxWaiting) {
      throw new Problem('busy', `${this.#waiting} searches are waiting already; retry in a second`, {
        headers: { 'Retry-After': '1' },
      })
    }
    this.#waiting++
    const turn = this.#tail.then(nextTick).then(() => {
      this.#waiting--
      return work()
    })
    this.#tail = turn.catch(() => undefined)
    return turn
  }
}

/** Resolves after the event loop has run its pending I/O callbacks (`setImmediate` on Node, a timer elsewhere). */
function nextTick(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)))
}
