import type { ValuePairModel } from './value-pairs.ts'

/**
 * The learned decision over value pairs the rules do not show, fitted by `eval/train-value-pairs.ts` on our
 * annotated number disagreements of the development differences sets differences-1, differences-2, differences-3, differences-4, differences-5, differences-6. The threshold finds
 * the most of them while the pairs it adds keep a precision of 0.9 there. Generated: train again, never edit.
 */
export const VALUE_PAIR_WEIGHTS: ValuePairModel = {
  bias: -3.166,
  weights: [
    0, // hand rules
    -0.110128, // same key
    0.381275, // person figure
    -0.86737, // another person
    0, // toll
    -0.355112, // same fact
    0.162282, // sentence cosine
    -0.90454, // log ratio
    1.15585, // context overlap
    -1.42357, // agrees elsewhere
    -0.606757, // values of the cue
    -1.19765, // share
    -0.165623, // minute
    0.0506505, // measure
    0, // toll places differ
    1.13466, // first of its cue
    0, // toll place on one side
    -0.122728, // places apart
    -0.163991, // place shared
    2.57459, // close values
    0.159708, // people shared
    -0.316059, // people apart
    0.297831, // window overlap
    1.34359, // window people shared
    -0.655653, // window people apart
    0.184202, // nearest person same
    -0.333996, // nearest person differs
  ],
  threshold: 0.7,
}
