import { clutterWords } from '../lang/ar/clutter-markers.ts'
import type { BlockKind } from '../model/article.ts'
import { lineKind, lineShape } from './clutter-line.ts'

/**
 * The kind of page clutter one line is on its own (its shape and marker phrases: a "read also" line or header, a
 * share bar, a byline, a line that is only a date, a copyright notice …), or null when it may be article text.
 * `parseArticle` also reads a line's position among the others; this is the part that needs no neighbours, for
 * callers that already know where the article is (an HTML page's markup). `sourceName`: the outlet's name, which
 * alone on a line is its logo.
 */
export function lineClutterKind(
  line: string,
  sourceName?: string,
): Exclude<BlockKind, 'heading' | 'paragraph'> | null {
  return lineKind(lineShape(line), sourceName ? clutterWords(sourceName) : [])
}
