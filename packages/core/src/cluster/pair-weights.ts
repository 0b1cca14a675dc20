import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.88534,
  weights: [
    0.485385, // cosine
    0.123592, // cosine²
    -1.61434, // undated
    0.150655, // days apart
    -1.87351, // log days apart
    -1.30479, // share conflict
    -0.72414, // person conflict
    -0.478065, // state conflict
    3.45053, // log cosine
    1.10053, // lead overlap
    -0.0594134, // year conflict
    0.0539428, // number conflict
    1.31536, // participants shared
    -2.50894, // weekday conflict
    -0.151177, // month conflict
    -1.62211, // place conflict
  ],
  threshold: 0.3,
}
