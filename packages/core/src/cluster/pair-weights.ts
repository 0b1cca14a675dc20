import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.8747,
  weights: [
    0.492223, // cosine
    0.13167, // cosine²
    -1.61494, // undated
    0.15067, // days apart
    -1.87363, // log days apart
    -1.30397, // share conflict
    -0.724433, // person conflict
    -0.4766, // state conflict
    3.44697, // log cosine
    1.10624, // lead overlap
    -0.0570975, // year conflict
    0.0553592, // number conflict
    1.318, // participants shared
    -2.50862, // weekday conflict
    -0.150268, // month conflict
    -1.6219, // place conflict
  ],
  threshold: 0.3,
}
