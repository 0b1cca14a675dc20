import type { EntityModel } from './entity-model.ts'

/**
 * The learned entity check, fitted by `eval/train-entity-model.ts` on our gold entities of the development
 * extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8; each kind's threshold chosen leave-one-batch-out inside them.
 * Kinds whose chosen threshold was 0 (organization, location) keep every entity the rules find.
 * Generated: train again, never edit.
 */
export const ENTITY_WEIGHTS: EntityModel = {
  person: {
    bias: -0.6187,
    weights: [
      1.084, // known
      0, // headed
      0.2637, // roles
      1.894, // log mentions
      0.6243, // alias mention
      -1.306, // reference mention
      0, // nisba mention
      -1.831, // one word
      1.093, // three words or more
      1.688, // definite
      0.5185, // given name first
      1.397, // nisba ending
      1.551, // feminine ending
      0.04698, // function word inside
      0, // verb inside
      -0.03979, // in headline
      0.9998, // credit only
      -0.7515, // quoted only
      1.261, // particle attached
      0.8554, // after function word
      -0.2204, // after title
      0.6062, // opens sentence
      0.6947, // cited
      0, // gloss
      0, // latin letters
      -0.6304, // short word
      1.043, // free elsewhere
      0.4775, // bare word
    ],
    threshold: 0.4,
  },
  media: {
    bias: 0.5905,
    weights: [
      1.041, // known
      -1.485, // headed
      0, // roles
      0.9561, // log mentions
      0, // alias mention
      0, // reference mention
      0, // nisba mention
      1.346, // one word
      -0.9998, // three words or more
      -0.1494, // definite
      1.618, // given name first
      1.677, // nisba ending
      -3.48, // feminine ending
      1.451, // function word inside
      0, // verb inside
      -0.02135, // in headline
      1.145, // credit only
      -0.5172, // quoted only
      0.2779, // particle attached
      -0.07835, // after function word
      1.07, // after title
      2.239, // opens sentence
      4.575, // cited
      1.075, // gloss
      -2.39, // latin letters
      0.232, // short word
      -4.683, // free elsewhere
      0.3138, // bare word
    ],
    threshold: 0.46,
  },
}
