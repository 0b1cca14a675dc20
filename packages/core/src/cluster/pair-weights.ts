import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.83285,
  weights: [
    0.490319, // cosine
    0.13268, // cosine²
    -1.61002, // undated
    0.147788, // days apart
    -1.8609, // log days apart
    -1.30655, // share conflict
    -0.729967, // person conflict
    -0.483439, // state conflict
    3.42948, // log cosine
    1.34616, // lead overlap
    -0.119569, // year conflict
    0.0486015, // number conflict
    1.3063, // participants shared
    -2.50564, // weekday conflict
    -0.163915, // month conflict
    -1.63426, // place conflict
  ],
  threshold: 0.3,
}
