import { stopwordSet as stopwords } from '../lang/ar/compiled-analysis.ts'
import { type ClutterKind, isLinkLike, type LineShape } from './clutter-line.ts'

type Shapes = readonly (LineShape | null)[]

// A list's item says something after its opening; a printed page's numbered link (`السعودية [1]`) under the title
// that opens with the same word is no list the title belongs to.
const MIN_ITEM_WORDS = 3

/**
 * `12:10 الأردن يعيد …` / `12:07 الخارطة الوبائية …` / `12:05 …`: outside the body, a link-like line between two lines
 * of clutter that opens as a link next to it does (the same first word, or the same signs and digits glued before
 * its words: a time, a stray letter for a bullet) is an item of that list, which the rules read on its own as
 * something else (a heading). The article's title does not open as the menu around it does.
 */
export function markListGaps(
  shapes: Shapes,
  kinds: (ClutterKind | null)[],
  body: { first: number; last: number },
): void {
  for (let i = 1; i + 1 < shapes.length; i++) {
    if (i >= body.first && i <= body.last) continue
    const shape = shapes[i]
    if (kinds[i] !== null || !shape || !isLinkLike(shape)) continue
    if (kinds[i - 1] === null || kinds[i + 1] === null) continue
    const opening = openingOf(shape)
    if (opening === null) continue
    const words = shape.words.join(' ')
    // A list names each item once: the line printed again next to it is the title printed twice.
    const sameAs = (k: number) =>
      kinds[k] === 'navigation' &&
      (shapes[k]?.words.length ?? 0) >= MIN_ITEM_WORDS &&
      openingOf(shapes[k]!) === opening &&
      shapes[k]!.words.join(' ') !== words
    if (sameAs(i - 1) || sameAs(i + 1)) kinds[i] = 'navigation'
  }
}

/**
 * How a line opens: the signs and digits before its first letter (digits as 9, so that `12:07` and `11:59` open
 * alike), else its first word when that is not a function word. Null when it opens with neither.
 */
function openingOf(shape: LineShape): string | null {
  const signs = /^[^\p{L}]+/u.exec(shape.plain.trim())?.[0].replace(/\d/g, '9').replace(/\s+/g, '')
  if (signs) return signs
  const word = shape.words[0]
  return word === undefined || stopwords.has(word) ? null : word
}
