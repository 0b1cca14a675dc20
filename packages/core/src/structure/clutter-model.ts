import { paragraphOpenerSet, stopwordSet as stopwords } from '../lang/ar/compiled-analysis.ts'
import {
  CLUTTER_FEATURES,
  CLUTTER_KINDS,
  type ClutterContext,
  clutterFeatures,
  continuesAbove,
  repeatedLines,
} from './clutter-features.ts'
import type { ClutterKind } from './clutter-line.ts'

/** The classes the learned model tells apart: a line of the article, or one kind of clutter, in the model's order. */
export const CLUTTER_MODEL_CLASSES: readonly ('content' | ClutterKind)[] = ['content', ...CLUTTER_KINDS]

/**
 * Two logistic regressions over `CLUTTER_FEATURES`, trained by `eval/train-clutter-model.ts` on our own line labels
 * of the development clutter corpora (numbers only, no text of any page): a binary one says whether a line is
 * clutter, a multinomial one which kind of clutter it is.
 */
export interface ClutterModel {
  /** The names of the features the weights were trained on, in order, joined by spaces; other features are refused. */
  features: string
  /** One weight per feature (the first, of `bias`, the intercept): the log-odds that a line is clutter. */
  clutter: readonly number[]
  classes: readonly string[]
  /** One row per class, one weight per feature: which kind of clutter a line is. */
  weights: readonly (readonly number[])[]
  /** The least probability of clutter at which the model may add a verdict the rules did not give. */
  threshold: number
}

/** The probability that a line of these features is clutter. */
export function clutterProbability(model: ClutterModel, features: readonly number[]): number {
  let score = 0
  for (let k = 0; k < features.length; k++) score += model.clutter[k]! * features[k]!
  return 1 / (1 + Math.exp(-score))
}

/** Class probabilities of one feature vector. */
export function classProbabilities(model: ClutterModel, features: readonly number[]): number[] {
  const scores = new Array<number>(model.weights.length)
  let top = -Infinity
  for (let c = 0; c < scores.length; c++) {
    const row = model.weights[c]!
    let score = 0
    for (let k = 0; k < row.length; k++) score += row[k]! * features[k]!
    scores[c] = score
    if (score > top) top = score
  }
  let total = 0
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - top)
    total += scores[c]!
  }
  for (let c = 0; c < scores.length; c++) scores[c] = scores[c]! / total
  return scores
}

/**
 * Adds the model's verdicts to the rules': a line the rules left to the article (and read, so not running text)
 * becomes clutter when the model is at least `threshold` sure, of the clutter kind it finds likeliest. It never
 * takes a verdict back, so it can only cost an article line where it is that sure and wrong.
 */
export function addLearnedVerdicts(
  context: ClutterContext,
  kinds: (ClutterKind | null)[],
  model: ClutterModel,
): void {
  let repeated: Set<number> | undefined
  for (let i = 0; i < kinds.length; i++) {
    if (!isCandidate(context, i)) continue
    repeated ??= repeatedLines(context.shapes)
    const features = clutterFeatures(context, i, repeated.has(i))
    if (clutterProbability(model, features) >= model.threshold) kinds[i] = likeliestKind(model, features)
  }
}

/** The clutter kind the model finds likeliest for a line, whatever its probability of being clutter at all. */
export function likeliestKind(model: ClutterModel, features: readonly number[]): ClutterKind {
  const probabilities = classProbabilities(model, features)
  let best = 1
  for (let c = 2; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c
  return model.classes[best] as ClutterKind
}

/**
 * A line the rules left to the article, read (not running text) and outside the body they found: the body's own
 * lines are where a wrong verdict costs the reader most. Never a line over 100 characters that ends a sentence. Never a bulleted line that is not a link (an item of the
 * article's own list, as the rules read it too), a line that opens with و or ف and a function word or verb (the
 * article's text going on, or the rest of a sentence the line above broke off), nor the first line the rules left to the article above it (the page's title, however
 * short), nor the text's last line, which a stored or cut page may end in the middle of a word.
 */
export function isCandidate(context: ClutterContext, i: number): boolean {
  const shape = context.shapes[i]
  if (context.kinds[i] !== null || !shape || i === context.lines.length - 1) return false
  const line = context.lines[i]!
  if (shape.endsSentence && line.end - line.start > SENTENCE_CHARS) return false
  if ((shape.bulleted && !shape.linkOnly) || goesOn(shape.words[0] ?? '')) return false
  if (continuesAbove(context.shapes, context.kinds, i, SENTENCE_WORDS)) return false
  if (context.body !== null && i >= context.body.first && i <= context.body.last) return false
  return context.firstOpen >= 0 && i > context.firstOpen
}

// The words of a sentence of the article: the rules read a shorter line above as a title or a label.
const SENTENCE_WORDS = 8
// A line this long that ends a sentence is the article's, whatever the model thinks.
const SENTENCE_CHARS = 100

function goesOn(first: string): boolean {
  if (!(first.startsWith('و') || first.startsWith('ف')) || first.length < 3) return false
  return paragraphOpenerSet.has(first) || stopwords.has(first.slice(1))
}

/** Throws unless the model was trained on the features this code computes, in the same order. */
export function checkClutterModel(model: ClutterModel): void {
  const count = CLUTTER_FEATURES.length
  const same =
    model.features === CLUTTER_FEATURES.join(' ') &&
    model.classes.every((name, c) => name === CLUTTER_MODEL_CLASSES[c]) &&
    model.clutter.length === count &&
    model.weights.length === model.classes.length &&
    model.weights.every((row) => row.length === count)
  if (!same) throw new Error('clutter model: its features or classes are not the ones this code computes')
}
