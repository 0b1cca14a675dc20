import { lineContinuingWords } from '../lang/ar/clause-words.ts'
import { norm, normSet } from '../lang/ar/spelling.ts'
import type { Block, BlockKind } from '../model/article.ts'
import { isArabicMark, TATWEEL } from '../normalize/arabic-letters.ts'
import { tokenize } from '../normalize/tokenize.ts'
import { findFusedHeading } from '../segment/fused-heading.ts'
import { findGluedBoundaries } from '../segment/glued-boundaries.ts'
import { splitLines } from '../segment/lines.ts'
import { isClosingMark, isRunningTextMark, isSentenceTerminator } from '../segment/marks.ts'
import { type Span, trimSpan } from '../segment/span.ts'
import { buildVocabulary, type Vocabulary } from '../segment/vocabulary.ts'
import { CountTables } from '../segment/word-counts.ts'
import { type ClutterOptions, classifyLines, classifyPage } from './clutter.ts'

export type BlockSpan = Span & { kind: BlockKind }

export interface BlockOptions extends ClutterOptions {
  /** Heading spans from the source's markup: when given, each line is one block and these decide its kind. */
  headings?: readonly Span[]
}

// A line that stands alone, ends without punctuation and is this short reads as a (sub)heading.
const MAX_HEADING_LINE_WORDS = 12
const MAX_HEADING_LINE_CHARS = 120

// Lent to each text's vocabulary in turn: a vocabulary lives only while its text's blocks are found.
const COUNT_TABLES = new CountTables()

/**
 * Recovers headings and paragraphs, and gives page clutter lines their own kinds (see `classifyLines`): line breaks where the text has them, paragraph breaks that scraping glued away
 * (a sentence end directly followed by a letter), and subheadings fused into the paragraph after them.
 */
export function findBlocks(text: string, options?: BlockOptions): BlockSpan[] {
  if (options?.headings) return markupBlocks(text, options.headings, options)
  const blocks: BlockSpan[] = []
  let vocabulary: Vocabulary | undefined
  const lines = splitLines(text)
  const { kinds: clutter, wrapped } = classifyPage(text, lines, options)
  const lastContent = clutter.lastIndexOf(null)
  const firstContent = clutter.indexOf(null)
  lines.forEach((line, lineIndex) => {
    const kind = clutter[lineIndex]
    if (kind) {
      blocks.push({ kind, ...line })
      return
    }
    const boundaries = findGluedBoundaries(text, line)
    const previous = blocks.at(-1)
    if (
      boundaries.length === 0 &&
      previous !== undefined &&
      lineIndex - 1 > firstContent &&
      clutter[lineIndex - 1] === null &&
      previous.end === lines[lineIndex - 1]!.end &&
      (wrapped || endsMidSentence(text, previous)) &&
      wrapsInto(text, previous, line)
    ) {
      previous.kind = 'paragraph'
      previous.end = line.end
      return
    }
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
        vocabulary ??= buildVocabulary(text, COUNT_TABLES)
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

// The markup already separated paragraphs and named the headings, so nothing is guessed from the text's shape.
function markupBlocks(text: string, headings: readonly Span[], options: ClutterOptions): BlockSpan[] {
  const lines = splitLines(text)
  const clutter = classifyLines(text, lines, options)
  const sorted = [...headings].sort((a, b) => a.start - b.start)
  let next = 0
  return lines.map((line, index) => {
    // Lines come in text order: a heading span that ends before this line ends before every later one.
    while (next < sorted.length && sorted[next]!.end <= line.start) next++
    let inHeading = false
    for (let k = next; k < sorted.length && sorted[k]!.start <= line.start; k++) {
      if (line.end <= sorted[k]!.end) inHeading = true
    }
    return { kind: clutter[index] ?? (inHeading ? 'heading' : 'paragraph'), ...line }
  })
}

/**
 * On a page hard-wrapped at a fixed width, a line that ends with no sentence end or colon, the next line right under
 * it, goes on in that line: one paragraph, so that its sentence is not cut where the page wrapped it.
 */
function wrapsInto(text: string, above: Span, line: Span): boolean {
  if (text.slice(above.end, line.start).split('\n').length > 2) return false
  const last = text.charCodeAt(above.end - 1)
  return !isSentenceTerminator(last) && !isClosingMark(last) && last !== COLON
}

const COLON = 0x3a

const CONTINUING_WORDS = normSet(lineContinuingWords)
const MAX_CONTINUING_LENGTH = Math.max(...lineContinuingWords.map((word) => word.length))

/** The block ends with a word that never ends a sentence (في، ب): its sentence goes on in the next line. */
function endsMidSentence(text: string, block: Span): boolean {
  // Asked of most paragraph lines: a look at the last few characters, with no regular expression or slice for most.
  // Letters are counted, not code units: a word written with its vowels (عَلَى) is no longer for them.
  let start = block.end
  let letters = 0
  for (
    let code = text.charCodeAt(start - 1);
    start > block.start && code !== SPACE;
    code = text.charCodeAt(--start - 1)
  ) {
    if (isArabicMark(code) || code === TATWEEL) continue
    if (letters === MAX_CONTINUING_LENGTH) return false
    letters++
  }
  return CONTINUING_WORDS.has(norm(text.slice(start, block.end)))
}

const SPACE = 0x20

function readsAsHeadingLine(text: string, line: Span): boolean {
  if (line.end - line.start > MAX_HEADING_LINE_CHARS) return false
  const last = text.charCodeAt(line.end - 1)
  if (isSentenceTerminator(last) || isRunningTextMark(last)) return false
  const words = tokenize(text.slice(line.start, line.end))
  return words.length > 0 && words.length <= MAX_HEADING_LINE_WORDS
}

export function toBlocks(text: string, spans: readonly BlockSpan[]): Block[] {
  const blocks: Block[] = []
  for (let k = 0; k < spans.length; k++) {
    const { kind, start, end } = spans[k]!
    blocks.push({ kind, text: text.slice(start, end), start, end })
  }
  return blocks
}
