import type { LineShape } from './clutter-line.ts'

// A table has a header and rows; three rows of one shape are no accident of a menu's layout.
const MIN_ROWS = 3
const MIN_BARS = 2
// A cell that is a figure (`13,629`، `26.9%`): what a table reports.
const FIGURE_CELL = /^[-+]?\p{Nd}[\p{Nd},.٫٬]*%?$/u

type Shapes = readonly (LineShape | null)[]

const barsOf = (shape: LineShape | null | undefined): number => {
  if (!shape) return 0
  let bars = 0
  for (const char of shape.plain) if (char === '|') bars++
  return bars
}

const holdsFigure = (shape: LineShape): boolean =>
  shape.plain.split('|').some((cell) => FIGURE_CELL.test(cell.trim()))

/**
 * `قمح | 13,629 | 248 |`: line `i` is a row of a table the article prints, its cells between bars, one row a line. A
 * row is short, has no sentence's end and stands in a run of short lines, all of which the rules of position read as
 * a menu or a list of links; what tells the table is its run: three rows or more with as many bars each, half of
 * them or more holding a figure in a cell of its own. A menu's items between bars (`الرئيسية | أخبار | رياضة`) are
 * words, and a menu is one line, not a column of them.
 */
export function isTableRow(shapes: Shapes, i: number): boolean {
  const bars = barsOf(shapes[i])
  if (bars < MIN_BARS) return false
  let first = i
  let last = i
  while (first > 0 && barsOf(shapes[first - 1]) === bars) first--
  while (last + 1 < shapes.length && barsOf(shapes[last + 1]) === bars) last++
  if (last - first + 1 < MIN_ROWS) return false
  let figures = 0
  for (let k = first; k <= last; k++) if (holdsFigure(shapes[k]!)) figures++
  return figures * 2 >= last - first + 1
}
