// Near-duplicate fingerprints: one-permutation MinHash (Li, Owen and Zhang 2012) over word 3-shingles. One hash per
// shingle fills 64 bins, so a fingerprint costs O(words) instead of O(words × hashes) for classic MinHash.

export const BINS = 64
const EMPTY = 0xffffffff
const SHINGLE = 3

export interface Fingerprint {
  /** Per bin, the smallest shingle value that fell into it, or EMPTY. */
  bins: Uint32Array
  /** Number of shingles hashed: the set size used to estimate containment. */
  size: number
}

/** 32-bit finaliser of MurmurHash3: spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Fingerprint of a sequence of word hashes (one per word, in text order), its bins written into `bins` if given. */
export function fingerprint(words: ArrayLike<number>, bins = new Uint32Array(BINS)): Fingerprint {
  bins.fill(EMPTY)
  let size = 0
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = mix32(
      Math.imul(words[i]!, 0x9e3779b1) ^ Math.imul(words[i + 1]! ^ 0x7f4a7c15, 0x85ebca77) ^ words[i + 2]!,
    )
    const bin = h >>> 26
    const value = h & 0x03ffffff
    if (value < bins[bin]!) bins[bin] = value
    size++
  }
  return { bins, size }
}

/** Estimated Jaccard resemblance of the two shingle sets (bins empty in both are left out). */
export function resemblance(a: Fingerprint, b: Fingerprint): number {
  let same = 0
  let used = 0
  for (let i = 0; i < BINS; i++) {
    const x = a.bins[i]!
    const y = b.bins[i]!
    if (x === EMPTY && y === EMPTY) continue
    used++
    if (x === y) same++
  }
  return used === 0 ? 0 : same / used
}

/** Estimated share of the smaller shingle set that the larger one contains: catches a truncated copy. */
export function containment(a: Fingerprint, b: Fingerprint, jaccard = resemblance(a, b)): number {
  const smaller = Math.min(a.size, b.size)
  if (smaller === 0) return 0
  return Math.min(1, (jaccard * (a.size + b.size)) / ((1 + jaccard) * smaller))
}

/** Minimum shingles for a containment verdict: a two-line brief inside a long report is no wire copy. */
const MIN_CONTAINED = 24

/**
 * Wire-copy test: most shingles shared (resemblance ≥ 0.5), or a copy of at least MIN_CONTAINED shingles that
 * lies almost whole inside the other (containment ≥ 0.8). Rewrites by different outlets share a few phrases, far
 * below either bound.
 */
export function isNearDuplicate(a: Fingerprint, b: Fingerprint): boolean {
  const jaccard = resemblance(a, b)
  if (jaccard >= 0.5) return true
  return Math.min(a.size, b.size) >= MIN_CONTAINED && containment(a, b, jaccard) >= 0.8
}

export const BANDS = 16
const ROWS = BINS / BANDS

/** LSH band keys of a fingerprint: two fingerprints that share a key are near-duplicate candidates. */
export function bandKeys(print: Fingerprint): number[] {
  const keys: number[] = []
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1
    let empty = 0
    for (let row = 0; row < ROWS; row++) {
      const value = print.bins[band * ROWS + row]!
      if (value === EMPTY) empty++
      h = mix32(Math.imul(h, 0x01000193) ^ value)
    }
    if (empty < ROWS) keys.push(h)
  }
  return keys
}
