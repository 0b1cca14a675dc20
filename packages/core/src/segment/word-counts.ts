import { normalLetter, scannable } from '../normalize/analyze-scan.ts'
import { normalize } from '../normalize/normalize.ts'
import { HASH_SEED, hashStep } from '../normalize/stem-cache.ts'
import { tokenize } from '../normalize/tokenize.ts'

/** The words of `tokenize(normalize(text))` and how often each occurs, in the order they first occur. */
export class WordCounts {
  readonly words: string[] = []
  readonly counts: number[] = []
  // Open addressing over the words' hashes: `slots` holds a word's index + 1, 0 for an empty slot.
  private slots = new Int32Array(256)
  private hashes = new Int32Array(256)

  get(word: string): number {
    const index = this.find(word, hashOfWord(word))
    return index < 0 ? 0 : this.counts[index]!
  }

  /** Counts the word whose code units are `codes[0, length)`; `text.slice(from, from + length)` when `from` ≥ 0. */
  addCodes(codes: Uint16Array, length: number, hash: number, text: string, from: number): void {
    const mask = this.slots.length - 1
    let slot = hash & mask
    for (; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] !== hash) continue
      const index = this.slots[slot]! - 1
      if (sameCodes(this.words[index]!, codes, length)) {
        this.counts[index]!++
        return
      }
    }
    const word =
      from >= 0
        ? text.slice(from, from + length)
        : String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[])
    this.insert(slot, hash, word)
  }

  add(word: string): void {
    const hash = hashOfWord(word)
    const index = this.find(word, hash)
    if (index >= 0) this.counts[index]!++
    else {
      const mask = this.slots.length - 1
      let slot = hash & mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask
      this.insert(slot, hash, word)
    }
  }

  private find(word: string, hash: number): number {
    const mask = this.slots.length - 1
    for (let slot = hash & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === hash && this.words[this.slots[slot]! - 1] === word)
        return this.slots[slot]! - 1
    }
    return -1
  }

  private insert(slot: number, hash: number, word: string): void {
    this.words.push(word)
    this.counts.push(1)
    this.slots[slot] = this.words.length
    this.hashes[slot] = hash
    if (this.words.length * 2 > this.slots.length) this.grow()
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

function hashOfWord(word: string): number {
  let hash = HASH_SEED
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k))
  return hash
}

function sameCodes(word: string, codes: Uint16Array, length: number): boolean {
  if (word.length !== length) return false
  for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== codes[k]) return false
  return true
}

const KEPT_BUFFER = 4096
let buffer: Uint16Array = new Uint16Array(64)

/**
 * Counts the words of `normalize(text)` as `tokenize` cuts them, in one pass over `text` that normalises each code
 * unit as it reads it and makes a string of each distinct word once: no normalised copy of the text, no tokens.
 * A word is a run of letters; dropped characters (marks, tatweel, invisible ones) are read over, anything else
 * ends it. Text the one-pass readers leave to `normalize` is normalised and tokenised.
 */
export function countWords(text: string): WordCounts {
  const counts = new WordCounts()
  if (!scannable(text)) {
    for (const token of tokenize(normalize(text))) if (token.kind === 'word') counts.add(token.text)
    return counts
  }
  let n = 0
  let hash = HASH_SEED
  let start = 0
  let last = 0
  // The word is its source's code units as they are: then it is a slice of the text.
  let asWritten = true
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20
    const letter = normalLetter(code)
    if (letter > 0) {
      if (n === 0) {
        start = i
        asWritten = true
      } else if (i !== last + 1) asWritten = false
      if (letter !== code) asWritten = false
      if (n === buffer.length) buffer = grown(buffer)
      buffer[n++] = letter
      hash = hashStep(hash, letter)
      last = i
    } else if (letter === 0 && n > 0) {
      counts.addCodes(buffer, n, hash, text, asWritten ? start : -1)
      n = 0
      hash = HASH_SEED
    }
  }
  // A text of one huge word does not keep its buffer.
  if (buffer.length > KEPT_BUFFER) buffer = new Uint16Array(64)
  return counts
}

function grown(codes: Uint16Array): Uint16Array {
  const bigger = new Uint16Array(codes.length * 2)
  bigger.set(codes)
  return bigger
}
