import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.36752,
  weights: [
    0.773262, // cosine
    0.480454, // cosine²
    -1.62744, // undated
    0.102746, // days apart
    -1.73886, // log days apart
    -1.34278, // share conflict
    -0.865176, // person conflict
    -0.447218, // state conflict
    3.24987, // log cosine
    1.16697, // lead overlap
    -0.10014, // year conflict
    0.177175, // number conflict
    1.49248, // participants shared
    -2.39374, // weekday conflict
    -0.114179, // month conflict
    -1.76428, // place conflict
  ],
  threshold: 0.3,
}
