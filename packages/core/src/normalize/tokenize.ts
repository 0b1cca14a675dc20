import { isArabicMark, isDigit, isWordLetter, TATWEEL } from './arabic-letters.ts'

export type TokenKind = 'word' | 'number'

export interface Token {
  text: string
  start: number
  end: number
  kind: TokenKind
}

// What the cursor asks of a code unit, as bits of one table read once a code unit, filled on first sight (UNKNOWN
// until then): the imported `isDigit`, `isWordLetter` and `isArabicMark` and the tests below cost the compiled cursor
// a check of each import and a branch or a table of each test at every code unit of every text.
const UNKNOWN = 0
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

function learnClass(code: number): void {
  classes[code] =
    KNOWN |
    (isDigit(code) ? DIGIT : 0) |
    (isWordLetter(code) ? LETTER : 0) |
    (isArabicMark(code) || code === TATWEEL ? WORD_MARK : 0) |
    (code === 0x200c || code === 0x200d || code === 0x00ad || code === 0x2060 ? JOINING : 0) |
    (isNumberJoiner(code) ? NUMBER_JOINER : 0)
}

/** Characters that keep one number between two digits: . , ٫ ٬ : / (3.5, 1,000, ٣٫٥, ١٬٠٠٠, 10:30, 2024/01/05). */
export function isNumberJoiner(code: number): boolean {
  return (
    code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c || code === 0x3a || code === 0x2f
  )
}

/** The class bits of `text[i]`, learnt on first sight. */
function classAt(text: string, i: number): number {
  // `codeUnit` written out: an imported function is loaded and checked at each use in the cursor's compiled loops.
  const code = String.prototype.charCodeAt.call(text, i)
  if (classes[code] === UNKNOWN) learnClass(code)
  return classes[code]!
}

/**
 * Splits text into words and numbers with their offsets. Diacritics and tatweel stay inside their word (مُحَمَّد,
 * اتصالاً); anything else (spaces, punctuation, quote marks, symbols, bidi controls) separates tokens, so words glued by
 * punctuation (`قال،وأضاف`) come apart. With `limit`, the first `limit` tokens only.
 */
export function tokenize(text: string, limit = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = []
  const cursor = new TokenCursor(text)
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
  private readonly text: string
  private readonly length: number
  private i = 0

  constructor(text: string) {
    this.text = text
    this.length = text.length
  }

  next(): boolean {
    const { text, length } = this
    let i = this.i
    while (i < length) {
      const first = classAt(text, i)
      if (first & DIGIT) {
        const start = i
        i++
        while (i < length) {
          const next = classAt(text, i)
          if (next & DIGIT) i++
          else if ((next & NUMBER_JOINER) !== 0 && i + 1 < length && (classAt(text, i + 1) & DIGIT) !== 0)
            i += 2
          else break
        }
        return this.found(start, i, true, i)
      }
      if (first & LETTER) {
        const start = i
        let end = ++i
        while (i < length) {
          const next = classAt(text, i)
          if (next & (LETTER | WORD_MARK)) end = ++i
          else if (next & JOINING) i++
          else break
        }
        return this.found(start, end, false, end)
      }
      i++
    }
    this.i = i
    return false
  }

  private found(start: number, end: number, number: boolean, resume: number): boolean {
    this.start = start
    this.end = end
    this.number = number
    this.i = resume
    return true
  }
}
