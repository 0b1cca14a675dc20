import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.88475,
  weights: [
    0.48627, // cosine
    0.124626, // cosine²
    -1.61442, // undated
    0.150655, // days apart
    -1.87351, // log days apart
    -1.30483, // share conflict
    -0.724066, // person conflict
    -0.478286, // state conflict
    3.45024, // log cosine
    1.10053, // lead overlap
    -0.0598823, // year conflict
    0.0540556, // number conflict
    1.31519, // participants shared
    -2.50887, // weekday conflict
    -0.15113, // month conflict
    -1.62303, // place conflict
  ],
  threshold: 0.3,
}
