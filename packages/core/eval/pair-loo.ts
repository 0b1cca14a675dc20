import type { SmallMerge } from '../src/cluster/average-link.ts'
import { PAIR_FEATURES } from '../src/cluster/pair-features.ts'
import type { PairModel } from '../src/cluster/pair-model.ts'
import { type Article, type StoryIndexOptions, storiesOf } from '../src/index.ts'
import { fitLogistic } from './logistic.ts'
import { type PairRows, pairRows } from './pair-training.ts'
import { type ParsedCorpus, storiesF1 } from './story-runs.ts'

/** Probability thresholds a learned model's threshold is chosen from. */
const THRESHOLDS = Array.from({ length: 36 }, (_, i) => Number((0.1 + i * 0.02).toFixed(2)))
/** The thresholds `cohesionLeaveOneOut` chooses from with each cohesion: where every fold's choice has fallen. */
export const NEAR_THRESHOLDS = THRESHOLDS.filter((threshold) => threshold >= 0.24 && threshold <= 0.44)

export function storyF1(articles: Article[], event: Map<string, string>, model: PairModel): number {
  return storiesF1(storiesOf(articles, { pairModel: model }), event)
}

/** Pair rows of corpora, both runs of each: one model serves articles with and without dates. */
export function rowsOf(corpora: readonly ParsedCorpus[]): PairRows {
  const rows: PairRows = { features: [], labels: [] }
  for (const corpus of corpora)
    for (const run of corpus.runs) {
      const more = pairRows(run.articles, corpus.event)
      rows.features.push(...more.features)
      rows.labels.push(...more.labels)
    }
  return rows
}

const UNDATED = PAIR_FEATURES.indexOf('undated')

/**
 * What `trainModel` adds to the fitted weight of `undated`, chosen with the threshold (0 first: ties keep the weight as
 * fitted). The likelihood weighs every pair that shares a term, mostly far apart; B³ turns on the few close ones, where
 * a pair without times needs more likeness than the fit asks of it (round 40: docs/round-40/pair-model.md).
 */
export const UNDATED_SHIFTS = [0, -0.5, 0.5, -1, -1.5] as const

/** How `trainModel` fits: features left out, how much each row counts, the thresholds it chooses from. */
export interface Fitting {
  /** Feature positions zeroed in every row: their weights come out 0, as if the features were absent. */
  without?: readonly number[]
  /** How much a row counts in the likelihood, from its features and label (1 each by default). */
  weigh?: (features: Float64Array, label: number) => number
  thresholds?: readonly number[]
  /** The shifts of the `undated` weight tried with each threshold (`UNDATED_SHIFTS` by default; `[0]`: none). */
  undatedShifts?: readonly number[]
}

/**
 * Trains on `corpora` (both runs) and chooses the threshold and the shift of the `undated` weight that give the best
 * mean B³ F1 over their runs: the model `storiesOf` ships is this over every development corpus the cache holds, with
 * the default `fitting`.
 */
export function trainModel(corpora: readonly ParsedCorpus[], fitting: Fitting = {}): PairModel {
  const rows = rowsOf(corpora)
  const { without = [], weigh, thresholds = THRESHOLDS, undatedShifts = UNDATED_SHIFTS } = fitting
  for (const row of rows.features) for (const k of without) row[k] = 0
  const fitted = fitLogistic({
    ...rows,
    ...(weigh && { weights: rows.features.map((row, n) => weigh(row, rows.labels[n]!)) }),
  })
  let best: PairModel = { ...fitted, threshold: thresholds[0]! }
  let bestScore = -1
  for (const shift of undatedShifts) {
    const weights = fitted.weights.map((weight, k) => (k === UNDATED ? weight + shift : weight))
    for (const threshold of thresholds) {
      const model = { bias: fitted.bias, weights, threshold }
      let sum = 0
      for (const corpus of corpora)
        for (const run of corpus.runs) sum += storyF1(run.articles, corpus.event, model)
      if (sum > bestScore + 1e-9) {
        best = model
        bestScore = sum
      }
    }
  }
  return best
}

/**
 * Leave-one-corpus-out: trained and thresholded on the others, scored on each corpus, with dates and without; each
 * row goes to `done` as its fold ends.
 */
export function learnedLeaveOneOut(
  corpora: readonly ParsedCorpus[],
  fitting: Fitting = {},
  done: (row: LearnedRow, index: number) => void = () => {},
): LearnedRow[] {
  return corpora.map((held, index) => {
    const model = trainModel(
      corpora.filter((corpus) => corpus !== held),
      fitting,
    )
    const [dated, undated] = held.runs.map((run) => storyF1(run.articles, held.event, model))
    const row = { corpus: held.name, dated: dated!, undated: undated!, threshold: model.threshold }
    done(row, index)
    return row
  })
}

/** A held-out corpus's row of `learnedLeaveOneOut`: B³ F1 with dates and without, at the threshold its fold chose. */
export interface LearnedRow {
  corpus: string
  dated: number
  undated: number
  threshold: number
}

/** The small-group passes `smallLeaveOneOut` chooses from (none first: ties keep the plain link). */
export const SMALL_MERGES: readonly (SmallMerge | undefined)[] = [
  undefined,
  ...[1, 2].flatMap((size) =>
    [0.9, 0.8, 0.7, 0.6, 0.5].flatMap((factor) => [true, false].map((mutual) => ({ size, factor, mutual }))),
  ),
]

