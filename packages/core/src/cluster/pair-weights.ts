import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.88347,
  weights: [
    0.492095, // cosine
    0.129704, // cosine²
    -1.61459, // undated
    0.150724, // days apart
    -1.87397, // log days apart
    -1.30629, // share conflict
    -0.72557, // person conflict
    -0.479681, // state conflict
    3.44893, // log cosine
    1.1099, // lead overlap
    -0.0601426, // year conflict
    0.0538044, // number conflict
    1.31228, // participants shared
    -2.50841, // weekday conflict
    -0.150849, // month conflict
    -1.62403, // place conflict
  ],
  threshold: 0.3,
}
