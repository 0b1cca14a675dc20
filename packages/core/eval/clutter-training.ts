import { splitLines } from '../src/segment/lines.ts'
import { ruleVerdicts } from '../src/structure/clutter.ts'
import { clutterFeatures } from '../src/structure/clutter-features.ts'
import { type ClutterModel, clutterProbability, isCandidate } from '../src/structure/clutter-model.ts'
import type { ClutterPage } from './clutter.ts'
import { isClutterLabel } from './gold-schema.ts'
import { fitLogistic } from './logistic.ts'

/**
 * One line the rules read (not running text). The model learns from all of them, the clutter the rules found
 * included, and may act on the candidates only (`isCandidate`): lines the rules left to the article.
 */
export interface ClutterExample {
  features: number[]
  clutter: boolean
  candidate: boolean
  /** Page id and line index, to read the errors back. */
  where: string
}

/** The examples of a set of annotated pages, in page and line order. */
export function clutterExamples(pages: readonly ClutterPage[]): ClutterExample[] {
  const examples: ClutterExample[] = []
  for (const { gold, text } of pages) {
    const lines = splitLines(text)
    const context = ruleVerdicts(text, lines)
    const labels = new Map(gold.lines.map((line) => [line.start, line.label]))
    lines.forEach((line, i) => {
      const label = labels.get(line.start)
      if (label === undefined || context.shapes[i] === null) return
      examples.push({
        features: clutterFeatures(context, i),
        clutter: isClutterLabel(label),
        candidate: isCandidate(context, i),
        where: `${gold.id}:${i}`,
      })
    })
  }
  return examples
}

export interface TrainingOptions {
  /** L2 penalty (Newton's method, as the other learned checks are fitted). */
  l2: number
  /** Added to the highest probability of clutter any article line of the training data gets. */
  margin: number
  /** The least threshold whatever the training data. */
  floor: number
}

export const TRAINING: TrainingOptions = { l2: 1, margin: 0.05, floor: 0.5 }

/**
 * The model by Newton's method: no randomness, so the same examples give the same weights. The threshold is set
 * above every candidate article line of the training data, so the model would lose none of them there.
 */
export function trainClutterModel(examples: readonly ClutterExample[], options = TRAINING): ClutterModel {
  const clutter = fitClutter(examples, options)
  return { clutter, threshold: thresholdAbove(clutter, examples, options) }
}

/**
 * Trains on every corpus, and sets the threshold above the likeliest-clutter article line the model may act on of
 * each corpus as a model trained on the others sees it (and of the training data itself): a page the model has not
 * seen puts article lines higher than the pages it learned from, so the threshold is read from unseen pages too.
 */
export function trainAcrossCorpora(
  corpora: readonly (readonly ClutterExample[])[],
  options = TRAINING,
): ClutterModel {
  const model = trainClutterModel(corpora.flat(), options)
  let threshold = model.threshold
  corpora.forEach((held, k) => {
    const inner = fitClutter(corpora.filter((_, j) => j !== k).flat(), options)
    threshold = Math.max(threshold, thresholdAbove(inner, held, options))
  })
  return { ...model, threshold }
}

function fitClutter(examples: readonly ClutterExample[], options: TrainingOptions): number[] {
  const fitted = fitLogistic(
    {
      features: examples.map((example) => Float64Array.from(example.features.slice(1))),
      labels: examples.map((example) => (example.clutter ? 1 : 0)),
    },
    { l2: options.l2 },
  )
  return [fitted.bias, ...fitted.weights].map((value) => round(value, 1))
}

function thresholdAbove(
  clutter: readonly number[],
  examples: readonly ClutterExample[],
  options: TrainingOptions,
): number {
  let highest = 0
  for (const example of examples)
    if (!example.clutter && example.candidate)
      highest = Math.max(highest, clutterProbability({ clutter, threshold: 1 }, example.features))
  return round(Math.max(options.floor, Math.min(1, highest + options.margin)))
}

// One decimal keeps the weights small in the Worker's bundle and the same on every machine; the threshold is read
// from the rounded weights, so rounding costs no article line (leave-one-corpus-out, the same lines as two decimals).
const round = (value: number, decimals = 4): number => Math.round(value * 10 ** decimals) / 10 ** decimals
