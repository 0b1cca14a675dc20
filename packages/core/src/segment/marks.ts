// Punctuation that decides where sentences and quotes begin and end.

/** An Arabic or a Latin comma anywhere in a string (a word's gap, a line): the clause or list goes on. */
export const COMMA = /[،,]/

/** A comma, semicolon, colon or sentence end anywhere in a string (the gap between two words): the clause stops. */
export const CLAUSE_STOP = /[،,;؛:.!?؟]/

/** . ! ? ؟ and the ellipsis: characters that can end a sentence. */
export function isSentenceTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x2026
}

const SENTENCE_TERMINATOR = /[.!?\u061f\u2026]/g

// The terminators of the last text asked about: the glued paragraphs' pass reads them line by line and the sentences'
// pass block by block, over the same text, and each searched its stretch with the regular expression again.
let terminatorsOf: string | undefined
let terminators: number[] = []

/**
 * Index of the first sentence terminator of `text` at or after `from`, or `end` when there is none before `end`.
 * Terminators are few: the regular expression's native search finds them faster than a loop over every code unit,
 * once a text. `test`, not `exec`: the match is one code unit, before `lastIndex`, and `exec` would make an array of it.
 */
export function nextSentenceTerminator(text: string, from: number, end: number): number {
  if (text !== terminatorsOf) {
    terminators = []
    SENTENCE_TERMINATOR.lastIndex = 0
    while (SENTENCE_TERMINATOR.test(text)) terminators.push(SENTENCE_TERMINATOR.lastIndex - 1)
    terminatorsOf = text
  }
  const low = firstAtOrAfter(terminators, from)
  return low < terminators.length && terminators[low]! < end ? terminators[low]! : end
}

/** Every quote mark and the apostrophe: the structure pass pairs some of them, extraction reads them all. */
const QUOTE_MARK = /["'‘’«»“”]/g

// The quote marks of the last text asked about: sentences and glued paragraphs pair a block's or a line's marks, and
// extraction reads the whole text's, each with a search of its own stretch before.
let quoteMarksOf: string | undefined
let quoteMarks: number[] = []

/**
 * Offsets of every `"'‘’«»“”` of `text`, in order, found once a text (shared: read it, never change it). Marks are
 * few: the regular expression's native search finds them faster than a loop over every code unit.
 */
export function quoteMarkOffsets(text: string): readonly number[] {
  if (text !== quoteMarksOf) {
    quoteMarks = []
    QUOTE_MARK.lastIndex = 0
    while (QUOTE_MARK.test(text)) quoteMarks.push(QUOTE_MARK.lastIndex - 1)
    quoteMarksOf = text
  }
  return quoteMarks
}

/** Index of the first of the sorted `offsets` at or after `from` (`offsets.length` when none is). */
export function firstAtOrAfter(offsets: readonly number[], from: number): number {
  let low = 0
  let high = offsets.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (offsets[mid]! < from) low = mid + 1
    else high = mid
  }
  return low
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
