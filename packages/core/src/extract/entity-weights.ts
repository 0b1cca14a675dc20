import type { EntityModel } from './entity-model.ts'

/** Not trained yet: the rules alone. */
export const ENTITY_WEIGHTS: EntityModel = {}
