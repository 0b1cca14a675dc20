import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.83714,
  weights: [
    0.489295, // cosine
    0.129161, // cosine²
    -1.6103, // undated
    0.147874, // days apart
    -1.86135, // log days apart
    -1.30772, // share conflict
    -0.730826, // person conflict
    -0.483566, // state conflict
    3.43058, // log cosine
    1.34864, // lead overlap
    -0.119667, // year conflict
    0.0486319, // number conflict
    1.30449, // participants shared
    -2.50611, // weekday conflict
    -0.164017, // month conflict
    -1.63263, // place conflict
  ],
  threshold: 0.3,
}
