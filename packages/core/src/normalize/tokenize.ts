import { isArabicMark, isDigit, isWordLetter, TATWEEL } from './arabic-letters.ts'
import { codeUnit } from './code-unit.ts'

export type TokenKind = 'word' | 'number'

export interface Token {
  text: string
  start: number
  end: number
  kind: TokenKind
}

/** Characters that may sit inside a number between digits: 3.5, 1,000, ٣٫٥, ١٬٠٠٠, 10:30, 2024/01/05. */
function isNumberJoiner(code: number): boolean {
  return (
    code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c || code === 0x3a || code === 0x2f
  )
}

/** Zero-width joiners and marks inside a word keep it whole; a word never ends on one (trailing ones are left out). */
function isJoiningInvisible(code: number): boolean {
  return code === 0x200c || code === 0x200d || code === 0x00ad || code === 0x2060
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
    tokens.push({ text: text.slice(start, end), start, end, kind: cursor.number ? 'number' : 'word' })
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
      const code = codeUnit(text, i)
      if (isDigit(code)) {
        const start = i
        i++
        while (i < length) {
          const next = codeUnit(text, i)
          if (isDigit(next)) i++
          else if (isNumberJoiner(next) && i + 1 < length && isDigit(codeUnit(text, i + 1))) i += 2
          else break
        }
        return this.found(start, i, true, i)
      }
      if (isWordLetter(code)) {
        const start = i
        let end = ++i
        while (i < length) {
          const next = codeUnit(text, i)
          if (isWordLetter(next) || isArabicMark(next) || next === TATWEEL) end = ++i
          else if (isJoiningInvisible(next)) i++
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
