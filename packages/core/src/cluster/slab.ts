type Typed = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint32Array<ArrayBuffer>

/**
 * Slices of a few large typed arrays, for the small arrays an index keeps for the life of each article (its terms,
 * weights, fingerprint). Allocated one by one, each would have a backing store of its own that the collector tracks,
 * counts as external memory and sweeps, a cost per article that grows with the index; a view into a shared chunk
 * is one small heap object. Space is never reused: a removed article's slices stay, as its member record does.
 */
export class Slab<T extends Typed> {
  readonly #create: (length: number) => T
  readonly #chunkLength: number
  #chunk: T
  #used = 0

  constructor(create: (length: number) => T, chunkLength = 1 << 16) {
    this.#create = create
    this.#chunkLength = chunkLength
    this.#chunk = create(chunkLength)
  }

  /** A zero-filled array of `length` elements. */
  take(length: number): T {
    if (length > this.#chunkLength / 4) return this.#create(length)
    if (this.#used + length > this.#chunk.length) {
      this.#chunk = this.#create(this.#chunkLength)
      this.#used = 0
    }
    const view = this.#chunk.subarray(this.#used, this.#used + length) as T
    this.#used += length
    return view
  }
}

/** The slabs one index draws its articles' signals from. */
export interface SignalSlabs {
  ints: Slab<Int32Array<ArrayBuffer>>
  floats: Slab<Float64Array<ArrayBuffer>>
  bins: Slab<Uint32Array<ArrayBuffer>>
}

export function signalSlabs(): SignalSlabs {
  return {
    ints: new Slab((length) => new Int32Array(length)),
    floats: new Slab((length) => new Float64Array(length)),
    bins: new Slab((length) => new Uint32Array(length)),
  }
}
