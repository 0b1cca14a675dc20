import type { Scan } from './scan.ts'
import { hashOf } from './word-flags.ts'
import type { Word } from './words.ts'

/**
 * The article's readings by their hashes (`Base.hash`), built once per scan: a pass that looks for a few words of the
 * article's own (a full name's short forms, the last words of its names, the contextual family names) finds where they
 * stand by one look-up each, instead of testing every reading of every word.
 */
export interface ReadingIndex {
  /** First reading of each bucket (`hash & mask`), -1 for none. */
  readonly head: Int32Array
  /**
   * Two slots a reading: the next reading of the same bucket, in text order (-1 at the end), then the reading's word
   * × 4 + its position in the word's `bases` (a word has three readings at most). One array rather than one a field:
   * each typed array costs a buffer to make and a check of its own at each store.
   */
  readonly links: Int32Array
  readonly mask: number
}

const indexes = new WeakMap<Scan, ReadingIndex>()

export function readingIndex(scan: Scan): ReadingIndex {
  let index = indexes.get(scan)
  if (index === undefined) {
    index = buildIndex(scan.words)
    indexes.set(scan, index)
  }
  return index
}

function buildIndex(words: readonly Word[]): ReadingIndex {
  let count = 0
  for (let i = 0; i < words.length; i++) count += words[i]!.bases.length
  let size = 64
  while (size < 2 * count) size *= 2
  const head = new Int32Array(size).fill(-1)
  const links = new Int32Array(2 * count)
  const mask = size - 1
  // From the last reading back, so that each bucket lists its readings in text order.
  let r = count
  for (let i = words.length - 1; i >= 0; i--) {
    const { bases } = words[i]!
    for (let q = bases.length - 1; q >= 0; q--) {
      r--
      const bucket = bases[q]!.hash & mask
      links[2 * r] = head[bucket]!
      links[2 * r + 1] = 4 * i + q
      head[bucket] = r
    }
  }
  return { head, links, mask }
}

/** Normalised words with their `hashOf`, as `wordsWithReadings` asks for them. */
export function withHashes(words: Iterable<string>): (readonly [string, number])[] {
  // A loop, not `Array.from` with a mapping function: that reads the set through an iterator and calls the closure
  // for each word.
  const hashed: (readonly [string, number])[] = []
  for (const word of words) hashed.push([word, hashOf(word)] as const)
  return hashed
}

/** The words with a reading of `readings` (normalised words with their `hashOf`), each once, in text order. */
export function wordsWithReadings(scan: Scan, readings: Iterable<readonly [string, number]>): number[] {
  const { head, links, mask } = readingIndex(scan)
  const { words } = scan
  const found: number[] = []
  for (const [base, hash] of readings) {
    for (let r = head[hash & mask]!; r >= 0; r = links[2 * r]!) {
      const link = links[2 * r + 1]!
      const b = words[link >> 2]!.bases[link & 3]!
      if (b.hash === hash && b.base === base) found.push(link >> 2)
    }
  }
  // Each reading's words come in text order, and one word holds one spelling once: the words of a single reading,
  // as most calls find, need no sort.
  if (inOrder(found)) return found
  found.sort(byNumber)
  let kept = 1
  for (let k = 1; k < found.length; k++) if (found[k] !== found[kept - 1]) found[kept++] = found[k]!
  found.length = kept
  return found
}

const byNumber = (a: number, b: number) => a - b

/** Ascending without repeats. */
function inOrder(numbers: readonly number[]): boolean {
  for (let k = 1; k < numbers.length; k++) if (numbers[k]! <= numbers[k - 1]!) return false
  return true
}

/** How many readings `base` (whose `hashOf` is `hash`) the words hold where `skip` is 0. */
export function countReadings(scan: Scan, base: string, hash: number, skip: Uint8Array): number {
  const { head, links, mask } = readingIndex(scan)
  const { words } = scan
  let count = 0
  for (let r = head[hash & mask]!; r >= 0; r = links[2 * r]!) {
    const link = links[2 * r + 1]!
    if (skip[link >> 2]) continue
    const b = words[link >> 2]!.bases[link & 3]!
    if (b.hash === hash && b.base === base) count++
  }
  return count
}
