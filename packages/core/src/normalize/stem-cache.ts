import { stemNormalized } from './stem.ts'

/**
 * Stems of the words seen lately, in a table keyed by a hash of the word's code units: news repeats its vocabulary (a
 * few thousand words make most of any article), so most words are stemmed once and then found here, by a scanner that
 * hashes as it reads, without making a string of the word at all. Two-way set-associative: a hash picks a set of two
 * entries, each a word and its stem side by side in one array (one cache line for the set); a new word goes first and
 * moves the first entry second, dropping the second. Two words that meet in one set no longer evict each other at
 * every turn, as they did in a direct-mapped table (over the development pages, 5.6% of the words missed a pass of a
 * table of 65,536 single slots, 1.9% one of 32,768 pairs). Memory stays bounded at SETS × 2 words.
 */
const SETS = 1 << 15
// Filled, not sized: an array made `new Array(n)` this large is a slow dictionary until every slot is set. Made on
// first use, so that importing the core (a Worker's start) does not pay for it. Set s holds word, stem, word, stem
// at 4s … 4s + 3.
let entries: string[] = []

function table(): void {
  entries = Array.from({ length: SETS * 4 }, () => '')
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
  if (entries.length === 0) table()
  const at = (hash & (SETS - 1)) << 2
  if (sameCodes(entries[at]!, codes, length)) return entries[at + 1]!
  if (sameCodes(entries[at + 2]!, codes, length)) return entries[at + 3]!
  const word =
    from >= 0
      ? text.slice(from, from + length)
      : String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[])
  return remember(at, word)
}

function sameCodes(known: string, codes: Uint16Array, length: number): boolean {
  if (known.length !== length || length === 0) return false
  for (let k = 0; k < length; k++) if (known.charCodeAt(k) !== codes[k]) return false
  return true
}

/** Stems `word`, puts it first in its set at `at` (the first entry moving second) and returns its stem. */
function remember(at: number, word: string): string {
  const stem = stemNormalized(word)
  entries[at + 2] = entries[at]!
  entries[at + 3] = entries[at + 1]!
  entries[at] = word
  entries[at + 1] = stem
  return stem
}

/** `stemNormalized` through the same table, for a word already made a string. */
export function stemNormalizedCached(word: string): string {
  let hash = HASH_SEED
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k))
  if (entries.length === 0) table()
  const at = (hash & (SETS - 1)) << 2
  if (entries[at] === word) return entries[at + 1]!
  if (entries[at + 2] === word) return entries[at + 3]!
  return remember(at, word)
}
