import { type Article, isContentBlock, parseArticle } from '../src/index.ts'
import { type ClutterGold, isClutterLabel, type LineLabel } from './gold-schema.ts'

export interface ClutterFigures {
  lines: number
  clutter: { tp: number; fp: number; fn: number }
  /** Lines of the article's own text (title, headings, body) that the parser put in a clutter block. */
  bodyLost: string[]
  /** Article lines put in clutter, by gold label (title, heading, body). */
  lostByLabel: Partial<Record<LineLabel, number>>
  /** Clutter lines left in the content, by gold label. */
  missedByLabel: Partial<Record<LineLabel, number>>
  /** Clutter lines left in the content: page id, span, gold label, the kinds given, the line (for `--errors`). */
  missed: string[]
}

/** A line is predicted clutter when every block it overlaps is of a clutter kind. */
function predictedClutter(article: Article, start: number, end: number): boolean {
  const overlapping = article.blocks.filter((block) => block.start < end && block.end > start)
  return overlapping.length > 0 && overlapping.every((block) => !isContentBlock(block.kind))
}

/** Line-by-line precision and recall of clutter blocks against the annotation. */
export function scoreClutter(
  pages: readonly { gold: ClutterGold['pages'][number]; text: string }[],
): ClutterFigures {
  const figures: ClutterFigures = {
    lines: 0,
    clutter: { tp: 0, fp: 0, fn: 0 },
    bodyLost: [],
    lostByLabel: {},
    missedByLabel: {},
    missed: [],
  }
  for (const { gold, text } of pages) {
    const article = parseArticle({ id: gold.id, text })
    for (const line of gold.lines) {
      figures.lines++
      const predicted = predictedClutter(article, line.start, line.end)
      const expected = isClutterLabel(line.label)
      if (predicted && expected) figures.clutter.tp++
      else if (predicted) {
        figures.clutter.fp++
        figures.bodyLost.push(`${gold.id} ${line.start}-${line.end} (${line.label})`)
        figures.lostByLabel[line.label] = (figures.lostByLabel[line.label] ?? 0) + 1
      } else if (expected) {
        figures.clutter.fn++
        figures.missedByLabel[line.label] = (figures.missedByLabel[line.label] ?? 0) + 1
        const kinds = article.blocks
          .filter((block) => block.start < line.end && block.end > line.start)
          .map((block) => block.kind)
        figures.missed.push(
          `${gold.id} ${line.start}-${line.end} ${line.label} as ${kinds.join('+')}: ${text.slice(line.start, line.end)}`,
        )
      }
    }
  }
  return figures
}
