import { abbreviationSet as ABBREVIATION_WORDS } from '../lang/ar/compiled-analysis.ts'
import {
  isArabicLetter,
  isAsciiDigit,
  isDigit,
  isInvisible,
  isWordLetter,
} from '../normalize/arabic-letters.ts'
import { isClosingMark, isSentenceTerminator, isSpaceLike, nextSentenceTerminator } from './marks.ts'
import { createRegionCursor, findQuotePairs, quotedRegions } from './quote-pairs.ts'
import { type Span, trimSpan } from './span.ts'

// Abbreviations written with a dot never end a sentence (lang/ar/abbreviations.ts). Any single Arabic letter before a
// dot (د. doctor, م. engineer or AD, ص. page) is treated the same way, as news text uses no one-letter sentence-final
// words.

/** True when the dot at `dot` closes an abbreviation or sits inside a number, not a sentence. */
export function isNonFinalDot(text: string, dot: number, blockStart: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e) return false
  const before = dot > blockStart ? text.charCodeAt(dot - 1) : 0
  const after = text.charCodeAt(dot + 1)
  if (isDigit(before) && isDigit(after)) return true
  // A Latin initial or acronym (U.S., J. Smith) and dotted web addresses (example.com).
  if (isAsciiLetter(before) && (isAsciiLetter(after) || isInitial(text, dot, blockStart))) return true
  let wordStart = dot
  while (wordStart > blockStart && isWordLetter(text.charCodeAt(wordStart - 1))) wordStart--
  if (dot - wordStart === 1 && !isAsciiLetter(before)) return true
  // Both look-ups below ask for a string that ends right before the dot: most dots follow a letter that ends no
  // abbreviation, and are spared the two slices and their hashing.
  if (!ABBREVIATION_ENDINGS.includes(before)) return false
  const word = text.slice(wordStart, dot)
  if (ABBREVIATION_WORDS.has(word)) return true
  const dotted = text.slice(Math.max(blockStart, dot - 3), dot)
  return ABBREVIATION_WORDS.has(dotted)
}

/** The last code unit of each abbreviation (none is empty). */
const ABBREVIATION_ENDINGS: readonly number[] = [...ABBREVIATION_WORDS].map((word) =>
  word.charCodeAt(word.length - 1),
)

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** `J.` in `J. Smith`: a single capital letter standing alone before the dot. */
function isInitial(text: string, dot: number, blockStart: number): boolean {
  const letter = text.charCodeAt(dot - 1)
  const before = dot - 2 >= blockStart ? text.charCodeAt(dot - 2) : 0x20
  return letter >= 0x41 && letter <= 0x5a && !isWordLetter(before) && !isAsciiDigit(before)
}

/**
 * Splits a block into sentences: after . ! ? ؟ … (with the closing quotes and brackets that follow them), never
 * inside a quotation, after an abbreviation, or inside a number. The spans cover every non-space character of the
 * block exactly once.
 */
export function splitSentences(text: string, block: Span): Span[] {
  const sentences: Span[] = []
  const insideQuote = createRegionCursor(quotedRegions(findQuotePairs(text, block.start, block.end)))
  let start = block.start
  let i = block.start
  while (i < block.end) {
    i = nextSentenceTerminator(text, i, block.end)
    if (i >= block.end) break
    if (insideQuote(i) || isNonFinalDot(text, i, block.start)) {
      i++
      continue
    }
    let end = i + 1
    while (
      end < block.end &&
      (isSentenceTerminator(text.charCodeAt(end)) || isClosingMark(text.charCodeAt(end)))
    )
      end++
    // With no space after it, a terminator ends a sentence only where the next one visibly starts (glued text);
    // before digits, Latin letters or symbols it is more likely inside a token (1.5, a.m., www.site.com).
    const next = text.charCodeAt(end)
    if (end < block.end && !isSpaceLike(next) && !isInvisible(next) && !opensSentence(next)) {
      i = end
      continue
    }
    push(sentences, text, start, end)
    start = end
    i = end
  }
  push(sentences, text, start, block.end)
  return sentences
}

/** An Arabic letter or an opening quote or bracket: what a glued sentence can start with. */
export function opensSentence(code: number): boolean {
  return isArabicLetter(code) || code === 0xab || code === 0x201c || code === 0x22 || code === 0x28
}

function push(sentences: Span[], text: string, start: number, end: number): void {
  const span = trimSpan(text, start, end)
  if (span.end > span.start) sentences.push(span)
}
