import { type ClutterKind, isLinkLike, type LineShape } from './clutter-line.ts'

type Shapes = readonly (LineShape | null)[]

// A bar alone on its line sets a menu's or a ticker's items apart. Not a dash, star or dot: those are bullets the
// article's own list may put on lines of their own, its points under each.
const BAR = /^[|¦]$/
// Two items between bars at least, so that a bar left over between the page's parts reads as no list.
const MIN_INNER_ITEMS = 2

const isBar = (shape: LineShape | null) => shape !== null && BAR.test(shape.plain.trim())

/**
 * `TITLE` / `|` / `TITLE` / `|` / `TITLE` / `|`: headlines of other stories, one a line with a bar between them, are a
 * ticker's or a menu's items wherever they stand. The line after the last bar is left to the other rules: the
 * article's title may follow the list at once, and a list does not end in a bar on every page.
 */
export function markBarredItems(shapes: Shapes, kinds: (ClutterKind | null)[]): void {
  for (let i = 0; i < shapes.length; i++) {
    if (!isBar(shapes[i] ?? null)) continue
    // Bars with one link-like line between each two: the run's items.
    const items: number[] = []
    let j = i
    while (j + 2 < shapes.length && isItem(shapes, kinds, j + 1) && isBar(shapes[j + 2] ?? null)) {
      items.push(j + 1)
      j += 2
    }
    if (items.length >= MIN_INNER_ITEMS) {
      if (i > 0 && isItem(shapes, kinds, i - 1)) items.push(i - 1)
      for (const k of items) kinds[k] = 'navigation'
      for (let k = i; k <= j; k += 2) kinds[k] ??= 'navigation'
    }
    i = j
  }
}

function isItem(shapes: Shapes, kinds: readonly (ClutterKind | null)[], i: number): boolean {
  const shape = shapes[i]
  return (
    shape !== undefined &&
    shape !== null &&
    (kinds[i] === null || kinds[i] === 'navigation') &&
    isLinkLike(shape)
  )
}
