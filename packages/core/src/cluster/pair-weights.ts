import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.87411,
  weights: [
    0.493108, // cosine
    0.132703, // cosine²
    -1.61503, // undated
    0.150669, // days apart
    -1.87363, // log days apart
    -1.30401, // share conflict
    -0.724359, // person conflict
    -0.476821, // state conflict
    3.44668, // log cosine
    1.10624, // lead overlap
    -0.0575664, // year conflict
    0.0554719, // number conflict
    1.31783, // participants shared
    -2.50855, // weekday conflict
    -0.150221, // month conflict
    -1.62282, // place conflict
  ],
  threshold: 0.3,
}
