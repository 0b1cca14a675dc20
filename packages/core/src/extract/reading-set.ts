import { HashFilter } from './hash-filter.ts'
import { hashOf } from './word-flags.ts'
import type { Base } from './words.ts'

/** Whether a list holds a reading: see `readingSet`. */
export type ReadingSet = (base: Base) => boolean

/**
 * A list of normalised words asked by a word's readings, which carry their hashes: a bitmap of the words' hashes
 * answers no for almost every reading before the set is probed. For the lists that passes over every word ask and
 * the word-flag table has no bit for. A word as written, particles and all, is its first reading.
 */
export function readingSet(words: ReadonlySet<string>): ReadingSet {
  const filter = new HashFilter(Array.from(words, hashOf), 12)
  return (base) => filter.mayHave(base.hash) && words.has(base.base)
}
