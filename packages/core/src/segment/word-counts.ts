import { LetterWords } from '../normalize/analyze-scan.ts'
import { ARTICLE_UNITS } from '../normalize/code-units.ts'
import { normalize } from '../normalize/normalize.ts'
import { HASH_SEED, hashStep } from '../normalize/stem-cache.ts'
import { tokenize } from '../normalize/tokenize.ts'

// Per distinct word in `entries`: where its code units start in `units`, how many there are, how often it occurs,
// and where the text holds it as it is (-1 when normalising changed it).
const AT = 0
const LENGTH = 1
const COUNT = 2
const SOURCE = 3
const FIELDS = 4

// A table sized for a text of this many code units or fewer never grows; past it, it starts at this size and grows.
const PRESIZED_CHARS = 1 << 16

/**
 * The words of `tokenize(normalize(text))` and how often each occurs, in the order they first occur. The words are
 * kept as code units in one buffer, found by their hashes: counting makes no string; a word becomes one only when
 * asked for (`word`), sliced from the text where the text holds it as it is.
 */
export class WordCounts {
  /** How many distinct words. */
  size = 0
  private units: Uint16Array
  private used = 0
  private entries: Int32Array
  // Open addressing over the words' hashes: `slots` holds a word's index + 1, 0 for an empty slot.
  private slots: Int32Array
  private hashes: Int32Array
  private readonly text: string

  constructor(text: string, tables?: CountTables) {
    this.text = text
    // Slots for one distinct word in eight code units (news text has about one in nine), twice as many as the table
    // holds before it grows.
    const presized = Math.min(text.length, PRESIZED_CHARS)
    let slots = 64
    while (slots * 4 < presized) slots *= 2
    if (tables !== undefined && presized <= LENT_CHARS) {
      // Only the slots are read before they are written: the other arrays are read where the slots point.
      tables.fit(slots, (slots / 2) * FIELDS, presized + 16)
      this.slots = tables.slots.subarray(0, slots).fill(0)
      this.hashes = tables.hashes.subarray(0, slots)
      this.entries = tables.entries.subarray(0, (slots / 2) * FIELDS)
      this.units = tables.units.subarray(0, presized + 16)
      return
    }
    this.slots = new Int32Array(slots)
    this.hashes = new Int32Array(slots)
    this.entries = new Int32Array((slots / 2) * FIELDS)
    this.units = new Uint16Array(presized + 16)
  }

  /** How often `word`, a normalised word, occurs. */
  get(word: string): number {
    // Loaded first: loading may grow the buffer.
    const hash = loaded(word)
    const found = this.slots[this.slotOf(buffer, word.length, hash)]!
    return found === 0 ? 0 : this.entries[(found - 1) * FIELDS + COUNT]!
  }

  /** The `index`th distinct word. */
  word(index: number): string {
    const entry = index * FIELDS
    const at = this.entries[entry + AT]!
    const length = this.entries[entry + LENGTH]!
    const source = this.entries[entry + SOURCE]!
    return source >= 0
      ? this.text.slice(source, source + length)
      : String.fromCharCode.apply(null, this.units.subarray(at, at + length) as unknown as number[])
  }

  /** How often the `index`th distinct word occurs. */
  countAt(index: number): number {
    return this.entries[index * FIELDS + COUNT]!
  }

  /** The first code unit of the `index`th distinct word. */
  firstCode(index: number): number {
    return this.units[this.entries[index * FIELDS + AT]!]!
  }

  /** Whether the `index`th distinct word holds `part` as a run of its letters, a ه of `part` matching ه or ة. */
  holds(index: number, part: string): boolean {
    const entry = index * FIELDS
    const at = this.entries[entry + AT]!
    const last = at + this.entries[entry + LENGTH]! - part.length
    for (let from = at; from <= last; from++) {
      let k = 0
      while (k < part.length) {
        const expected = part.charCodeAt(k)
        const code = this.units[from + k]
        if (code !== expected && !(expected === HEH && code === TEH_MARBUTA)) break
        k++
      }
      if (k === part.length) return true
    }
    return false
  }

  /** The distinct words, made strings. */
  get words(): string[] {
    return Array.from({ length: this.size }, (_, index) => this.word(index))
  }

  /** How often each distinct word occurs. */
  get counts(): number[] {
    return Array.from({ length: this.size }, (_, index) => this.countAt(index))
  }

  /** Counts the word whose code units are `codes[0, length)`; the text holds it as it is at `source` when ≥ 0. */
  addCodes(codes: Uint16Array, length: number, hash: number, source: number): void {
    const slot = this.slotOf(codes, length, hash)
    const found = this.slots[slot]!
    if (found !== 0) {
      this.entries[(found - 1) * FIELDS + COUNT]!++
      return
    }
    if (this.used + length > this.units.length) this.units = grown(this.units, this.used + length)
    for (let k = 0; k < length; k++) this.units[this.used + k] = codes[k]!
    this.insert(slot, hash, length, source)
  }

