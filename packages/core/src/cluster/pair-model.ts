import { logisticProbability } from '../learned/logistic-probability.ts'
import { BOUNDED_FEATURES, FEATURE_COUNT } from './pair-features.ts'

/**
 * A logistic regression over `PAIR_FEATURES`: the probability that two articles report one event, used as their
 * link weight in average-link clustering, and the mean link two groups need to merge.
 */
export interface PairModel {
  bias: number
  /** One per feature, in `PAIR_FEATURES` order. */
  weights: readonly number[]
  threshold: number
}

/** The link weight of a pair whose features are `features`. */
export function pairProbability(model: PairModel, features: Float64Array): number {
  return logisticProbability(model, features, FEATURE_COUNT, 'story link')
}

/**
 * The most `pairProbability` can give a pair whose time features (`timeFeatures`) are written in `features`, whatever
 * its other features, each in [0, 1]: a pair below the threshold at its ceiling needs no other feature read.
 */
export function pairCeiling(model: PairModel, features: Float64Array): number {
  let z = model.bias
  for (let i = 0; i < FEATURE_COUNT; i++) {
    const weight = model.weights[i]!
    z += BOUNDED_FEATURES[i] ? Math.max(0, weight) : weight * features[i]!
  }
  return 1 / (1 + Math.exp(-z))
}
