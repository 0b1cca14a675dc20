import type { EntityModel } from './entity-model.ts'

/**
 * The learned entity check, fitted by `eval/train-entity-model.ts` on our gold entities of the development
 * extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8; each kind's threshold chosen leave-one-batch-out inside them.
 * Generated: train again, never edit.
 */
export const ENTITY_WEIGHTS: EntityModel = {
  person: {
    bias: -0.5977,
    weights: [
      1.079, // known
      0, // headed
      0.2341, // roles
      1.905, // log mentions
      0.5942, // alias mention
      -1.318, // reference mention
      0, // nisba mention
      -1.833, // one word
      1.122, // three words or more
      1.681, // definite
      0.5194, // given name first
      1.392, // nisba ending
      1.562, // feminine ending
      0.1417, // function word inside
      0, // verb inside
      -0.05969, // in headline
      0.9863, // credit only
      -0.7776, // quoted only
      1.256, // particle attached
      0.842, // after function word
      -0.2105, // after title
      0.5962, // opens sentence
      0.7304, // cited
      0, // gloss
      0, // latin letters
      -0.6322, // short word
      -0.0867, // free elsewhere
      0.4726, // bare word
    ],
    threshold: 0.4,
  },
  organization: {
    bias: -1.211,
    weights: [
      0.9945, // known
      0.0006606, // headed
      0, // roles
      1.99, // log mentions
      0.02315, // alias mention
      -0.7462, // reference mention
      0, // nisba mention
      -0.5782, // one word
      0.3547, // three words or more
      0.1831, // definite
      0, // given name first
      0.2061, // nisba ending
      0.1942, // feminine ending
      0.874, // function word inside
      0, // verb inside
      -0.1618, // in headline
      0, // credit only
      0.1037, // quoted only
      0.8465, // particle attached
      0.8812, // after function word
      0.5901, // after title
      1.168, // opens sentence
      2.497, // cited
      0, // gloss
      -3.62, // latin letters
      1.227, // short word
      -0.4946, // free elsewhere
      -1.945, // bare word
    ],
    threshold: 0,
  },
  location: {
    bias: 0.06151,
    weights: [
      -0.00596, // known
      0, // headed
      0, // roles
      2.513, // log mentions
      -1.01, // alias mention
      0, // reference mention
      0.5304, // nisba mention
      -0.7846, // one word
      2.18, // three words or more
      0.4129, // definite
      0.5211, // given name first
      -0.5193, // nisba ending
      -0.6669, // feminine ending
      0, // function word inside
      0, // verb inside
      -0.08643, // in headline
      1.588, // credit only
      -0.1333, // quoted only
      0.5821, // particle attached
      1.148, // after function word
      0.4812, // after title
      1.145, // opens sentence
      -0.5455, // cited
      0.813, // gloss
      0, // latin letters
      -1.337, // short word
      -0.6145, // free elsewhere
      0.7087, // bare word
    ],
    threshold: 0,
  },
  media: {
    bias: 1.725,
    weights: [
      2.037, // known
      -1.806, // headed
      0, // roles
      0.1719, // log mentions
      0, // alias mention
      0, // reference mention
      0, // nisba mention
      2.25, // one word
      -1.327, // three words or more
      0.592, // definite
      1.655, // given name first
      -1.104, // nisba ending
      -2.493, // feminine ending
      0.2882, // function word inside
      0, // verb inside
      2.62, // in headline
      -0.3807, // credit only
      -1.201, // quoted only
      0.1268, // particle attached
      0.2094, // after function word
      0.7501, // after title
      1.152, // opens sentence
      3.816, // cited
      1.818, // gloss
      0, // latin letters
      -0.2241, // short word
      -4.497, // free elsewhere
      -0.7433, // bare word
    ],
    threshold: 0.26,
  },
}
