import type { EntityModel } from './entity-model.ts'

/**
 * The learned entity check (for person), fitted by `eval/train-entity-model.ts` on our gold entities of the development
 * extraction batches real-1, real-2, real-3, real-4, real-5, real-6, real-7, real-8, real-9, real-10, real-11, real-12, real-13, real-14, real-15, real-16, real-17, real-18, real-19, real-20, real-21, real-22, real-23, real-24, real-25, real-26, real-27, real-28, real-29, real-30, real-31, real-32, real-33, real-34; each kind's threshold chosen leave-one-batch-out inside them.
 * Kinds without a check (organization, location, media) keep every entity the rules find.
 * Only person retrained here (`--kinds`); organization, location, media kept as shipped before (a check fitted on the
 * batches this file's previous version names, its git history, or none).
 * Generated: train again, never edit.
 */
export const ENTITY_WEIGHTS: EntityModel = {
  person: {
    bias: -0.6399,
    weights: [
      0, // known
      0, // headed
      1.228, // roles
      0.429, // log mentions
      0.05552, // alias mention
      -0.1398, // reference mention
      0, // nisba mention
      -2.974, // one word
      0.05078, // three words or more
      0.7623, // definite
      1.639, // given name first
      0.9748, // nisba ending
      0.2767, // feminine ending
      -1.239, // function word inside
      0.9878, // verb inside
      0.3469, // in headline
      -5.3, // credit only
      0.3697, // quoted only
      1.355, // particle attached
      -0.455, // after function word
      -0.2635, // after title
      -1.58, // opens sentence
      0.6742, // cited
      0, // gloss
      -1.636, // latin letters
      0.1519, // short word
      0.04316, // free elsewhere
      3.191, // bare word
    ],
    threshold: 0.4,
  },
}
