import { FEATURE_COUNT } from './pair-features.ts'

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
  let z = model.bias
  for (let i = 0; i < FEATURE_COUNT; i++) z += model.weights[i]! * features[i]!
  return 1 / (1 + Math.exp(-z))
}
