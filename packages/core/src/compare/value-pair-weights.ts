import type { ValuePairModel } from './value-pairs.ts'

/**
 * The learned decision over value pairs the rules do not show, fitted by `eval/train-value-pairs.ts` on our
 * annotated number disagreements of the development differences sets differences-1, differences-2, differences-3, differences-4, differences-5, differences-6. The threshold finds
 * the most of them while the pairs it adds keep a precision of 0.9 there. Generated: train again, never edit.
 */
export const VALUE_PAIR_WEIGHTS: ValuePairModel = {
  bias: -3.16746,
  weights: [
    0, // hand rules
    -0.11424, // same key
    0.386001, // person figure
    -0.870496, // another person
    0, // toll
    -0.354875, // same fact
    0.161425, // sentence cosine
    -0.903886, // log ratio
    1.15229, // context overlap
    -1.41824, // agrees elsewhere
    -0.605191, // values of the cue
    -1.18689, // share
    -0.167594, // minute
    0.048675, // measure
    0, // toll places differ
    1.13469, // first of its cue
    0, // toll place on one side
    -0.122586, // places apart
    -0.164204, // place shared
    2.57593, // close values
    0.157854, // people shared
    -0.31703, // people apart
    0.296625, // window overlap
    1.33977, // window people shared
    -0.657231, // window people apart
    0.183281, // nearest person same
    -0.335454, // nearest person differs
  ],
  threshold: 0.7,
}
