import { clutterWords, coversAll, sectionNames } from '../lang/ar/clutter-markers.ts'
import type { Span } from '../segment/span.ts'
import {
  type ClutterKind,
  EMBED_LINK,
  EMBED_SIGNATURE_LINE,
  endsSentence,
  isLinkLike,
  isListHeader,
  type LineShape,
  lineKind,
  lineShape,
  MAX_CLUTTER_CHARS,
} from './clutter-line.ts'

export type { ClutterKind }

export interface ClutterOptions {
  /** The outlet's name: a line that is only this name is the site's logo or masthead. */
  sourceName?: string
}

// A line of the body: long enough, or a sentence that ends.
const BODY_WORDS = 25
const BODY_SENTENCE_WORDS = 8
const BODY_SENTENCE_CHARS = 100
const MAX_POST_CHARS = 280

/**
 * The clutter kind of each line, or null for a line of the article. Rules read a line's shape (its length, final
 * punctuation, separators, whether it is only a date, a file name or a name after كتب), the marker phrases of
 * `lang/ar/clutter-markers.ts`, and position: link-like lines after a "read also" header, menus above and below the
 * body. A line that ends a sentence, holds a quotation or mixes a tag with body text stays a line of the article.
 */
export function classifyLines(
  text: string,
  lines: readonly Span[],
  options: ClutterOptions = {},
): (ClutterKind | null)[] {
  const site = options.sourceName ? clutterWords(options.sourceName) : []
  const shapes = lines.map((line) =>
    isBodyLine(text, line) ? null : lineShape(text.slice(line.start, line.end)),
  )
  const kinds = shapes.map((shape) => (shape === null ? null : lineKind(shape, site)))
  markPostTexts(text, lines, kinds)
  followHeaders(shapes, kinds)
  clearPageEdges(shapes, kinds)
  return kinds
}

/**
 * Lines the rules need not read, most lines of an article: too long for clutter, or a long sentence that ends (what
 * clutter ends with a full stop is short: `لا توجد تعليقات.`), unless it holds a copyright sign or an embed's link.
 */
function isBodyLine(text: string, line: Span): boolean {
  const length = line.end - line.start
  if (length > MAX_CLUTTER_CHARS) return true
  if (length <= BODY_SENTENCE_CHARS) return false
  if (!endsSentence(text, line)) return false
  const raw = text.slice(line.start, line.end)
  return !raw.includes('©') && !EMBED_LINK.test(raw)
}

/**
 * The line just above an embedded post's signature (`— Name (@handle) …`) is the post's text, when it is no longer
 * than a post and does not end a sentence as the body's lines do.
 */
function markPostTexts(text: string, lines: readonly Span[], kinds: (ClutterKind | null)[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i] !== 'embed' || kinds[i - 1] !== null) continue
    const previous = lines[i - 1]!
    if (previous.end - previous.start > MAX_POST_CHARS) continue
    if (endsSentence(text, previous)) continue
    if (EMBED_SIGNATURE_LINE.test(text.slice(lines[i]!.start, lines[i]!.end))) kinds[i - 1] = 'embed'
  }
}

/** The links after a "read also" or "most read" header are navigation, as long as they look like links. */
function followHeaders(shapes: readonly (LineShape | null)[], kinds: (ClutterKind | null)[]): void {
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]
    if (kinds[i] !== 'navigation' || shape == null || !isListHeader(shape)) continue
    let j = i + 1
    while (j < shapes.length && (kinds[j] !== null || isLinkLike(shapes[j]!))) {
      if (kinds[j] === null) kinds[j] = 'navigation'
      j++
    }
    i = j - 1
  }
}

/**
 * Above the first line of the body and below its last: section names alone are menu items, runs of three or more
 * very short lines are a menu, and below the body runs of three or more link-like lines are a list of links (unless
 * a line ending in a colon introduces them as the article's list).
 */
function clearPageEdges(shapes: readonly (LineShape | null)[], kinds: (ClutterKind | null)[]): void {
  let first = -1
  let last = -1
  for (let i = 0; i < shapes.length; i++) {
    if (kinds[i] !== null || !isBody(shapes[i]!)) continue
    if (first < 0) first = i
    last = i
  }
  if (first < 0) return
  markEdge(shapes, kinds, 0, first, false)
  markEdge(shapes, kinds, last + 1, shapes.length, true)
}

function isBody(shape: LineShape | null): boolean {
  if (shape === null) return true
  const words = shape.words.length
  return words >= BODY_WORDS || (words >= BODY_SENTENCE_WORDS && shape.endsSentence)
}

function markEdge(
  shapes: readonly (LineShape | null)[],
  kinds: (ClutterKind | null)[],
  from: number,
  to: number,
  bottom: boolean,
): void {
  for (let i = from; i < to; i++) {
    const shape = shapes[i]
    if (kinds[i] === null && shape && shape.words.length <= 4 && coversAll(sectionNames, shape.words)) {
      kinds[i] = 'navigation'
    }
  }
  // A bulleted line is an item of the article's own list unless it is a link.
  const isItem = (i: number): boolean => {
    const shape = shapes[i]
    if (kinds[i] !== null || !shape || (shape.bulleted && !shape.linkOnly)) return false
    return bottom ? isLinkLike(shape) : shape.words.length <= 3 && isLinkLike(shape)
  }
  for (let i = from; i < to; i++) {
    if (!isItem(i)) continue
    let j = i
    while (j < to && isItem(j)) j++
    const introduced = i > 0 && shapes[i - 1]?.endsColon === true && kinds[i - 1] === null
    if (j - i >= 3 && !introduced) for (let k = i; k < j; k++) kinds[k] = 'navigation'
    i = j
  }
}
