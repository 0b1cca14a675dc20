/**
 * The stories that took one term as a query term, in the order they did, each with the time of the article that
 * posted it (NaN when undated). Only the last `kept` entries are ever read; older ones are dropped in batches, so
 * memory stays bounded per term.
 *
 * A stream arrives mostly in time order, and then the entries' times never decrease: a scan from the newest entry may
 * stop at the first one older than it needs, since every entry below it is older still. `orderedAbove` says where
 * that holds: every dated entry above it is no earlier than all entries before it, and an undated entry (whose story
 * may be undated, and so near any article in time) forbids stopping until it is dropped.
 */
export class PostingList {
  readonly stories: number[] = []
  readonly times: number[] = []
  readonly #kept: number
  #latest = Number.NEGATIVE_INFINITY
  #barrier = -1
  #undated = 0

  constructor(kept: number) {
    this.#kept = kept
  }

  add(story: number, time: number): void {
    const at = this.stories.length
    this.stories.push(story)
    this.times.push(time)
    if (Number.isNaN(time)) this.#undated++
    else if (time < this.#latest) this.#barrier = at
    else this.#latest = time
    if (this.stories.length >= 2 * this.#kept) {
      const dropped = this.stories.length - this.#kept
      this.stories.splice(0, dropped)
      this.times.splice(0, dropped)
      this.#barrier -= dropped
      this.#undated = this.times.reduce((count, kept) => count + (Number.isNaN(kept) ? 1 : 0), 0)
    }
  }

  /** A scan may stop at an entry above this index whose time is too early: all below it are earlier still. */
  get orderedAbove(): number {
    return this.#undated > 0 ? Number.POSITIVE_INFINITY : this.#barrier
  }
}
