import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5, stories-6.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.87912,
  weights: [
    0.493175, // cosine
    0.13333, // cosine²
    -1.6143, // undated
    0.150633, // days apart
    -1.87349, // log days apart
    -1.30511, // share conflict
    -0.724706, // person conflict
    -0.479543, // state conflict
    3.44781, // log cosine
    1.10732, // lead overlap
    -0.0600185, // year conflict
    0.0537748, // number conflict
    1.31409, // participants shared
    -2.50793, // weekday conflict
    -0.150752, // month conflict
    -1.62569, // place conflict
  ],
  threshold: 0.3,
}
