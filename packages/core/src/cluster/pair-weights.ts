import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora stories-1, stories-2, stories-3, stories-4, stories-5.
 * The threshold gives those corpora's best mean B³ F1. Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 4.35867,
  weights: [
    0.78615, // cosine
    0.49551, // cosine²
    -1.63631, // undated
    0.107245, // days apart
    -1.75628, // log days apart
    -1.33399, // share conflict
    -0.840496, // person conflict
    -0.451811, // state conflict
    3.24332, // log cosine
    1.19644, // lead overlap
    -0.125095, // year conflict
    0.174577, // number conflict
    1.48479, // participants shared
    -2.38857, // weekday conflict
    -0.121515, // month conflict
    -1.76985, // place conflict
  ],
  threshold: 0.3,
}
