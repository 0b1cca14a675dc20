import type { EntityKind } from '../src/model/extraction.ts'
import {
  chooseThresholds,
  chooseVeto,
  type InnerRows,
  NONE,
  type TaggedRow,
  type Thresholds,
} from './tagger-additions.ts'
import { type CheckModel, checkProbability, checkRows, fitCheck } from './tagger-check.ts'
import { KINDS } from './tagger-training.ts'

/** Probability thresholds of the check. */
const PROBABILITIES = Array.from({ length: 19 }, (_, i) => Number((0.05 * (i + 1)).toFixed(2)))

/** How the tagger's additions join the rules: by its own confidence, or through the check of each kind. */
export interface Combination {
  thresholds: Thresholds
  check: CheckModel
}

type Rows = readonly TaggedRow[]

/** The additions with the check's probability as their confidence (kinds without a check: none pass). */
function judged(rows: Rows, check: CheckModel): TaggedRow[] {
  return rows.map(({ article, added, support }) => ({
    article,
    ...(support && { support }),
    added: added.map((addition) => {
      const model = check[addition.entity.kind]
      const features = checkRows(article, [addition])[0]!.features
      return { ...addition, confidence: model === undefined ? 0 : checkProbability(model, features) }
    }),
  }))
}

/**
 * Fits both combinations on out-of-fold additions of the training batches: the tagger's confidence threshold of
 * each kind, and a check per kind whose probability threshold is chosen on probabilities each inner fold gets
 * from a check fitted on the other folds.
 */
export function fitCombination(inner: InnerRows): {
  plain: Thresholds
  checked: Combination
  veto: Thresholds
} {
  const plain = chooseThresholds(inner.rows)
  const veto = chooseVeto(inner.rows)
  const folds = Math.max(...inner.folds) + 1
  const crossFitted: TaggedRow[] = []
  for (let fold = 0; fold < folds; fold++) {
    const training = inner.rows.filter((_, i) => inner.folds[i] !== fold)
    const labelled = training.flatMap(({ article, added }) => checkRows(article, added))
    const check: CheckModel = {}
    for (const kind of KINDS) {
      const model = fitCheck(labelled, kind)
      if (model) check[kind] = { ...model, threshold: 0 }
    }
    crossFitted.push(
      ...judged(
        inner.rows.filter((_, i) => inner.folds[i] === fold),
        check,
      ),
    )
  }
  const thresholds = chooseThresholds(crossFitted, PROBABILITIES)
  const all = inner.rows.flatMap(({ article, added }) => checkRows(article, added))
  const check: CheckModel = {}
  for (const kind of KINDS) {
    const model = fitCheck(all, kind)
    if (model && thresholds[kind] !== Infinity) check[kind] = { ...model, threshold: thresholds[kind] }
  }
  return { plain, checked: { thresholds, check }, veto }
}

/** The additions a combination keeps, with the confidence its thresholds read. */
export function checkedRows(rows: Rows, combination: Combination) {
  return judged(rows, combination.check)
}

export const kindsOf = (thresholds: Thresholds): EntityKind[] =>
  KINDS.filter((kind) => thresholds[kind] !== NONE[kind])
