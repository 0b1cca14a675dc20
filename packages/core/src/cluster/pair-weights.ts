import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.41576,
  weights: [
    0.702168, // cosine
    0.434298, // cosine²
    -1.87964, // undated
    0.117405, // days apart
    -1.77351, // log days apart
    -1.24381, // share conflict
    -0.815565, // person conflict
    -0.437124, // state conflict
    3.26469, // log cosine
    1.21766, // lead overlap
    -0.341588, // year conflict
    0.158167, // number conflict
    1.41593, // participants shared
  ],
  threshold: 0.34,
}
