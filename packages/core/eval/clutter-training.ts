import { splitLines } from '../src/segment/lines.ts'
import { ruleVerdicts } from '../src/structure/clutter.ts'
import { CLUTTER_FEATURES, clutterFeatures, repeatedLines } from '../src/structure/clutter-features.ts'
import {
  CLUTTER_MODEL_CLASSES,
  type ClutterModel,
  classProbabilities,
  clutterProbability,
  isCandidate,
} from '../src/structure/clutter-model.ts'
import type { ClutterPage } from './clutter.ts'
import type { LineLabel } from './gold-schema.ts'
import { fitLogistic } from './logistic.ts'

/**
 * One line the rules read (not running text). The model learns from all of them, the clutter the rules found
 * included, and may act on the candidates only (`isCandidate`): lines the rules left to the article.
 */
export interface ClutterExample {
  features: number[]
  /** Index in `CLUTTER_MODEL_CLASSES`: 0 for a line of the article. */
  label: number
  candidate: boolean
  /** Page id and line index, to read the errors back. */
  where: string
}

const CONTENT_LABELS: readonly LineLabel[] = ['title', 'heading', 'body']

/** The examples of a set of annotated pages, in page and line order. */
export function clutterExamples(pages: readonly ClutterPage[]): ClutterExample[] {
  const examples: ClutterExample[] = []
  for (const { gold, text } of pages) {
    const lines = splitLines(text)
    const context = ruleVerdicts(text, lines)
    const labels = new Map(gold.lines.map((line) => [line.start, line.label]))
    let repeated: Set<number> | undefined
    lines.forEach((line, i) => {
      const label = labels.get(line.start)
      if (label === undefined || context.shapes[i] === null) return
      repeated ??= repeatedLines(context.shapes)
      const index = CONTENT_LABELS.includes(label) ? 0 : CLUTTER_MODEL_CLASSES.indexOf(label as never)
      const features = clutterFeatures(context, i, repeated.has(i))
      examples.push({ features, label: index, candidate: isCandidate(context, i), where: `${gold.id}:${i}` })
    })
  }
  return examples
}

export interface TrainingOptions {
  /** Gradient descent of the multinomial model of kinds. */
  epochs: number
  rate: number
  /** L2 penalty on every weight but the bias, of the model of kinds. */
  l2: number
  /** L2 penalty of the binary model (Newton's method, as the other learned checks are fitted). */
  clutterL2: number
  /** Added to the highest probability of clutter any article line of the training data gets. */
  margin: number
  /** The least threshold whatever the training data. */
  floor: number
}

export const TRAINING: TrainingOptions = {
  epochs: 1500,
  rate: 0.5,
  l2: 0.001,
  clutterL2: 1,
  margin: 0.05,
  floor: 0.5,
}

/**
 * The binary model (clutter or not) by Newton's method and the multinomial model of kinds by full-batch gradient
 * descent from zero weights: no randomness, so the same examples give the same weights. The threshold is set above
 * every candidate article line of the training data, so the model would lose none of them there.
 */
export function trainClutterModel(examples: readonly ClutterExample[], options = TRAINING): ClutterModel {
  const model: ClutterModel = {
    features: CLUTTER_FEATURES.join(' '),
    clutter: fitClutter(examples, options),
    classes: CLUTTER_MODEL_CLASSES,
    weights: trainKinds(examples, options),
    threshold: 1,
  }
  return { ...model, threshold: thresholdAbove(model.clutter, examples, options) }
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
      labels: examples.map((example) => (example.label === 0 ? 0 : 1)),
    },
    { l2: options.clutterL2 },
  )
  return [fitted.bias, ...fitted.weights].map((value) => round(value, 2))
}

function thresholdAbove(
  clutter: readonly number[],
  examples: readonly ClutterExample[],
  options: TrainingOptions,
): number {
  const model = { clutter } as ClutterModel
  let highest = 0
  for (const example of examples)
    if (example.label === 0 && example.candidate)
      highest = Math.max(highest, clutterProbability(model, example.features))
  return round(Math.max(options.floor, Math.min(1, highest + options.margin)))
}

/** Which kind of clutter a line is: multinomial logistic regression by full-batch gradient descent. */
function trainKinds(examples: readonly ClutterExample[], options: TrainingOptions): number[][] {
  const classes = CLUTTER_MODEL_CLASSES.length
  const features = CLUTTER_FEATURES.length
  const weights = Array.from({ length: classes }, () => new Array<number>(features).fill(0))
  const model = { weights } as unknown as ClutterModel
  const gradient = Array.from({ length: classes }, () => new Array<number>(features).fill(0))
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const row of gradient) row.fill(0)
    for (const example of examples) {
      const probabilities = classProbabilities(model, example.features)
      for (let c = 0; c < classes; c++) {
        const error = probabilities[c]! - (c === example.label ? 1 : 0)
        for (let k = 0; k < features; k++) gradient[c]![k]! += error * example.features[k]!
      }
    }
    for (let c = 0; c < classes; c++)
      for (let k = 0; k < features; k++) {
        const penalty = k === 0 ? 0 : options.l2 * weights[c]![k]!
        weights[c]![k]! -= options.rate * (gradient[c]![k]! / examples.length + penalty)
      }
  }
  return weights.map((row) => row.map((value) => round(value, 1)))
}

// Few decimals keep the weights small in the Worker's bundle and the same on every machine: the kinds are an argmax
// (one decimal names as many kinds right as two), the threshold is read from the binary model's rounded weights
// (two decimals: the same leave-one-corpus-out figures as four).
const round = (value: number, decimals = 4): number => Math.round(value * 10 ** decimals) / 10 ** decimals
