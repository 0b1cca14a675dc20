import type { ValuePairModel } from './value-pairs.ts'

/**
 * The learned decision over value pairs the rules do not show, fitted by `eval/train-value-pairs.ts` on our
 * annotated number disagreements of the development differences sets differences-1, differences-2, differences-3, differences-4, differences-5, differences-6. The threshold finds
 * the most of them while the pairs it adds keep a precision of 0.9 there. Generated: train again, never edit.
 */
export const VALUE_PAIR_WEIGHTS: ValuePairModel = {
  bias: -3.16609,
  weights: [
    0, // hand rules
    -0.110111, // same key
    0.381269, // person figure
    -0.867313, // another person
    0, // toll
    -0.355252, // same fact
    0.163161, // sentence cosine
    -0.904543, // log ratio
    1.15584, // context overlap
    -1.42359, // agrees elsewhere
    -0.606756, // values of the cue
    -1.19762, // share
    -0.165662, // minute
    0.0506828, // measure
    0, // toll places differ
    1.1347, // first of its cue
    0, // toll place on one side
    -0.122669, // places apart
    -0.163987, // place shared
    2.57455, // close values
    0.15964, // people shared
    -0.316048, // people apart
    0.29781, // window overlap
    1.34357, // window people shared
    -0.655631, // window people apart
    0.184257, // nearest person same
    -0.334022, // nearest person differs
  ],
  threshold: 0.7,
}
