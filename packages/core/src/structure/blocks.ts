import type { Block, BlockKind } from '../model/article.ts'
import { tokenize } from '../normalize/tokenize.ts'
import { findFusedHeading } from '../segment/fused-heading.ts'
import { findGluedBoundaries } from '../segment/glued-boundaries.ts'
import { splitLines } from '../segment/lines.ts'
import { isRunningTextMark, isSentenceTerminator } from '../segment/marks.ts'
import { type Span, trimSpan } from '../segment/span.ts'
import { buildVocabulary, type Vocabulary } from '../segment/vocabulary.ts'
import { type ClutterOptions, classifyLines } from './clutter.ts'

export type BlockSpan = Span & { kind: BlockKind }

// A line that stands alone, ends without punctuation and is this short reads as a (sub)heading.
const MAX_HEADING_LINE_WORDS = 12
const MAX_HEADING_LINE_CHARS = 120

/**
 * Recovers headings and paragraphs, and gives page clutter lines their own kinds (see `classifyLines`): line breaks where the text has them, paragraph breaks that scraping glued away
 * (a sentence end directly followed by a letter), and subheadings fused into the paragraph after them.
 */
export function findBlocks(text: string, options?: ClutterOptions): BlockSpan[] {
  const blocks: BlockSpan[] = []
  let vocabulary: Vocabulary | undefined
  const lines = splitLines(text)
  const clutter = classifyLines(text, lines, options)
  const lastContent = clutter.lastIndexOf(null)
  lines.forEach((line, lineIndex) => {
    const kind = clutter[lineIndex]
    if (kind) {
      blocks.push({ kind, ...line })
      return
    }
    const boundaries = findGluedBoundaries(text, line)
    if (boundaries.length === 0) {
      const isLast = lineIndex >= lastContent
      blocks.push({ kind: !isLast && readsAsHeadingLine(text, line) ? 'heading' : 'paragraph', ...line })
      return
    }
    const starts = [line.start, ...boundaries]
    starts.forEach((start, k) => {
      const segment = trimSpan(text, start, starts[k + 1] ?? line.end)
      if (segment.end <= segment.start) return
      if (k > 0) {
        vocabulary ??= buildVocabulary(text)
        const fused = findFusedHeading(text, segment, vocabulary)
        if (fused) {
          blocks.push({ kind: 'heading', ...trimSpan(text, segment.start, fused.headingEnd) })
          const rest = trimSpan(text, fused.paragraphStart, segment.end)
          if (rest.end > rest.start) blocks.push({ kind: 'paragraph', ...rest })
          return
        }
      }
      blocks.push({ kind: 'paragraph', ...segment })
    })
  })
  return blocks
}

function readsAsHeadingLine(text: string, line: Span): boolean {
  if (line.end - line.start > MAX_HEADING_LINE_CHARS) return false
  const last = text.charCodeAt(line.end - 1)
  if (isSentenceTerminator(last) || isRunningTextMark(last)) return false
  const words = tokenize(text.slice(line.start, line.end))
  return words.length > 0 && words.length <= MAX_HEADING_LINE_WORDS
}

export function toBlocks(text: string, spans: readonly BlockSpan[]): Block[] {
  return spans.map(({ kind, start, end }) => ({ kind, text: text.slice(start, end), start, end }))
}
