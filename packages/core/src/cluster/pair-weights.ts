import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.3202,
  weights: [
    0.867034, // cosine
    0.658179, // cosine²
    -1.74473, // undated
    0.101955, // days apart
    -1.73166, // log days apart
    -1.30651, // share conflict
    -0.86762, // person conflict
    -0.423251, // state conflict
    3.20426, // log cosine
    1.19367, // lead overlap
    -0.270272, // year conflict
    0.138853, // number conflict
    1.42597, // participants shared
    -3.25498, // weekday conflict
    -0.178466, // month conflict
    -1.89086, // place conflict
  ],
  threshold: 0.32,
}
