import { isArabicMark, isDigit, isWordLetter, TATWEEL } from './arabic-letters.ts'
import { DROP, defaultNormalization, KEEP } from './normalize.ts'
import { HASH_SEED, hashStep, stemOfCodes } from './stem-cache.ts'
import { isNumberJoiner } from './tokenize.ts'

/** Receives each term of a text with the offsets of its source word. */
export type TermSink = (term: string, start: number, end: number) => void

const ALEF = 0x0627
const TANWIN_FATH = 0x064b
// The digit folding `normalize(…, { digits: true })` does, for number terms: Arabic-Indic digits and the Arabic
// decimal and thousands marks to ASCII.
const ARABIC_DECIMAL = 0x066b
const ARABIC_THOUSANDS = 0x066c

function asciiDigit(code: number): number {
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30
  if (code === ARABIC_DECIMAL) return 0x2e
  if (code === ARABIC_THOUSANDS) return 0x2c
  return code
}

/**
 * Code units the one-pass scanner leaves to the normalising analyzer: combining hamza and madda, which compose with
 * the letter before them, and presentation forms, which may stand for several letters. Rare in news text.
 */
const NEEDS_NORMALIZING_PASS: readonly (readonly [number, number])[] = [
  [0x0653, 0x0655],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
]
const escaped = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`
// Made on first use: a bundle of `parseArticle`, which never asks (`LetterWords` finds those code units as it reads),
// leaves it out.
let needsNormalizingPass: RegExp | undefined

/** No code unit of `text` needs the normalising pass: the one-pass readers (`scanTerms`, `LetterWords`) read it. */
export function scannable(text: string): boolean {
  needsNormalizingPass ??= new RegExp(
    `[${NEEDS_NORMALIZING_PASS.map(([from, to]) => `${escaped(from)}-${escaped(to)}`).join('')}]`,
  )
  // The presentation forms are the code units the default table marks EXPAND (see `normalize`).
  return !needsNormalizingPass.test(text)
}

/**
 * The words of `normalize(text)` as `tokenize` cuts them, one at a time, read in one pass over `text` that normalises
 * each code unit as it reads it: a word is a run of letters; dropped characters (marks, tatweel, invisible ones) are
 * read over, anything else ends it. Each word's normalised code units are left in `units`, with their hash. A code
 * unit that needs `normalize` (see `scannable`), or a word longer than `units`, stops the reading (`refused`).
 */
export class LetterWords {
  /** The word's normalised code units are `units[0, n)`, until the next call of `next`. */
  readonly units = wordUnits
  n = 0
  /** `hashStep` over the word's normalised code units from `HASH_SEED`. */
  hash = HASH_SEED
  /** Where the text holds the word as it is; -1 when normalising changed a letter or dropped a code unit inside it. */
  source = -1
  /** The reading stopped before the text's end. */
  refused = false
  private i = 0
  /** The code unit `read` met before it was learnt. */
  private unseen = 0
  private readonly textUnits: Uint16Array
  private readonly length: number

  /** `textUnits`: the text's code units (normalize/code-units.ts), read instead of the string's. */
  constructor(text: string, textUnits: Uint16Array) {
    this.textUnits = textUnits
    this.length = text.length
  }

  /** Moves to the next word; false at the text's end or when refused. */
  next(): boolean {
    for (;;) {
      const read = this.read()
      if (read !== UNSEEN_MET) return read === WORD
      learnLetter(this.unseen)
    }
  }

  /**
   * Reads to the next word (WORD) or the end (END); UNSEEN_MET when it met a code unit not yet learnt (`unseen`),
   * having left `i` where the reading starts again once it is. The loop calls nothing, so that the compiled loop
   * checks the typed arrays it reads once, not at every code unit.
   */
  private read(): number {
    const { textUnits, length } = this
    let n = 0
    let hash = HASH_SEED
    // The bits any letter's normalised code unit differs by from the text's: 0 when every letter is as written.
    let changed = 0
    let start = 0
    let last = 0
    let i = this.i
    // Past the text's end, a space ends its last word.
    for (; i <= length; i++) {
      const code = i < length ? textUnits[i]! : SPACE
      const letter = letters[code]!
      if (letter > 0) {
        if (n === 0) start = i
        else if (n === LONGEST_WORD) break
        wordUnits[n++] = letter
        // `hashStep` written out: an imported function is loaded and checked at each use in a compiled loop.
        hash = Math.imul(hash ^ letter, 0x01000193)
        changed |= letter ^ code
        last = i
      } else if (letter === 0) {
        if (n === 0) continue
        this.i = i
        this.n = n
        this.hash = hash
        // As written, with no dropped code unit between its letters: then the word is a slice of the text.
        this.source = changed === 0 && last - start + 1 === n ? start : -1
        return WORD
      } else if (letter === UNSEEN) {
        this.i = n === 0 ? i : start
        this.unseen = code
        return UNSEEN_MET
      } else if (letter === NEEDS_NORMALIZING) break
    }
    // Stopped before the end.
    this.refused = i <= length
    return END
  }
}

const END = 0
const WORD = 1
const UNSEEN_MET = 2

// The tables and the buffer `LetterWords` reads are constants of this module, so that the compiled reader reads them
// at fixed addresses: it reads every code unit of an article when a fused heading asks for the article's word counts.
const LONGEST_WORD = 1024
const SPACE = 0x20
const wordUnits = new Uint16Array(LONGEST_WORD)

// What `normalize` makes of each code unit, as `tokenize` then reads it: the letter it becomes (a code unit > 0), -1
// when it is dropped (marks, tatweel, invisible characters: a word reads on over them), 0 for anything else (digits,
// spaces, punctuation: a word ends there), NEEDS_NORMALIZING for a code unit that needs `normalize`; UNSEEN until
// the code unit is first read.
const UNSEEN = -3
const NEEDS_NORMALIZING = -2
const letters = new Int32Array(0x10000).fill(UNSEEN)

function learnLetter(code: number): void {
  const kind = kindOf(code)
  letters[code] =
    kind === LETTER ? normals[code]! : kind === DROPPED ? -1 : kind === NEEDS_PASS ? NEEDS_NORMALIZING : 0
}

/** The current word's normalised code units, kept from call to call up to this size; a longer text gets its own. */
const KEPT_BUFFER = 65_536
let shared = new Uint16Array(256)

function bufferFor(length: number): Uint16Array {
  if (length <= shared.length) return shared
  if (length > KEPT_BUFFER) return new Uint16Array(length)
  shared = new Uint16Array(KEPT_BUFFER)
  return shared
}

function wordString(buffer: Uint16Array, length: number): string {
  return length === 1
    ? String.fromCharCode(buffer[0]!)
    : String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[])
}

// What the scanner needs to know of a code unit, worked out on first sight (0) from the default normalisation table
// and the tokenizer's classes, with the code unit it normalises to.
const UNKNOWN = 0
const LETTER = 1
const DIGIT = 2
const JOINER = 3
const DROPPED = 4
const OTHER = 5
const NEEDS_PASS = 6
const kinds = new Uint8Array(0x10000)
const normals = new Uint16Array(0x10000)

function kindOf(code: number): number {
  const known = kinds[code]!
  return known !== UNKNOWN ? known : classify(code)
}

function classify(code: number): number {
  if (NEEDS_NORMALIZING_PASS.some(([from, to]) => code >= from && code <= to)) {
    kinds[code] = NEEDS_PASS
    return NEEDS_PASS
  }
  const action = defaultNormalization()[code]!
  const normal = action === KEEP ? code : action
  const kind =
    action === DROP
      ? DROPPED
      : isDigit(normal)
        ? DIGIT
        : isWordLetter(normal)
          ? LETTER
          : isNumberJoiner(normal)
            ? JOINER
            : OTHER
  normals[code] = kind === DIGIT || kind === JOINER ? asciiDigit(normal) : normal
  kinds[code] = kind
  return kind
}

/**
 * The analyzer in one pass over the source: each code unit is normalised through the default table as it is read,
 * words and numbers are cut as `tokenize` cuts the normalised text (a dropped character, such as a mark or a zero-width
 * joiner, is invisible to both), and each term goes to `sink` with its source offsets, with no normalised copy of the
 * text, no offset map and no token objects; a word already stemmed is found by the hash of its code units without
 * being made a string. Gives exactly what normalising, tokenising and stemming give (a property test holds the two
 * together). Returns false for a text holding a code unit it leaves to that longer path, having called `sink` for
 * the terms before that code unit (a caller that cannot take them back asks `scannable` first): the code units are
 * tested as they are read, with no pass of their own over the text.
 */
export function scanTerms(text: string, skip: ReadonlySet<string> | undefined, sink: TermSink): boolean {
  const buffer = bufferFor(text.length)
  const length = text.length
  let i = 0
  while (i < length) {
    const first = text.charCodeAt(i)
    const kind = kindOf(first)
    if (kind !== LETTER && kind !== DIGIT) {
      if (kind === NEEDS_PASS) return false
      i++
      continue
    }
    const start = i
    let n = 1
    let last = i
    let next = i + 1
    let term: string
    if (kind === LETTER) {
      const normal = normals[first]!
      buffer[0] = normal
      // Whether the normalised word differs from the source's code units: when not, it is a slice of the source.
      let changed = normal !== first
      // Hashes of the word's code units so far, and without its last one (for a word ending in a tanwin alef).
      let hash = hashStep(HASH_SEED, normal)
      let hashBefore = HASH_SEED
      while (next < length) {
        const code = text.charCodeAt(next)
        const k = kindOf(code)
        if (k === LETTER) {
          const folded = normals[code]!
          buffer[n++] = folded
          hashBefore = hash
          hash = hashStep(hash, folded)
          if (folded !== code || next !== last + 1) changed = true
          last = next
        } else if (k !== DROPPED) break
        next++
      }
      const end = wordEnd(text, last, next)
      const final = text.charCodeAt(end - 1)
      const before = text.charCodeAt(end - 2)
      const tanwinAlef =
        (final === TANWIN_FATH && before === ALEF) || (final === ALEF && before === TANWIN_FATH)
      i = next
      // A word's stem is empty only when the word is (a lone tanwin alef): asked of the word, not of the stem, whose
      // string the table need not touch.
      if (tanwinAlef && n === 1) continue
      term = tanwinAlef
        ? stemOfCodes(buffer, n - 1, hashBefore, text, changed ? -1 : start)
        : stemOfCodes(buffer, n, hash, text, changed ? -1 : start)
      if (skip?.has(term)) continue
      sink(term, start, end)
      continue
    }
    buffer[0] = normals[first]!
    // Whether the number's ASCII form differs from its source's code units, as for a word.
    let changed = buffer[0] !== first
    while (next < length) {
      const code = text.charCodeAt(next)
      const k = kindOf(code)
      if (k === DIGIT) {
        buffer[n++] = normals[code]!
        if (normals[code] !== code || next !== last + 1) changed = true
        last = next
      } else if (k === JOINER) {
        // A joiner belongs to the number only with a digit after it (dropped characters aside).
        let after = next + 1
        while (after < length && kindOf(text.charCodeAt(after)) === DROPPED) after++
        if (after >= length || kindOf(text.charCodeAt(after)) !== DIGIT) break
        const digit = text.charCodeAt(after)
        buffer[n++] = normals[code]!
        buffer[n++] = normals[digit]!
        if (normals[code] !== code || normals[digit] !== digit || next !== last + 1 || after !== next + 1)
          changed = true
        last = after
        next = after
      } else if (k !== DROPPED) break
      next++
    }
    term = changed ? wordString(buffer, n) : text.slice(start, start + n)
    const end = wordEnd(text, last, next)
    i = next
    if (skip?.has(term)) continue
    sink(term, start, end)
  }
  return true
}

/** The source word ends after its last kept character and the marks and tatweel riding on it, before `next`. */
function wordEnd(text: string, last: number, next: number): number {
  let end = last + 1
  while (end < next && (isArabicMark(text.charCodeAt(end)) || text.charCodeAt(end) === TATWEEL)) end++
  return end
}
