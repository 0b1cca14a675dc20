import type { Span } from '../segment/span.ts'
import { type ClutterKind, endsFullStop, type LineShape, lineShape } from './clutter-line.ts'

// A photo's caption is a line or two; a longer line printed twice is a paragraph the scraper doubled.
const MAX_PAIR_WORDS = 25

/**
 * `هاتف بتصميم جديد` / `هاتف بتصميم جديد` between two paragraphs: a line printed twice in a row inside the body is a
 * photo's caption and its alt text: an article does not print a heading twice. A sentence that ends may be a
 * paragraph the scraper doubled, and stays the article's. Above the body
 * such a pair is as often the page's title printed twice (and labelled so), which no shape tells from a caption: it
 * is left to the rules of the head, and so is a pair below it that repeats a line above (the head printed again
 * under a summary) or that no paragraph ending with a full stop stands above (the title printed twice under a
 * ticker that read as the body's first line).
 */
export function markCaptionPairs(
  text: string,
  lines: readonly Span[],
  shapes: readonly (LineShape | null)[],
  kinds: (ClutterKind | null)[],
  body: { first: number; last: number },
): void {
  for (let i = body.first + 1; i + 1 < shapes.length; i++) {
    const shape = shapes[i]
    const next = shapes[i + 1]
    if (kinds[i] !== null || kinds[i + 1] !== null || !shape || !next) continue
    const words = shape.words.join(' ')
    if (words.length === 0 || shape.endsSentence || shape.words.length > MAX_PAIR_WORDS) continue
    if (words !== next.words.join(' ')) continue
    if (!printedAbove(shapes, kinds, i, words) && paragraphAbove(text, lines, shapes, kinds, body.first, i))
      kinds[i] = kinds[i + 1] = 'caption'
    i++
  }
}

/**
 * The fewest words of a paragraph above a caption's pair: a notice of a line ending with a full stop above the title
 * printed twice (`اضغط هنا إن لم يقم المتصفح بتحويلك آليًا.`) is no paragraph of the body.
 */
const MIN_PARAGRAPH_WORDS = 10

/** A line of the article between `from` and `to` that ends with a full stop: a paragraph of the body. */
function paragraphAbove(
  text: string,
  lines: readonly Span[],
  shapes: readonly (LineShape | null)[],
  kinds: readonly (ClutterKind | null)[],
  from: number,
  to: number,
): boolean {
  for (let k = from; k < to; k++) {
    if (kinds[k] !== null) continue
    const shape = shapes[k] ?? lineShape(text.slice(lines[k]!.start, lines[k]!.end))
    if (endsFullStop(shape) && shape.words.length >= MIN_PARAGRAPH_WORDS) return true
  }
  return false
}

/** The page's head printed again under a summary lead: the pair repeats a line of the article above it, the title. */
function printedAbove(
  shapes: readonly (LineShape | null)[],
  kinds: readonly (ClutterKind | null)[],
  i: number,
  words: string,
): boolean {
  return shapes.slice(0, i).some((shape, k) => kinds[k] === null && shape?.words.join(' ') === words)
}

/**
 * `TITLE` / `DATE` / `لقاء الوزيرين في القاهرة` / `لقاء الوزيرين في القاهرة`: above the body, a line printed twice in a
 * row under the title's date or credit line, and not the title again, is a photo's caption and its alt text. The
 * title printed twice stands at the head, above its credits; what stands under them is the photo's. When the line
 * taken for the title is printed twice itself (a menu's line), the title is in doubt, and the pair is left alone.
 */
export function markCaptionPairsUnderCredit(
  shapes: readonly (LineShape | null)[],
  kinds: (ClutterKind | null)[],
  title: number,
  first: number,
): void {
  const titleWords = shapes[title]?.words.join(' ')
  // A head printed twice itself (a menu's line, the title) leaves the title in doubt: the pair may be the title.
  if (titleWords === undefined || shapes[title + 1]?.words.join(' ') === titleWords) return
  let credited = false
  for (let i = title + 1; i + 1 < first; i++) {
    credited ||= kinds[i] === 'dateline' || kinds[i] === 'byline'
    const shape = shapes[i]
    const next = shapes[i + 1]
    if (!credited || kinds[i] !== null || kinds[i + 1] !== null || !shape || !next) continue
    const words = shape.words.join(' ')
    if (words.length === 0 || words === titleWords || shape.words.length > MAX_PAIR_WORDS) continue
    if (words === next.words.join(' ')) kinds[i] = kinds[i + 1] = 'caption'
  }
}
