import { logisticProbability } from '../learned/logistic-probability.ts'
import {
  BODY_SENTENCE_CHARS,
  BODY_SENTENCE_WORDS,
  BODY_WORDS,
  CLUTTER_FEATURES,
  type ClutterContext,
  clutterFeatures,
  continuesAbove,
  DATE_OR_TIME_PATTERN,
  underBrokenLine,
} from './clutter-features.ts'
import {
  brokenOffAt,
  type ClutterKind,
  continuesText,
  endsFullStop,
  isName,
  type LineShape,
  MIN_TITLE_WORDS,
  namesTextPart,
  readsAsProse,
} from './clutter-line.ts'
import { isTableRow } from './clutter-tables.ts'

/**
 * A logistic regression over `CLUTTER_FEATURES`, trained by `eval/train-clutter-model.ts` on our own line labels of
 * the development clutter corpora (numbers only, no text of any page): whether a line is clutter.
 */
export interface ClutterModel {
  /** One weight per feature (the first, of `bias`, the intercept): the log-odds that a line is clutter. */
  clutter: readonly number[]
  /** The least probability of clutter at which the model may add a verdict the rules did not give. */
  threshold: number
}

/** The probability that a line of these features is clutter. */
export function clutterProbability(model: ClutterModel, features: readonly number[]): number {
  // The intercept is the weight of the constant feature `bias`, the first.
  return logisticProbability(
    { bias: 0, weights: model.clutter },
    features,
    CLUTTER_FEATURES.length,
    'clutter',
  )
}

/**
 * Adds the model's verdicts to the rules': a line the rules left to the article (and read, so not running text)
 * becomes clutter when the model is at least `threshold` sure. It never takes a verdict back, so it can only cost an
 * article line where it is that sure and wrong.
 */
export function addLearnedVerdicts(
  context: ClutterContext,
  kinds: (ClutterKind | null)[],
  model: ClutterModel,
): void {
  for (let i = 0; i < kinds.length; i++) {
    if (!isCandidate(context, i)) continue
    const features = clutterFeatures(context, i)
    // A credit or a link the model finds is a few words; a line of a headline's length is a title, or a sentence
    // when the date it gives stands in its middle (a date line opens or closes with its date).
    if (context.shapes[i]!.words.length >= MIN_HEADLINE_WORDS && !datedAtEdge(context.shapes[i]!)) continue
    if (clutterProbability(model, features) >= model.threshold) kinds[i] = addedKind(features)
  }
}

const MIN_HEADLINE_WORDS = 12
const EDGE_WORDS = 5

/** A date or time among a line's first or last words, where a date line gives it, not in the middle of a sentence. */
function datedAtEdge(shape: LineShape): boolean {
  const { words } = shape
  const edge = [...words.slice(0, EDGE_WORDS), ...words.slice(-EDGE_WORDS)].join(' ')
  return DATE_OR_TIME_PATTERN.test(edge)
}

// Indices in `CLUTTER_FEATURES` (a test holds them to the names).
export const DATE_OR_TIME = 2
export const ABOVE_BODY = 4

/**
 * The kind of a line the model adds. A date line when it gives a date or a time (extraction reads it for the
 * article's date). Above the body, a byline: what the model finds there are credits, captions and bylines, whose
 * names the annotation guideline counts as the article's (its outlet in a credit, the people of a caption), and
 * extraction reads a byline's names as it read the line before. Below it, navigation, whose names the guideline
 * leaves out (related and most-read links).
 */
function addedKind(features: readonly number[]): ClutterKind {
  if (features[DATE_OR_TIME] === 1) return 'dateline'
  return features[ABOVE_BODY] === 1 ? 'byline' : 'navigation'
}

