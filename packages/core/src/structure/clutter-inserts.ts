import { type ClutterKind, countStops, type LineShape } from './clutter-line.ts'
import { listMark } from './clutter-lists.ts'

type Shapes = readonly (LineShape | null)[]

// Titles of other articles have a headline's length; an article's subheadings are often shorter.
const MIN_INSERT_WORDS = 5
const MAX_INSERT_WORDS = 20
const MIN_INSERTS = 3
const HEADLINE_END = /[؟?!][\s»”"')]*$/
const SUSPENSION = /\.{2,}/g

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
  for (let i = body.first + 1; i <= body.last; i++) {
    if (!isItem(i)) continue
    let j = i
    while (j <= body.last && isItem(j)) j++
    const after = j > body.last ? endsPage(kinds, j) : kinds[j] === null && isBody(shapes[j] ?? null)
    const between = isBody(shapes[i - 1] ?? null) && kinds[i - 1] === null && after
    if (j - i >= MIN_INSERTS && between && shapes[i - 1]?.endsColon !== true)
      for (let k = i; k < j; k++) kinds[k] = 'navigation'
    i = j
  }
}

/**
 * Nothing of the article after line `from`: the page ends, or goes on in lines the rules already found clutter. An
 * article does not end on three headings with no text under them; a page's foot lists its other stories so.
 */
function endsPage(kinds: readonly (ClutterKind | null)[], from: number): boolean {
  for (let k = from; k < kinds.length; k++) if (kinds[k] === null) return false
  return true
}

/**
 * A headline: five to twenty words, no comma or full stop inside or at its end (it may end with ! or ?, as headlines
 * do), no colon at its end, not bulleted, numbered or marked up as the article's heading.
 */
export function isHeadline(shape: LineShape | null): boolean {
  // A numbered line (`٣- الدقيق …`) is an item of the article's own list.
  if (!shape || shape.bulleted || shape.titled || shape.linkOnly || listMark(shape.plain)) return false
  // `للمشاركة في كأس الخليج.. المنتخب يصل`: two dots or more join a headline's parts; they stop no sentence.
  if (shape.stops > 0 && countStops(shape.plain.replace(SUSPENSION, '…')) > 0) return false
  const words = shape.words.length
  if (words < MIN_INSERT_WORDS || words > MAX_INSERT_WORDS || shape.endsColon) return false
  return !shape.endsSentence || HEADLINE_END.test(shape.plain)
}
