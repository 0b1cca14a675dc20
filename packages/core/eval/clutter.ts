import { type Block, isContentBlock, parseArticle } from '../src/index.ts'
import { type Counts, precision, recall } from '../test/extraction/score.ts'
import { bootstrap } from './bootstrap.ts'
import { type ClutterGold, isClutterLabel, type LineLabel } from './gold-schema.ts'

export interface ClutterFigures {
  lines: number
  clutter: Counts
  /** Each page's own counts, in the order given (the units a bootstrap interval resamples). */
  byPage: Counts[]
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
function predictedClutter(blocks: readonly Block[], start: number, end: number): boolean {
  const overlapping = blocks.filter((block) => block.start < end && block.end > start)
  return overlapping.length > 0 && overlapping.every((block) => !isContentBlock(block.kind))
}

export type ClutterPage = { gold: ClutterGold['pages'][number]; text: string }

/** Line-by-line precision and recall of clutter blocks against the annotation; `blocksOf` reads a page. */
export function scoreClutter(
  pages: readonly ClutterPage[],
  blocksOf: (page: ClutterPage) => readonly Block[] = ({ gold, text }) =>
    parseArticle({ id: gold.id, text }).blocks,
): ClutterFigures {
  const figures: ClutterFigures = {
    lines: 0,
    clutter: { tp: 0, fp: 0, fn: 0 },
    byPage: [],
    bodyLost: [],
    lostByLabel: {},
    missedByLabel: {},
    missed: [],
  }
  for (const page of pages) {
    const { gold, text } = page
    const blocks = blocksOf(page)
    const before = { ...figures.clutter }
    for (const line of gold.lines) {
      figures.lines++
      const predicted = predictedClutter(blocks, line.start, line.end)
      const expected = isClutterLabel(line.label)
      if (predicted && expected) figures.clutter.tp++
      else if (predicted) {
        figures.clutter.fp++
        figures.bodyLost.push(`${gold.id} ${line.start}-${line.end} (${line.label})`)
        figures.lostByLabel[line.label] = (figures.lostByLabel[line.label] ?? 0) + 1
      } else if (expected) {
        figures.clutter.fn++
        figures.missedByLabel[line.label] = (figures.missedByLabel[line.label] ?? 0) + 1
        const kinds = blocks
          .filter((block) => block.start < line.end && block.end > line.start)
          .map((block) => block.kind)
        figures.missed.push(
          `${gold.id} ${line.start}-${line.end} ${line.label} as ${kinds.join('+')}: ${text.slice(line.start, line.end)}`,
        )
      }
    }
    const { tp, fp, fn } = figures.clutter
    figures.byPage.push({ tp: tp - before.tp, fp: fp - before.fp, fn: fn - before.fn })
  }
  return figures
}

/** 95% bootstrap intervals of clutter precision and recall, the pages resampled with their counts (NaN: none to count). */
export function clutterIntervals(byPage: readonly Counts[]) {
  return bootstrap(byPage, (sample) => {
    const counts = { tp: 0, fp: 0, fn: 0 }
    for (const page of sample) {
      counts.tp += page.tp
      counts.fp += page.fp
      counts.fn += page.fn
    }
    const { tp, fp, fn } = counts
    return {
      precision: tp + fp > 0 ? precision(counts) : Number.NaN,
      recall: tp + fn > 0 ? recall(counts) : Number.NaN,
    }
  })
}
