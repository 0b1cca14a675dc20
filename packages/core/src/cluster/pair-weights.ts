import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.87708,
  weights: [
    0.490816, // cosine
    0.130232, // cosine²
    -1.61477, // undated
    0.150672, // days apart
    -1.87364, // log days apart
    -1.30426, // share conflict
    -0.724324, // person conflict
    -0.477019, // state conflict
    3.44774, // log cosine
    1.10426, // lead overlap
    -0.0571501, // year conflict
    0.0552598, // number conflict
    1.31727, // participants shared
    -2.50875, // weekday conflict
    -0.150466, // month conflict
    -1.622, // place conflict
  ],
  threshold: 0.3,
}
