import { isArabicMark, isDigit, isWordLetter, TATWEEL } from './arabic-letters.ts'

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
  const length = text.length
  let i = 0
  while (i < length && tokens.length < limit) {
    const code = text.charCodeAt(i)
    if (isDigit(code)) {
      const start = i
      i++
      while (i < length) {
        const next = text.charCodeAt(i)
        if (isDigit(next)) i++
        else if (isNumberJoiner(next) && i + 1 < length && isDigit(text.charCodeAt(i + 1))) i += 2
        else break
      }
      tokens.push({ text: text.slice(start, i), start, end: i, kind: 'number' })
      continue
    }
    if (isWordLetter(code)) {
      const start = i
      let end = ++i
      while (i < length) {
        const next = text.charCodeAt(i)
        if (isWordLetter(next) || isArabicMark(next) || next === TATWEEL) end = ++i
        else if (isJoiningInvisible(next)) i++
        else break
      }
      tokens.push({ text: text.slice(start, end), start, end, kind: 'word' })
      i = end
      continue
    }
    i++
  }
  return tokens
}
