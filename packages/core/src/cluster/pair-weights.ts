import type { PairModel } from './pair-model.ts'

/**
 * The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles
 * that share a term, with dates given and without, in the development story corpora of the cache `cache-r40-start`:
 * stories-1, stories-2, stories-3, stories-4, stories-5, stories-6, stories-7, stories-8, stories-9, stories-10, stories-11, stories-16, stories-17, stories-18, stories-19, stories-20, stories-24, stories-26, stories-27, stories-29, stories-30, stories-32, stories-33, stories-34, stories-35, stories-36, stories-37, stories-38, stories-39, stories-40, stories-41, stories-42 (286 articles; no text of 10 others).
 * The threshold and the shift of the `undated` weight (`UNDATED_SHIFTS`) give those corpora's best mean B³ F1.
 * Generated: train again, never edit.
 */
export const PAIR_WEIGHTS: PairModel = {
  bias: 3.87367,
  weights: [
    0.417097, // cosine
    0.109257, // cosine²
    -1.23176, // undated
    -0.311597, // days apart
    -1.23445, // log days apart
    -2.22322, // share conflict
    -0.0269192, // person conflict
    -1.55355, // state conflict
    2.75973, // log cosine
    0.865096, // lead overlap
    0.296231, // year conflict
    0.223314, // number conflict
    0.803172, // participants shared
    -3.00096, // weekday conflict
    -1.00081, // month conflict
    -1.3983, // place conflict
    -0.238657, // edition conflict
    -2.72074, // result conflict
    0, // destination conflict
    -0.945683, // kind conflict
  ],
  threshold: 0.34,
}