  /** Counts `word`, a word of a normalised text. */
  add(word: string): void {
    const hash = loaded(word)
    this.addCodes(buffer, word.length, hash, -1)
  }

  /** The slot of the word whose code units are `codes[0, length)`, or the empty slot it would take. */
  private slotOf(codes: Uint16Array, length: number, hash: number): number {
    const mask = this.slots.length - 1
    let slot = hash & mask
    for (; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] !== hash) continue
      const entry = (this.slots[slot]! - 1) * FIELDS
      if (this.entries[entry + LENGTH] !== length) continue
      const at = this.entries[entry + AT]!
      let k = 0
      while (k < length && this.units[at + k] === codes[k]) k++
      if (k === length) break
    }
    return slot
  }

  private insert(slot: number, hash: number, length: number, source: number): void {
    if ((this.size + 1) * FIELDS > this.entries.length) {
      const entries = new Int32Array(this.entries.length * 2)
      entries.set(this.entries)
      this.entries = entries
    }
    const entry = this.size * FIELDS
    this.entries[entry + AT] = this.used
    this.entries[entry + LENGTH] = length
    this.entries[entry + COUNT] = 1
    this.entries[entry + SOURCE] = source
    this.used += length
    this.size++
    this.slots[slot] = this.size
    this.hashes[slot] = hash
    if (this.size * 2 > this.slots.length) this.grow()
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const hashes = new Int32Array(slots.length)
    const mask = slots.length - 1
    for (let old = 0; old < this.slots.length; old++) {
      if (this.slots[old] === 0) continue
      let slot = this.hashes[old]! & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = this.slots[old]!
      hashes[slot] = this.hashes[old]!
    }
    this.slots = slots
    this.hashes = hashes
  }
}

const HEH = 0x0647 // ه
const TEH_MARBUTA = 0x0629 // ة

/**
 * Arrays a pass lends to the counts it makes, one after another, instead of new ones for each text (a typed array
 * has its own buffer outside the heap, dearer to make than to clear). Counts made with them are good until the next
 * counts are made with them.
 */
export class CountTables {
  slots = new Int32Array(0)
  hashes = new Int32Array(0)
  entries = new Int32Array(0)
  units = new Uint16Array(0)

  fit(slots: number, entries: number, units: number): void {
    if (this.slots.length < slots) {
      this.slots = new Int32Array(slots)
      this.hashes = new Int32Array(slots)
    }
    if (this.entries.length < entries) this.entries = new Int32Array(entries)
    if (this.units.length < units) this.units = new Uint16Array(units)
  }
}

// Past this many code units the counts make their own arrays: lent arrays are kept between texts.
const LENT_CHARS = 1 << 14

const KEPT_BUFFER = 4096
let buffer: Uint16Array = new Uint16Array(64)

/** Copies `word` into `buffer` and gives its hash. */
function loaded(word: string): number {
  if (word.length > buffer.length) buffer = grown(buffer, word.length)
  let hash = HASH_SEED
  for (let k = 0; k < word.length; k++) {
    buffer[k] = word.charCodeAt(k)
    hash = hashStep(hash, buffer[k]!)
  }
  return hash
}

/**
 * Counts the words of `normalize(text)` as `tokenize` cuts them, in one pass over `text` that normalises each code
 * unit as it reads it: no normalised copy of the text, no tokens, no strings. A word is a run of letters; dropped
 * characters (marks, tatweel, invisible ones) are read over, anything else ends it. Text the one-pass readers leave
 * to `normalize` (found as the pass reads it) is normalised and tokenised.
 */
export function countWords(text: string, tables?: CountTables): WordCounts {
  const counts = new WordCounts(text, tables)
  if (countScanned(text, counts)) return released(counts)
  const normal = normalize(text)
  const normalCounts = new WordCounts(normal, tables)
  for (const token of tokenize(normal)) if (token.kind === 'word') normalCounts.add(token.text)
  return released(normalCounts)
}

/** Counts the words of `text` into `counts`; false, having counted some, when `LetterWords` refuses the text. */
function countScanned(text: string, counts: WordCounts): boolean {
  const words = new LetterWords(text, ARTICLE_UNITS.copy(text))
  while (words.next()) counts.addCodes(words.units, words.n, words.hash, words.source)
  return !words.refused
}

// A text of one huge word does not keep its buffer.
function released(counts: WordCounts): WordCounts {
  if (buffer.length > KEPT_BUFFER) buffer = new Uint16Array(64)
  return counts
}

function grown(codes: Uint16Array, needed: number): Uint16Array {
  let length = codes.length * 2
  while (length < needed) length *= 2
  const bigger = new Uint16Array(length)
  bigger.set(codes)
  return bigger
}
