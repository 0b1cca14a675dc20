import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.83249,
  weights: [
    0.490489, // cosine
    0.133001, // cosine²
    -1.61016, // undated
    0.147807, // days apart
    -1.86101, // log days apart
    -1.30655, // share conflict
    -0.730034, // person conflict
    -0.483506, // state conflict
    3.42921, // log cosine
    1.34658, // lead overlap
    -0.11946, // year conflict
    0.0485153, // number conflict
    1.30644, // participants shared
    -2.50555, // weekday conflict
    -0.163747, // month conflict
    -1.63433, // place conflict
  ],
  threshold: 0.3,
}
