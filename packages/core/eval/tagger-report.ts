import { emptyScores, type Scores } from '../test/extraction/score.ts'
import { extractionFigures } from './extraction.ts'
import { type Addition, additions, entityScores, NONE, type Thresholds } from './tagger-additions.ts'
import { type Tagger, tagSpans } from './tagger-perceptron.ts'
import { KINDS, type TaggedArticle } from './tagger-training.ts'

// What the tagger scripts (`train-tagger.ts`, `train-tagger-external.ts`) print, written once.

export const MEASURES = ['person', 'organization', 'location', 'media'] as const
export const figure = (value: number) => value.toFixed(3)

/** How many entities the additions put in, and how many of them the scorer counts right. */
export function added(before: Scores, after: Scores): { right: number; all: number } {
  let all = 0
  let right = 0
  for (const kind of KINDS) {
    all +=
      after.entities[kind].tp + after.entities[kind].fp - before.entities[kind].tp - before.entities[kind].fp
    right += after.entities[kind].tp - before.entities[kind].tp
  }
  return { right, all }
}

export const rightOfAll = ({ right, all }: { right: number; all: number }) => `${right} of ${all}`

export const shown = (thresholds: Thresholds) =>
  KINDS.map((kind) => (Math.abs(thresholds[kind]) === Infinity ? '–' : thresholds[kind])).join(' / ')

/** One batch's figures: the rules alone, and the tagger's spans alone (no slack) as its only entities. */
export function aloneFigures(tagger: Tagger, articles: readonly TaggedArticle[]) {
  const rulesScores = entityScores(
    articles.map((article) => ({ article, added: [] })),
    NONE,
  )
  const aloneScores = entityScores(
    articles.map((article) => {
      const bare = { ...article, entities: [] }
      return { article: bare, added: additions(bare, tagSpans(tagger, article, 0)) }
    }),
    { person: 0, organization: 0, location: 0, media: 0 },
  )
  return {
    rules: extractionFigures(rulesScores),
    alone: extractionFigures(aloneScores),
    rulesScores,
    aloneScores,
  }
}

/**
 * A ceiling, not a measure: each row one least confidence for every kind and batch, so the best row is chosen on
 * the batches themselves. Mean F1 over the batches, and the additions of every kind.
 */
export function sweepTable(
  batches: readonly (readonly { article: TaggedArticle; added: readonly Addition[] }[])[],
): string {
  const lines = [
    '| least confidence | person F1 (mean of batches) | org. F1 (media incl.) | location F1 | media F1 | added (right of all) | pooled F1 P / O / L / M |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const t of [Infinity, -10, -5, -2, 0, 2, 5, 10, 15, 20, 30]) {
    const all = { person: t, organization: t, location: t, media: t }
    const mean = MEASURES.map(() => 0)
    const total = { right: 0, all: 0 }
    const pooled = emptyScores()
    for (const rows of batches) {
      const after = entityScores(rows, all)
      for (const kind of KINDS) {
        pooled.entities[kind].tp += after.entities[kind].tp
        pooled.entities[kind].fp += after.entities[kind].fp
        pooled.entities[kind].fn += after.entities[kind].fn
      }
      const f = extractionFigures(after)
      MEASURES.forEach((m, i) => {
        mean[i]! += f[m] / batches.length
      })
      const { right, all: n } = added(entityScores(rows, NONE), after)
      total.right += right
      total.all += n
    }
    lines.push(
      `| ${t === Infinity ? 'rules alone' : t} | ${mean.map(figure).join(' | ')} | ${rightOfAll(total)} | ${MEASURES.map((m) => figure(extractionFigures(pooled)[m])).join(' / ')} |`,
    )
  }
  return lines.join('\n')
}
