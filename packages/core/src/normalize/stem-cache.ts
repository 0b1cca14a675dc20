import { stemNormalized } from './stem.ts'

/**
 * Stems of the words seen lately, in a direct-mapped table keyed by a hash of the word's code units: news repeats its
 * vocabulary (a few thousand words make most of any article), so most words are stemmed once and then found here,
 * by a scanner that hashes as it reads, without making a string of the word at all. A word that meets another's slot
 * replaces it; memory stays bounded at SLOTS words.
 */
const SLOTS = 1 << 16
// Filled, not sized: an array made `new Array(SLOTS)` this large is a slow dictionary until every slot is set. Made
// on first use, so that importing the core (a Worker's start) does not pay for it.
let words: string[] = []
let stems: string[] = []

function table(): void {
  words = Array.from({ length: SLOTS }, () => '')
  stems = Array.from({ length: SLOTS }, () => '')
}

/** FNV-1a over UTF-16 code units: start from HASH_SEED, then `hashStep` each unit. */
export const HASH_SEED = 0x811c9dc5 | 0
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}

/**
 * `stemNormalized` of the word whose normalised code units are `codes[0, length)` and whose hash is `hash`. The word
 * is made a string only when it is not in the table: sliced from `text` at `from` when the source holds it as it is
 * (`from` ≥ 0), else from `codes`.
 */
export function stemOfCodes(
  codes: Uint16Array,
  length: number,
  hash: number,
  text: string,
  from: number,
): string {
  if (words.length === 0) table()
  const slot = hash & (SLOTS - 1)
  const known = words[slot]!
  if (known.length === length && length > 0) {
    let same = true
    for (let k = 0; k < length; k++) {
      if (known.charCodeAt(k) !== codes[k]) {
        same = false
        break
      }
    }
    if (same) return stems[slot]!
  }
  const word =
    from >= 0
      ? text.slice(from, from + length)
      : String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[])
  const stem = stemNormalized(word)
  words[slot] = word
  stems[slot] = stem
  return stem
}

/** `stemNormalized` through the same table, for a word already made a string. */
export function stemNormalizedCached(word: string): string {
  let hash = HASH_SEED
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k))
  if (words.length === 0) table()
  const slot = hash & (SLOTS - 1)
  if (words[slot] === word) return stems[slot]!
  const stem = stemNormalized(word)
  words[slot] = word
  stems[slot] = stem
  return stem
}
