import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6, stories-7, stories-8.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.92021,
  weights: [
    0.640273, // cosine
    0.307864, // cosine²
    -1.58401, // undated
    0.125156, // days apart
    -1.78288, // log days apart
    -1.36594, // share conflict
    -0.640011, // person conflict
    -0.461088, // state conflict
    3.48344, // log cosine
    0.76145, // lead overlap
    -0.113935, // year conflict
    0.0608657, // number conflict
    1.29026, // participants shared
    -2.4694, // weekday conflict
    -0.177931, // month conflict
    -1.75873, // place conflict
  ],
  threshold: 0.36,
}
