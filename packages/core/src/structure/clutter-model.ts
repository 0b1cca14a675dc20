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
 * A multinomial logistic regression over `CLUTTER_FEATURES`, trained by `scripts/train-clutter.ts` on our own line
 * labels of the development clutter corpora: numbers only, no text of any page.
 */
export interface ClutterModel {
  /** The feature names the weights were trained on, in order; a model of other features is refused. */
  features: readonly string[]
  classes: readonly string[]
  /** One row per class, one weight per feature. */
  weights: readonly (readonly number[])[]
  /** The least probability of clutter at which the model may add a verdict the rules did not give. */
  threshold: number
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
    const probabilities = classProbabilities(model, clutterFeatures(context, i, repeated.has(i)))
    if (1 - probabilities[0]! >= model.threshold) kinds[i] = likeliest(model, probabilities)
  }
}

/** The clutter kind the model finds likeliest for a line, whatever its probability of being clutter at all. */
export function likeliestKind(model: ClutterModel, features: readonly number[]): ClutterKind {
  return likeliest(model, classProbabilities(model, features))
}

function likeliest(model: ClutterModel, probabilities: readonly number[]): ClutterKind {
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
  const same =
    model.features.length === CLUTTER_FEATURES.length &&
    model.features.every((name, k) => name === CLUTTER_FEATURES[k]) &&
    model.classes.every((name, c) => name === CLUTTER_MODEL_CLASSES[c]) &&
    model.weights.length === model.classes.length &&
    model.weights.every((row) => row.length === model.features.length)
  if (!same) throw new Error('clutter model: its features or classes are not the ones this code computes')
}
