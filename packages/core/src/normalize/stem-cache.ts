import { stemNormalized } from './stem.ts'

/**
 * Stems of the words seen lately, in a table keyed by a hash of the word's code units: news repeats its vocabulary (a
 * few thousand words make most of any article), so most words are stemmed once and then found here, by a scanner that
 * hashes as it reads, without making a string of the word at all. Two-way set-associative: a hash picks a set of two
 * entries; a new word goes first and moves the first entry second, dropping the second (over the development pages,
 * 5.6% of the words missed a pass of a direct-mapped table of 65,536 slots, 1.9% one of 32,768 pairs). Memory stays
 * bounded at SETS × 2 words.
 *
 * An entry is four slots of one array: two keys, the word and its stem. A word of one to ten letters of the Arabic
 * block (U+0621 to U+065F, most words of an Arabic text) is its keys, six bits a letter, five letters a key (each at
 * most 2^30 - 1, a small integer for the engine): equal keys are the same word, so a word is found without reading
 * any string, in the one cache line of its set. Any other word has keys -1 and is compared with the word kept.
 */
const SETS = 1 << 15
const SLOTS_PER_SET = 8
const NOT_PACKED = -1
// Made on first use, so that importing the core (a Worker's start) does not pay for it; filled, not sized (an array
// made `new Array(n)` this large is a slow dictionary until every slot is set), by doubling one empty set, which takes
// a few milliseconds where a callback for each of its 262,144 slots took twice as long.
let entries: (string | number)[] = []

function table(): void {
  let slots: (string | number)[] = [NOT_PACKED, NOT_PACKED, '', '', NOT_PACKED, NOT_PACKED, '', '']
  while (slots.length < SETS * SLOTS_PER_SET) slots = slots.concat(slots)
  entries = slots
}

/** FNV-1a over UTF-16 code units: start from HASH_SEED, then `hashStep` each unit. */
export const HASH_SEED = 0x811c9dc5 | 0
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}

const ARABIC_BLOCK = 0x0620
const MOST_PACKED = 10
// The keys of the word looked up last, set by `pack`.
let keyA = NOT_PACKED
let keyB = NOT_PACKED

/** Sets `keyA` and `keyB` to the keys of the word `codes[0, length)`, or to NOT_PACKED for a word without them. */
function pack(codes: Uint16Array, length: number): void {
  keyA = NOT_PACKED
  keyB = NOT_PACKED
  if (length > MOST_PACKED) return
  let a = 0
  let b = 0
  for (let k = 0; k < length; k++) {
    const letter = packedLetter(codes[k]!)
    if (letter < 0) return
    if (k < 5) a = (a << 6) | letter
    else b = (b << 6) | letter
  }
  keyA = a
  keyB = b
}

/** A code unit's six bits in a key (1 to 63), or -1 for one outside the Arabic block's letters. */
function packedLetter(code: number): number {
  const letter = code - ARABIC_BLOCK
  return letter > 0 && letter < 64 ? letter : -1
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
  const at = (hash & (SETS - 1)) * SLOTS_PER_SET
  pack(codes, length)
  if (keyA !== NOT_PACKED) {
    if (entries[at] === keyA && entries[at + 1] === keyB) return entries[at + 3] as string
    if (entries[at + 4] === keyA && entries[at + 5] === keyB) return entries[at + 7] as string
  } else {
    if (sameCodes(entries[at + 2] as string, codes, length)) return entries[at + 3] as string
    if (sameCodes(entries[at + 6] as string, codes, length)) return entries[at + 7] as string
  }
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

/**
 * Stems `word`, whose keys `pack` has just set, puts it first in its set at `at` (the first entry moving second) and
 * returns its stem. A word with keys is found by them alone and is not kept.
 */
function remember(at: number, word: string): string {
  const stem = stemNormalized(word)
  for (let slot = 0; slot < 4; slot++) entries[at + 4 + slot] = entries[at + slot]!
  entries[at] = keyA
  entries[at + 1] = keyB
  entries[at + 2] = keyA === NOT_PACKED ? word : ''
  entries[at + 3] = stem
  return stem
}

/** `stemNormalized` through the same table, for a word already made a string. */
export function stemNormalizedCached(word: string): string {
  if (entries.length === 0) table()
  const length = word.length
  let hash = HASH_SEED
  let a = 0
  let b = 0
  let packed = length <= MOST_PACKED
  for (let k = 0; k < length; k++) {
    const code = word.charCodeAt(k)
    hash = hashStep(hash, code)
    if (!packed) continue
    const letter = packedLetter(code)
    if (letter < 0) packed = false
    else if (k < 5) a = (a << 6) | letter
    else b = (b << 6) | letter
  }
  keyA = packed ? a : NOT_PACKED
  keyB = packed ? b : NOT_PACKED
  const at = (hash & (SETS - 1)) * SLOTS_PER_SET
  if (packed) {
    if (entries[at] === a && entries[at + 1] === b) return entries[at + 3] as string
    if (entries[at + 4] === a && entries[at + 5] === b) return entries[at + 7] as string
  } else {
    if (entries[at + 2] === word) return entries[at + 3] as string
    if (entries[at + 6] === word) return entries[at + 7] as string
  }
  return remember(at, word)
}
