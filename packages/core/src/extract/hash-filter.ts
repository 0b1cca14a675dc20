/**
 * A set of 32-bit hashes (`hashOf`) as a bitmap of their low bits: it may say yes for a hash it does not hold, never
 * no for one it holds. The cheap first test before an exact look-up, for passes that ask it of every reading of every
 * word: a `Set` of hashes boxes most of them (32-bit hashes are past V8's small integers) and hashes them again.
 */
export class HashFilter {
  private readonly bits: Uint32Array
  private readonly mask: number

  /**
   * `2 ** sizeBits` bits: keep it well above the number of hashes held (16 gives 8 KB). `scratch`, when given, holds
   * the bits instead of a new array (it is cleared first): a pass that builds a filter for every article keeps one,
   * since making a typed array costs more than the filter saves on a short article. The filter is then good until the
   * pass builds its next one.
   */
  constructor(hashes: Iterable<number>, sizeBits = 16, scratch?: Uint32Array) {
    const length = 1 << (sizeBits - 5)
    if (scratch !== undefined && scratch.length !== length)
      throw new RangeError(`HashFilter: a scratch of ${length} words is needed for ${sizeBits} bits`)
    this.bits = scratch?.fill(0) ?? new Uint32Array(length)
    this.mask = (1 << sizeBits) - 1
    for (const hash of hashes) {
      const bit = hash & this.mask
      this.bits[bit >>> 5]! |= 1 << (bit & 31)
    }
  }

  mayHave(hash: number): boolean {
    const bit = hash & this.mask
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0
  }
}
