import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.88436,
  weights: [
    0.487242, // cosine
    0.125493, // cosine²
    -1.61451, // undated
    0.150657, // days apart
    -1.87353, // log days apart
    -1.30481, // share conflict
    -0.723974, // person conflict
    -0.478614, // state conflict
    3.45007, // log cosine
    1.09964, // lead overlap
    -0.0597772, // year conflict
    0.0540878, // number conflict
    1.31511, // participants shared
    -2.50891, // weekday conflict
    -0.151062, // month conflict
    -1.62292, // place conflict
  ],
  threshold: 0.3,
}
