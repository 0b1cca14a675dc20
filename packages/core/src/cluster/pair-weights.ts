import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.19066,
  weights: [
    0.464659, // cosine
    0.278084, // cosine²
    -1.83338, // undated
    0.135507, // days apart
    -1.86965, // log days apart
    -1.22241, // share conflict
    -0.828478, // person conflict
    -0.470158, // state conflict
    3.14782, // log cosine
    1.7381, // lead overlap
    -0.289537, // year conflict
    0.0908878, // number conflict
    1.56764, // participants shared
  ],
  threshold: 0.34,
}
