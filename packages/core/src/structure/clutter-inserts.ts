import type { ClutterKind, LineShape } from './clutter-line.ts'

type Shapes = readonly (LineShape | null)[]

// Titles of other articles have a headline's length; an article's subheadings are often shorter.
const MIN_INSERT_WORDS = 5
const MAX_INSERT_WORDS = 20
const MIN_INSERTS = 3
const HEADLINE_END = /[؟?!][\s»”"')]*$/

/**
 * `السعودية: رواتب شهرية …` / `موعد صرف …` / `مقارنة بين …` between two paragraphs: three or more headlines in a row
 * set inside the body, none ending with a full stop, are links to other articles that the page put between the
 * paragraphs. An article does not head three sections in a row with nothing under them, and its own list is
 * introduced by a line ending in a colon or bulleted.
 */
export function markInsertedLinks(
  shapes: Shapes,
  kinds: (ClutterKind | null)[],
  body: { first: number; last: number },
  isBody: (shape: LineShape | null) => boolean,
): void {
  const isItem = (i: number) => kinds[i] === null && isHeadline(shapes[i] ?? null)
  for (let i = body.first + 1; i < body.last; i++) {
    if (!isItem(i)) continue
    let j = i
    while (j < body.last && isItem(j)) j++
    const between =
      isBody(shapes[i - 1] ?? null) && kinds[i - 1] === null && kinds[j] === null && isBody(shapes[j] ?? null)
    if (j - i >= MIN_INSERTS && between && shapes[i - 1]?.endsColon !== true)
      for (let k = i; k < j; k++) kinds[k] = 'navigation'
    i = j
  }
}

/**
 * A headline: five to twenty words, no comma or full stop inside or at its end (it may end with ! or ?, as headlines
 * do), no colon at its end, not bulleted or marked up as the article's heading.
 */
export function isHeadline(shape: LineShape | null): boolean {
  if (!shape || shape.bulleted || shape.titled || shape.linkOnly || shape.stops > 0) return false
  const words = shape.words.length
  if (words < MIN_INSERT_WORDS || words > MAX_INSERT_WORDS || shape.endsColon) return false
  return !shape.endsSentence || HEADLINE_END.test(shape.plain)
}
