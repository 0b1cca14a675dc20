import { isArabicMark, isDigit, isWordLetter, TATWEEL } from './arabic-letters.ts'
import { CodeUnits } from './code-units.ts'

export type TokenKind = 'word' | 'number'

export interface Token {
  text: string
  start: number
  end: number
  kind: TokenKind
}

// What the cursor asks of a code unit, as bits of one table read once a code unit, filled on first sight (0 until
// then): the imported `isDigit`, `isWordLetter` and `isArabicMark` and the tests below cost the compiled cursor
// a check of each import and a branch or a table of each test at every code unit of every text.
const KNOWN = 1
const DIGIT = 2
const LETTER = 4
/** A diacritic or tatweel: inside a word, and part of it. */
const WORD_MARK = 8
/** Zero-width joiners and marks inside a word keep it whole; a word never ends on one (trailing ones are left out). */
const JOINING = 16
/** `isNumberJoiner`: may sit inside a number between two digits. */
const NUMBER_JOINER = 32
const classes = new Uint8Array(0x10000)

/** Learns the class bits of a code unit and returns them (never 0: `KNOWN` is one of them). */
function learnClass(code: number): number {
  classes[code] =
    KNOWN |
    (isDigit(code) ? DIGIT : 0) |
    (isWordLetter(code) ? LETTER : 0) |
    (isArabicMark(code) || code === TATWEEL ? WORD_MARK : 0) |
    (code === 0x200c || code === 0x200d || code === 0x00ad || code === 0x2060 ? JOINING : 0) |
    (isNumberJoiner(code) ? NUMBER_JOINER : 0)
  return classes[code]!
}

/** Characters that keep one number between two digits: . , ٫ ٬ : / (3.5, 1,000, ٣٫٥, ١٬٠٠٠, 10:30, 2024/01/05). */
export function isNumberJoiner(code: number): boolean {
  return (
    code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c || code === 0x3a || code === 0x2f
  )
}

const END = 0
const TOKEN = 1
const UNSEEN_MET = 2

// FNV-1a over code units, never 0, as `hashOf` (extract/word-flags.ts) hashes a word: written out here, where the
// cursor's loop steps it inline.
const HASH_OFFSET = 0x811c9dc5 | 0
const HASH_PRIME = 0x01000193

/** `hashOf` of a span of a text's code units copied (code-units.ts), without making the span a string. */
export function unitsHash(units: Uint16Array, start: number, end: number): number {
  let hash = HASH_OFFSET
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ units[k]!, HASH_PRIME)
  return hash || 1
}

// The code units of `tokenize`'s text: its loop calls nothing that tokenizes, so one copy serves every call.
const TOKENIZED = new CodeUnits()

/**
 * Splits text into words and numbers with their offsets. Diacritics and tatweel stay inside their word (مُحَمَّد,
 * اتصالاً); anything else (spaces, punctuation, quote marks, symbols, bidi controls) separates tokens, so words glued by
 * punctuation (`قال،وأضاف`) come apart. With `limit`, the first `limit` tokens only.
 */
export function tokenize(text: string, limit = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = []
  const cursor = new TokenCursor(text, TOKENIZED.copy(text))
  while (tokens.length < limit && cursor.next()) {
    const { start, end } = cursor
    // An indexed store, which the compiler grows the array for inline, where `push` was a call of its builtin.
    tokens[tokens.length] = {
      text: text.slice(start, end),
      start,
      end,
      kind: cursor.number ? 'number' : 'word',
    }
  }
  return tokens
}

/**
 * `tokenize`'s tokens one at a time, without an object or a string for each: `next()` moves to the next token and
 * says whether there is one; `start`, `end` and `number` describe it. For passes that make objects of their own.
 */
export class TokenCursor {
  start = 0
  end = 0
  /** The token is a number (else a word). */
  number = false
  /**
   * `hashOf` of the token, taken as the cursor reads its code units: the words' pass finds a spelling read before
   * by it (extract/spellings.ts) without reading the token's code units again.
   */
  hash = 1
  private readonly units: Uint16Array
  private readonly length: number
  private i = 0
  /** The code unit `read` met before its class was learnt. */
  private unseen = 0

  /**
   * `units`: the text's code units (`CodeUnits.copy`), read instead of the string's; kept by the caller, which knows
   * when nothing else copies into them while the cursor reads.
   */
  constructor(text: string, units: Uint16Array) {
    this.units = units
    this.length = text.length
  }

  next(): boolean {
    for (;;) {
      const read = this.read()
      if (read !== UNSEEN_MET) return read === TOKEN
      learnClass(this.unseen)
    }
  }

  /**
   * Reads to the next token (TOKEN) or the text's end (END); UNSEEN_MET when it met a code unit whose class is not
   * learnt yet (`unseen`), having left `i` where the reading starts again once it is. The loops call nothing: a call
   * in a compiled loop (of `learnClass`, or of a module's function) made it check the typed arrays it reads, and load
   * them again, at every code unit.
   */
  private read(): number {
    const { units, length } = this
    const table = classes
    let i = this.i
    while (i < length) {
      const code = units[i]!
      const first = table[code]!
      if (first === 0) return this.meet(i, code)
      if (first & DIGIT) {
        const start = i
        let hash = Math.imul(HASH_OFFSET ^ code, HASH_PRIME)
        i++
        while (i < length) {
          const nextCode = units[i]!
          const next = table[nextCode]!
          if (next === 0) return this.meet(start, nextCode)
          if (next & DIGIT) {
            hash = Math.imul(hash ^ nextCode, HASH_PRIME)
            i++
          } else if ((next & NUMBER_JOINER) !== 0 && i + 1 < length) {
            const digit = units[i + 1]!
            const after = table[digit]!
            if (after === 0) return this.meet(start, digit)
            if ((after & DIGIT) === 0) break
            hash = Math.imul(Math.imul(hash ^ nextCode, HASH_PRIME) ^ digit, HASH_PRIME)
            i += 2
          } else break
        }
        return this.found(start, i, true, i, hash)
      }
      if (first & LETTER) {
        const start = i
        let hash = Math.imul(HASH_OFFSET ^ code, HASH_PRIME)
        // The hash up to `end`: joining marks after the last letter or mark are read but are no part of the token.
        let endHash = hash
        let end = ++i
        while (i < length) {
          const nextCode = units[i]!
          const next = table[nextCode]!
          if (next === 0) return this.meet(start, nextCode)
          if (next & (LETTER | WORD_MARK)) {
            hash = Math.imul(hash ^ nextCode, HASH_PRIME)
            endHash = hash
            end = ++i
          } else if (next & JOINING) {
            hash = Math.imul(hash ^ nextCode, HASH_PRIME)
            i++
          } else break
        }
        return this.found(start, end, false, end, endHash)
      }
      i++
    }
    this.i = i
    return END
  }

  /** The reading met `code` before its class was learnt: it starts again at `resume` once it is. */
  private meet(resume: number, code: number): number {
    this.i = resume
    this.unseen = code
    return UNSEEN_MET
  }

  private found(start: number, end: number, number: boolean, resume: number, hash: number): number {
    this.start = start
    this.end = end
    this.number = number
    this.hash = hash || 1
    this.i = resume
    return TOKEN
  }
}
