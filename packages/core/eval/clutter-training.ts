import { splitLines } from '../src/segment/lines.ts'
import { ruleVerdicts } from '../src/structure/clutter.ts'
import { CLUTTER_FEATURES, clutterFeatures, repeatedLines } from '../src/structure/clutter-features.ts'
import {
  CLUTTER_MODEL_CLASSES,
  type ClutterModel,
  classProbabilities,
  isCandidate,
} from '../src/structure/clutter-model.ts'
import type { ClutterPage } from './clutter.ts'
import type { LineLabel } from './gold-schema.ts'

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
  epochs: number
  rate: number
  /** L2 penalty on every weight but the bias. */
  l2: number
  /** Added to the highest probability of clutter any article line of the training data gets. */
  margin: number
  /** The least threshold whatever the training data. */
  floor: number
}

export const TRAINING: TrainingOptions = { epochs: 1500, rate: 0.5, l2: 0.001, margin: 0.05, floor: 0.5 }

/**
 * Multinomial logistic regression by full-batch gradient descent from zero weights: no randomness, so the same
 * examples give the same weights. The threshold is set above every candidate article line of the training data, so
 * the model would lose none of them there.
 */
export function trainClutterModel(examples: readonly ClutterExample[], options = TRAINING): ClutterModel {
  const classes = CLUTTER_MODEL_CLASSES.length
  const features = CLUTTER_FEATURES.length
  const weights = Array.from({ length: classes }, () => new Array<number>(features).fill(0))
  const model: ClutterModel = {
    features: CLUTTER_FEATURES,
    classes: CLUTTER_MODEL_CLASSES,
    weights,
    threshold: 1,
  }
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
  for (const row of weights) for (let k = 0; k < features; k++) row[k] = round(row[k]!)
  let highest = 0
  for (const example of examples)
    if (example.label === 0 && example.candidate)
      highest = Math.max(highest, 1 - classProbabilities(model, example.features)[0]!)
  return { ...model, threshold: round(Math.max(options.floor, Math.min(1, highest + options.margin))) }
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
  let highest = 0
  corpora.forEach((held, k) => {
    const inner = trainClutterModel(corpora.filter((_, j) => j !== k).flat(), options)
    for (const example of held)
      if (example.label === 0 && example.candidate)
        highest = Math.max(highest, 1 - classProbabilities(inner, example.features)[0]!)
  })
  const threshold = round(Math.max(model.threshold, Math.min(1, highest + options.margin)))
  return { ...model, threshold }
}

// Four decimals keep the weights file a few kilobytes and its numbers the same on every machine.
const round = (value: number): number => Math.round(value * 1e4) / 1e4
