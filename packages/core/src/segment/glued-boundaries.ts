import { isArabicLetter } from '../normalize/arabic-letters.ts'
import { isClosingMark, isSentenceTerminator, nextSentenceTerminator } from './marks.ts'
import { createRegionCursor, findQuotePairs, quotedRegions } from './quote-pairs.ts'
import { isNonFinalDot } from './sentences.ts'
import type { Span } from './span.ts'

/**
 * Where scraped text glued two paragraphs together: a sentence end followed at once, with no space, by an Arabic
 * letter (`… الأعمال.معالجة`, `… التاريخ".وجرى`). Writers always put a space or a line break after a sentence inside a
 * paragraph, so the missing space is the trace of a removed paragraph break. Returns the indices where the next
 * paragraph starts.
 */
export function findGluedBoundaries(text: string, line: Span): number[] {
  const boundaries: number[] = []
  // The line's quotes are paired only when a sentence end is glued to a letter, which most lines never have.
  let insideQuote: ((index: number) => boolean) | undefined
  for (let i = line.start; i < line.end; i++) {
    i = nextSentenceTerminator(text, i, line.end)
    if (i >= line.end) break
    let next = i + 1
    while (
      next < line.end &&
      (isSentenceTerminator(text.charCodeAt(next)) || isClosingMark(text.charCodeAt(next)))
    )
      next++
    if (next >= line.end || !isArabicLetter(text.charCodeAt(next))) continue
    insideQuote ??= createRegionCursor(quotedRegions(findQuotePairs(text, line.start, line.end)))
    if (insideQuote(i) || isNonFinalDot(text, i, line.start)) continue
    boundaries.push(next)
    i = next - 1
  }
  return boundaries
}
