import type { EntityModel } from './entity-model.ts'

/**
 * The learned entity check, fitted by `eval/train-entity-model.ts` on our gold entities of the development
 * extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8, real-9; each kind's threshold chosen leave-one-batch-out inside them.
 * Kinds whose chosen threshold was 0 (organization, location) keep every entity the rules find.
 * Generated: train again, never edit.
 */
export const ENTITY_WEIGHTS: EntityModel = {
  person: {
    bias: -1.393,
    weights: [
      0.9109, // known
      0, // headed
      0.437, // roles
      1.829, // log mentions
      0.703, // alias mention
      -1.149, // reference mention
      0, // nisba mention
      -1.6, // one word
      1.044, // three words or more
      2.666, // definite
      1.059, // given name first
      1.755, // nisba ending
      2.315, // feminine ending
      0.1558, // function word inside
      0, // verb inside
      -0.04183, // in headline
      1.887, // credit only
      -0.7554, // quoted only
      1.667, // particle attached
      1.43, // after function word
      -0.1577, // after title
      1.176, // opens sentence
      0.6099, // cited
      0, // gloss
      0, // latin letters
      -0.49, // short word
      0.1121, // free elsewhere
      0.7765, // bare word
    ],
    threshold: 0.32,
  },
  media: {
    bias: 1.851,
    weights: [
      1.361, // known
      -2.263, // headed
      0, // roles
      0.99, // log mentions
      0, // alias mention
      0, // reference mention
      0, // nisba mention
      0.4681, // one word
      -1.361, // three words or more
      -0.8426, // definite
      1.541, // given name first
      1.746, // nisba ending
      -2.469, // feminine ending
      1.037, // function word inside
      0, // verb inside
      -0.667, // in headline
      0.5439, // credit only
      0.03037, // quoted only
      0.1425, // particle attached
      -2.469, // after function word
      -0.1383, // after title
      0.6507, // opens sentence
      4.517, // cited
      0.9738, // gloss
      -2.81, // latin letters
      -0.9877, // short word
      -4.667, // free elsewhere
      0.5517, // bare word
    ],
    threshold: 0.44,
  },
}
