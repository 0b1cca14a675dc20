import { firstAtOrAfter, quoteMarkOffsets } from './marks.ts'
import type { Span } from './span.ts'

export type QuoteMark = 'guillemets' | 'double' | 'curly'

/** A matched pair of quote marks: `open` and `close` index the marks themselves. */
export interface QuotePair {
  open: number
  close: number
  mark: QuoteMark
}

const GUILLEMET_OPEN = 0xab // «
const GUILLEMET_CLOSE = 0xbb // »
const CURLY_OPEN = 0x201c // “
const CURLY_CLOSE = 0x201d // ”
const DOUBLE = 0x22 // "

/**
 * Matches quote marks within one stretch of text (a paragraph). «» and “” nest and match by a stack; the ASCII " has
 * no direction, so marks pair in order. Marks left without a partner are ignored: an unbalanced quote never swallows
 * the rest of the paragraph. Pairs are sorted by their opening mark.
 */
export function findQuotePairs(text: string, start: number, end: number): QuotePair[] {
  const pairs: QuotePair[] = []
  const guillemets: number[] = []
  const curly: number[] = []
  let double = -1
  // The text's marks are found once (the apostrophe and single marks among them, which pair nothing here).
  const marks = quoteMarkOffsets(text)
  for (let m = firstAtOrAfter(marks, start); m < marks.length && marks[m]! < end; m++) {
    const i = marks[m]!
    const code = text.charCodeAt(i)
    if (code === GUILLEMET_OPEN) guillemets.push(i)
    else if (code === GUILLEMET_CLOSE) {
      const open = guillemets.pop()
      if (open !== undefined) pairs.push({ open, close: i, mark: 'guillemets' })
    } else if (code === CURLY_OPEN) curly.push(i)
    else if (code === CURLY_CLOSE) {
      const open = curly.pop()
      if (open !== undefined) pairs.push({ open, close: i, mark: 'curly' })
    } else if (code === DOUBLE) {
      if (double < 0) double = i
      else {
        pairs.push({ open: double, close: i, mark: 'double' })
        double = -1
      }
    }
  }
  return pairs.sort((a, b) => a.open - b.open)
}

/** The union of the pairs' insides (marks excluded), as sorted disjoint spans. */
export function quotedRegions(pairs: readonly QuotePair[]): Span[] {
  const regions: Span[] = []
  for (const pair of pairs) {
    const last = regions.length > 0 ? regions[regions.length - 1] : undefined
    if (last && pair.open < last.end) last.end = Math.max(last.end, pair.close)
    else regions.push({ start: pair.open + 1, end: pair.close })
  }
  return regions
}

/** Walks sorted regions alongside a left-to-right scan, answering "is this index inside a quote?" in amortised O(1). */
export function createRegionCursor(regions: readonly Span[]): (index: number) => boolean {
  let at = 0
  return (index) => {
    while (at < regions.length && regions[at]!.end <= index) at++
    const region = regions[at]
    return region !== undefined && region.start <= index && index < region.end
  }
}
