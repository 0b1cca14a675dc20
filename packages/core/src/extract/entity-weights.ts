import type { EntityModel } from './entity-model.ts'

/**
 * The learned entity check (for media), fitted by `eval/train-entity-model.ts` on our gold entities of the development
 * extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8, real-9, real-10, real-11, real-12, real-13, real-14, real-15; each kind's threshold chosen leave-one-batch-out inside them.
 * Kinds whose chosen threshold was 0 (organization, location, media) keep every entity the rules find.
 * Only media retrained here (`--kinds`); person kept as shipped before, fitted on the batches this file's
 * previous version names (its git history).
 * Generated: train again, never edit.
 */
export const ENTITY_WEIGHTS: EntityModel = {
  person: {
    bias: -1.429,
    weights: [
      0.8896, // known
      0, // headed
      0.4543, // roles
      1.886, // log mentions
      0.7445, // alias mention
      -1.144, // reference mention
      0, // nisba mention
      -1.603, // one word
      1.061, // three words or more
      2.661, // definite
      1.074, // given name first
      1.755, // nisba ending
      2.323, // feminine ending
      0.1507, // function word inside
      0, // verb inside
      -0.032, // in headline
      1.876, // credit only
      -0.7668, // quoted only
      1.656, // particle attached
      1.413, // after function word
      -0.1657, // after title
      1.168, // opens sentence
      0.4765, // cited
      0, // gloss
      0, // latin letters
      -0.5184, // short word
      0.1672, // free elsewhere
      0.7813, // bare word
    ],
    threshold: 0.32,
  },
}
