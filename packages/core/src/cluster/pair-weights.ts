import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.83518,
  weights: [
    0.485907, // cosine
    0.126466, // cosine²
    -1.60998, // undated
    0.147958, // days apart
    -1.8616, // log days apart
    -1.30648, // share conflict
    -0.730117, // person conflict
    -0.483689, // state conflict
    3.43004, // log cosine
    1.34952, // lead overlap
    -0.118964, // year conflict
    0.0484145, // number conflict
    1.30612, // participants shared
    -2.50649, // weekday conflict
    -0.163925, // month conflict
    -1.63342, // place conflict
  ],
  threshold: 0.3,
}