export const smallName = (small: SmallMerge | undefined): string =>
  small === undefined ? 'none' : `≤${small.size} at ${small.factor}×${small.mutual ? ', mutual' : ''}`

/**
 * Leave-one-corpus-out over the small-group pass: for each corpus, the link trained and thresholded on the others,
 * the pass (or none) that gives their best mean B³ F1 over both runs, scored on the corpus with and without dates.
 */
export function smallLeaveOneOut(
  corpora: readonly ParsedCorpus[],
  choices: readonly (SmallMerge | undefined)[] = SMALL_MERGES,
): { corpus: string; plain: [number, number]; dated: number; undated: number; chosen: string }[] {
  return corpora.map((held) => {
    const rest = corpora.filter((corpus) => corpus !== held)
    const model = trainModel(rest)
    const score = (corpus: ParsedCorpus, small: SmallMerge | undefined) =>
      corpus.runs.map((run) =>
        storiesF1(storiesOf(run.articles, { pairModel: model, ...(small && { small }) }), corpus.event),
      )
    let chosen: SmallMerge | undefined
    let best = -1
    for (const small of choices) {
      const sum = rest.reduce((total, corpus) => total + score(corpus, small).reduce((a, b) => a + b, 0), 0)
      if (sum > best + 1e-9) {
        best = sum
        chosen = small
      }
    }
    const plain = score(held, undefined) as [number, number]
    const [dated, undated] = score(held, chosen)
    return { corpus: held.name, plain, dated: dated!, undated: undated!, chosen: smallName(chosen) }
  })
}

/** The cohesions `cohesionLeaveOneOut` chooses from (0: plain average link, first: ties keep it). */
export const COHESIONS = [0, 0.35, 0.5, 0.65] as const

/** A clusterer setting tried leave-one-corpus-out: its name and the options it adds to the learned link. */
export interface Variant {
  name: string
  options: StoryIndexOptions
}

/** A held-out corpus's row of `variantLeaveOneOut`. */
export interface VariantRow {
  corpus: string
  plain: [number, number]
  dated: number
  undated: number
  chosen: string
  /** Every variant's figures on the corpus at the plain variant's threshold, chosen or not. */
  each: { name: string; dated: number; undated: number }[]
}

/**
 * Leave-one-corpus-out over settings of the clusterer: for each corpus, the link trained on the others, and the
 * variant (the first is plain: ties keep it) and threshold that give the others' best mean B³ F1 over both runs,
 * scored on the corpus with and without dates, beside the first variant at its own threshold chosen the same way.
 * With `joint`, every variant is tried at every threshold of 0.24–0.44; without, the others are tried at the plain
 * variant's threshold only (a screening that costs a variant one clustering per corpus instead of eleven). Each row
 * goes to `done` as its fold ends; `folds` are the corpora held out in turn (all by default); `shown` the variants
 * whose figures at the plain threshold each row lists (`each`).
 */
export function variantLeaveOneOut(
  corpora: readonly ParsedCorpus[],
  variants: readonly Variant[],
  joint = true,
  done: (row: VariantRow) => void = () => {},
  folds: readonly ParsedCorpus[] = corpora,
  shown: readonly Variant[] = variants,
): VariantRow[] {
  return folds.map((held) => {
    const rest = corpora.filter((corpus) => corpus !== held)
    const fitted = fitLogistic(rowsOf(rest))
    const score = (corpus: ParsedCorpus, variant: Variant, threshold: number) =>
      corpus.runs.map((run) =>
        storiesF1(
          storiesOf(run.articles, { pairModel: { ...fitted, threshold }, ...variant.options }),
          corpus.event,
        ),
      )
    const best = (choices: readonly Variant[], thresholds: readonly number[]) => {
      let chosen = { variant: choices[0]!, threshold: thresholds[0]! }
      let top = -1
      for (const variant of choices)
        for (const threshold of thresholds) {
          const sum = rest.reduce(
            (total, corpus) => total + score(corpus, variant, threshold).reduce((a, b) => a + b, 0),
            0,
          )
          if (sum > top + 1e-9) {
            top = sum
            chosen = { variant, threshold }
          }
        }
      return chosen
    }
    const plain = best(variants.slice(0, 1), NEAR_THRESHOLDS)
    const chosen = best(variants, joint ? NEAR_THRESHOLDS : [plain.threshold])
    const [dated, undated] = score(held, chosen.variant, chosen.threshold)
    const row: VariantRow = {
      corpus: held.name,
      plain: score(held, plain.variant, plain.threshold) as [number, number],
      dated: dated!,
      undated: undated!,
      chosen: `${chosen.variant.name} at ${chosen.threshold} (plain at ${plain.threshold})`,
      each: shown.map((variant) => {
        const [d, u] = score(held, variant, plain.threshold)
        return { name: variant.name, dated: d!, undated: u! }
      }),
    }
    done(row)
    return row
  })
}

/** Leave-one-corpus-out over the cohesion check of average link (`variantLeaveOneOut`, 0 the plain link). */
export function cohesionLeaveOneOut(
  corpora: readonly ParsedCorpus[],
  choices: readonly number[] = COHESIONS,
): VariantRow[] {
  return variantLeaveOneOut(
    corpora,
    choices.map((cohesion) => ({ name: String(cohesion), options: { cohesion } })),
  )
}
