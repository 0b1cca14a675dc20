/**
 * One request at a time per host, and a pause between the end of one and the start of the next: what a polite
 * crawler owes a site. Requests to other hosts go on meanwhile.
 */
export class HostGate {
  readonly #tails = new Map<string, Promise<unknown>>()
  readonly #lastEnd = new Map<string, number>()
  readonly #now: () => number
  readonly #sleep: (ms: number) => Promise<void>

  constructor(options: { now?: () => number; sleep?: (ms: number) => Promise<void> } = {}) {
    this.#now = options.now ?? Date.now
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
  }

  /** Runs `work` once every earlier request to `host` has ended and `delayMs` have passed since the last one. */
  run<T>(host: string, delayMs: number, work: () => Promise<T>): Promise<T> {
    const turn = (this.#tails.get(host) ?? Promise.resolve()).then(async () => {
      const last = this.#lastEnd.get(host)
      const wait = last === undefined ? 0 : last + delayMs - this.#now()
      if (wait > 0) await this.#sleep(wait)
      try {
        return await work()
      } finally {
        this.#lastEnd.set(host, this.#now())
      }
    })
    const tail = turn.catch(() => undefined)
    this.#tails.set(host, tail)
    // The map forgets a host once its queue is empty, so it holds only hosts with requests under way.
    void tail.then(() => {
      if (this.#tails.get(host) === tail) this.#tails.delete(host)
    })
    return turn
  }
}
