// Punctuation that decides where sentences and quotes begin and end.

/** An Arabic or a Latin comma anywhere in a string (a word's gap, a line): the clause or list goes on. */
export const COMMA = /[،,]/

/** . ! ? ؟ and the ellipsis: characters that can end a sentence. */
export function isSentenceTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x2026
}

const SENTENCE_TERMINATOR = /[.!?\u061f\u2026]/g

/**
 * Index of the first sentence terminator in `stretch` at or after `from`, or `stretch.length`. Terminators are few:
 * the regular expression's native search finds them faster than a loop over every code unit. `test`, not `exec`:
 * the match is one code unit, before `lastIndex`, and `exec` would make an array of it.
 */
export function nextSentenceTerminator(stretch: string, from: number): number {
  SENTENCE_TERMINATOR.lastIndex = from
  return SENTENCE_TERMINATOR.test(stretch) ? SENTENCE_TERMINATOR.lastIndex - 1 : stretch.length
}

/** Closing quote marks and brackets that stay with the sentence they close: `… الشامل».` and `… المحتوى".` */
export function isClosingMark(code: number): boolean {
  return (
    code === 0xbb || code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d
  )
}

/** Marks inside a span that show it is running text, not a heading: commas, quotes, brackets, colons. */
export function isRunningTextMark(code: number): boolean {
  return (
    code === 0x060c || // ،
    code === 0x2c ||
    code === 0x061b || // ؛
    code === 0x3b ||
    code === 0x3a ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x22 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x28 ||
    code === 0x29
  )
}

/** Unicode white space: what may surround blocks and sentences. Invisible formatting characters are content. */
export function isSpaceLike(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}