/**
 * A line the rules left to the article, read (not running text) and outside the body they found: the body's own
 * lines are where a wrong verdict costs the reader most. Never a line over 100 characters that ends a sentence. Never
 * a bulleted line that is not a link (an item of the article's own list, as the rules read it too), a line that opens
 * with و or ف and a function word or verb (the article's text going on, or the rest of a sentence the line above
 * broke off) or with an opening word and holds a comma, nor the first line the rules left to the article above it (the page's title, however short), nor the
 * text's last line, which a stored or cut page may end in the middle of a word. Never a sentence ending in one full
 * stop, nor a line of a name's shape with no clutter beside it: a subheading has a byline's shape, nor a heading
 * that names a part of the text (`مقدمة`), nor a table's row (`isTableRow`). Never a line of
 * `BODY_WORDS` words or more, whatever its end (`… في ديسمبر.(وكالة)`: running text closed by an agency's tag), nor one
 * of a sentence's length with two commas or more (a lead whose full stop the page dropped), nor a
 * line of a title's length printed again word for word elsewhere on the page: the title and its copies, which the
 * annotation guideline counts as the title's but the one under its photo. Nor a line broken off before a word no
 * sentence ends in (`brokenOffAt`: `… الجديد في`), nor the rest of its sentence under it.
 */
export function isCandidate(context: ClutterContext, i: number): boolean {
  const shape = context.shapes[i]
  if (context.kinds[i] !== null || !shape || i === context.lines.length - 1) return false
  const line = context.lines[i]!
  if (shape.endsSentence && line.end - line.start > BODY_SENTENCE_CHARS) return false
  if (shape.words.length >= BODY_WORDS || isPrintedAgain(context.shapes, i)) return false
  if (shape.stops >= MIN_CLAUSE_STOPS && shape.words.length >= BODY_SENTENCE_WORDS) return false
  if ((shape.bulleted && !shape.linkOnly) || continuesText(shape) || readsAsProse(shape)) return false
  if (brokenOffAt(shape) !== null || underBrokenLine(context.shapes, context.kinds, i)) return false
  if (continuesAbove(context.shapes, context.kinds, i, BODY_SENTENCE_WORDS)) return false
  if (context.body !== null && i >= context.body.first && i <= context.body.last) return false
  if (endsFullStop(shape) || namesTextPart(shape) || (isName(shape) && !nextToClutter(context.kinds, i)))
    return false
  if (isTableRow(context.shapes, i)) return false
  if (context.titleRuns.some((run) => i >= run.first && i <= run.last)) return false
  return context.firstOpen >= 0 && i > context.firstOpen
}

// `وافق المجلس، في جلسته، على …`: two commas or more in a line of a sentence's length set its clauses apart.
const MIN_CLAUSE_STOPS = 2

function isPrintedAgain(shapes: ClutterContext['shapes'], i: number): boolean {
  const words = shapes[i]!.words
  // A line shorter than a title printed twice is a menu's item.
  if (words.length < MIN_TITLE_WORDS) return false
  return printedLines(shapes).get(words.join(' '))! > 1
}

// Each page's lines by their words, counted once for all the lines asked about, not joined again for each.
const printed = new WeakMap<ClutterContext['shapes'], Map<string, number>>()

function printedLines(shapes: ClutterContext['shapes']): Map<string, number> {
  let counts = printed.get(shapes)
  if (counts === undefined) {
    counts = new Map()
    for (const shape of shapes) {
      if (shape === null) continue
      const key = shape.words.join(' ')
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    printed.set(shapes, counts)
  }
  return counts
}

function nextToClutter(kinds: ClutterContext['kinds'], i: number): boolean {
  return (i > 0 && (kinds[i - 1] ?? null) !== null) || (kinds[i + 1] ?? null) !== null
}

/** Throws unless the model was trained on the features this code computes (`names`, joined by spaces), in order. */
export function checkClutterModel(model: ClutterModel, names: string): void {
  if (names !== CLUTTER_FEATURES.join(' ') || model.clutter.length !== CLUTTER_FEATURES.length)
    throw new Error('clutter model: its features are not the ones this code computes')
}
