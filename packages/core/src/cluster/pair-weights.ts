import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.35897,
  weights: [
    0.783588, // cosine
    0.493046, // cosine²
    -1.63559, // undated
    0.107181, // days apart
    -1.756, // log days apart
    -1.33225, // share conflict
    -0.840567, // person conflict
    -0.451038, // state conflict
    3.24403, // log cosine
    1.1936, // lead overlap
    -0.124409, // year conflict
    0.174297, // number conflict
    1.48646, // participants shared
    -2.38838, // weekday conflict
    -0.121524, // month conflict
    -1.76972, // place conflict
  ],
  threshold: 0.3,
}
