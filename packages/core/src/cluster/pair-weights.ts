import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.83382,
  weights: [
    0.488469, // cosine
    0.130786, // cosine²
    -1.60985, // undated
    0.147785, // days apart
    -1.86087, // log days apart
    -1.30653, // share conflict
    -0.730135, // person conflict
    -0.482893, // state conflict
    3.42994, // log cosine
    1.34707, // lead overlap
    -0.119169, // year conflict
    0.0484569, // number conflict
    1.30655, // participants shared
    -2.50568, // weekday conflict
    -0.164031, // month conflict
    -1.63345, // place conflict
  ],
  threshold: 0.3,
}
