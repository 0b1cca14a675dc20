/**
 * LSH band buckets: for each band key, the articles that have it, newest first. Held as chains through typed arrays
 * rather than a Map of arrays: an index keeps a dozen keys per article it has ever seen, and millions of small
 * collected objects would make every full garbage collection slower as the stream grows.
 */
export class BandTable {
  /** Open addressing with linear probing; a slot is free when its head is -1. */
  #keys = new Uint32Array(1024)
  #heads = new Int32Array(1024).fill(-1)
  #used = 0
  /** Per entry: the article, and the previous entry of the same key (-1 for none). */
  #articles = new Int32Array(1024)
  #previous = new Int32Array(1024)
  #entries = 0

  /** Records that `article` has band key `key`. */
  add(key: number, article: number): void {
    if (2 * (this.#used + 1) > this.#keys.length) this.#rehash(this.#keys.length * 2)
    if (this.#entries === this.#articles.length) {
      this.#articles = larger(this.#articles)
      this.#previous = larger(this.#previous)
    }
    const slot = this.#slot(key)
    if (this.#heads[slot] === -1) {
      this.#keys[slot] = key
      this.#used++
    }
    this.#articles[this.#entries] = article
    this.#previous[this.#entries] = this.#heads[slot]!
    this.#heads[slot] = this.#entries++
  }

  /** The newest entry of `key`, or -1; walk on with `previous`. */
  latest(key: number): number {
    return this.#heads[this.#slot(key)]!
  }

  previous(entry: number): number {
    return this.#previous[entry]!
  }

  article(entry: number): number {
    return this.#articles[entry]!
  }

  /** The slot holding `key`, or the free slot where it would go. */
  #slot(key: number): number {
    const mask = this.#keys.length - 1
    let slot = key & mask
    while (this.#heads[slot] !== -1 && this.#keys[slot] !== key >>> 0) slot = (slot + 1) & mask
    return slot
  }

  #rehash(capacity: number): void {
    const keys = this.#keys
    const heads = this.#heads
    this.#keys = new Uint32Array(capacity)
    this.#heads = new Int32Array(capacity).fill(-1)
    for (let old = 0; old < keys.length; old++) {
      if (heads[old] === -1) continue
      const slot = this.#slot(keys[old]!)
      this.#keys[slot] = keys[old]!
      this.#heads[slot] = heads[old]!
    }
  }
}

function larger(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2)
  grown.set(array)
  return grown
}
