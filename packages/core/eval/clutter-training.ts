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
  /** How much a line the model may act on counts in the fit against one the rules already decided. */
  candidateWeight: number
}

// Candidates count twice: they are a twentieth of the lines and the only ones the model decides (leave-one-corpus-out
// over clutter-1…10: 21 right lines added against 19 at 1, none lost at either; docs/history/clutter.md, round 10).
export const TRAINING: TrainingOptions = { l2: 1, margin: 0.05, floor: 0.5, candidateWeight: 2 }

/** A model, with the article line that set its threshold (page id and line index) or null when the floor did. */
export type TrainedClutterModel = ClutterModel & { setBy: string | null }

/**
 * The model by Newton's method: no randomness, so the same examples give the same weights. The threshold is set
 * above every candidate article line of the training data, so the model would lose none of them there.
 */
export function trainClutterModel(
  examples: readonly ClutterExample[],
  options = TRAINING,
): TrainedClutterModel {
  const clutter = fitClutter(examples, options)
  return { clutter, ...thresholdAbove(clutter, examples, options) }
}

/**
 * Trains on every corpus, and sets the threshold above the likeliest-clutter article line the model may act on of
 * each corpus as a model trained on the others sees it (and of the training data itself): a page the model has not
 * seen puts article lines higher than the pages it learned from, so the threshold is read from unseen pages too.
 */
export function trainAcrossCorpora(
  corpora: readonly (readonly ClutterExample[])[],
  options = TRAINING,
): TrainedClutterModel {
  let model = trainClutterModel(corpora.flat(), options)
  corpora.forEach((held, k) => {
    const inner = fitClutter(corpora.filter((_, j) => j !== k).flat(), options)
    const above = thresholdAbove(inner, held, options)
    if (above.threshold > model.threshold) model = { ...model, ...above }
  })
  return model
}

function fitClutter(examples: readonly ClutterExample[], options: TrainingOptions): number[] {
  const fitted = fitLogistic(
    {
      features: examples.map((example) => Float64Array.from(example.features.slice(1))),
      labels: examples.map((example) => (example.clutter ? 1 : 0)),
      weights: examples.map((example) => (example.candidate ? options.candidateWeight : 1)),
    },
    { l2: options.l2 },
  )
  return [fitted.bias, ...fitted.weights].map((value) => round(value, 1))
}

/**
 * Above the likeliest-clutter article line the model may act on. One such line decides it: an article line the
 * features cannot tell from clutter (as likely as 0.95) puts it at 1 and the model adds nothing, which is why the
 * line is named (`setBy`) and training refuses to write such a model.
 */
function thresholdAbove(
  clutter: readonly number[],
  examples: readonly ClutterExample[],
  options: TrainingOptions,
): { threshold: number; setBy: string | null } {
  let highest = 0
  let setBy: string | null = null
  for (const example of examples) {
    if (example.clutter || !example.candidate) continue
    const probability = clutterProbability({ clutter, threshold: 1 }, example.features)
    if (probability > highest) [highest, setBy] = [probability, example.where]
  }
  const threshold = round(Math.max(options.floor, Math.min(1, highest + options.margin)))
  return { threshold, setBy: threshold > options.floor ? setBy : null }
}

// One decimal keeps the weights small in the Worker's bundle and the same on every machine; the threshold is read
// from the rounded weights, so rounding costs no article line (leave-one-corpus-out, the same lines as two decimals).
const round = (value: number, decimals = 4): number => Math.round(value * 10 ** decimals) / 10 ** decimals
