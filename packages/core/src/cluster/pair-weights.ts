import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.81601,
  weights: [
    0.490386, // cosine
    0.131571, // cosine²
    -1.6136, // undated
    0.14843, // days apart
    -1.86521, // log days apart
    -1.30236, // share conflict
    -0.719585, // person conflict
    -0.474978, // state conflict
    3.42667, // log cosine
    1.34647, // lead overlap
    -0.118254, // year conflict
    0.0486068, // number conflict
    1.32573, // participants shared
    -2.50682, // weekday conflict
    -0.162105, // month conflict
    -1.62597, // place conflict
  ],
  threshold: 0.3,
}
