import { logisticProbability } from '../learned/logistic-probability.ts'
import type { CitedSource, Entity, EntityKind, Quote } from '../model/extraction.ts'
import { ENTITY_FEATURE_COUNT, entityFeatures, freeWords, mentionsByEntity } from './entity-features.ts'
import type { Found, Scan } from './scan.ts'

/** A logistic regression over `ENTITY_FEATURES` for entities of one kind, and the probability under which one goes. */
export interface KindModel {
  bias: number
  weights: readonly number[]
  threshold: number
}

/** One model per kind; a kind without one keeps every entity the rules found. */
export type EntityModel = Partial<Record<EntityKind, KindModel>>

/** An entity the rules found, with its features (undefined: named only by nisba, never checked). */
export interface EntityRow {
  entity: Entity
  features: readonly number[] | undefined
}

/**
 * Every entity with its features, in the order of `entities`; features only for the entities `wanted` names, so
 * that an article pays only for those the model may take away.
 */
export function entityRows(
  scan: Scan,
  entities: readonly Entity[],
  found: readonly Found[],
  claimed: Uint8Array,
  cited: ReadonlySet<string>,
  wanted: (entity: Entity) => boolean = () => true,
): EntityRow[] {
  let mentions: Map<string, Found[]> | undefined
  const free = freeWords(scan, found, claimed)
  return entities.map((entity) => {
    if (!wanted(entity)) return { entity, features: undefined }
    mentions ??= mentionsByEntity(found)
    return { entity, features: entityFeatures(scan, entity, mentions.get(entity.id) ?? [], cited, free) }
  })
}

/** The model may take away entities of this kind: it has weights for it and a threshold above 0. */
export function judges(model: EntityModel, kind: EntityKind): boolean {
  const own = model[kind]
  return own !== undefined && own.threshold > 0
}

/** The probability the model gives that an entity of this kind with these features is one. */
export function entityProbability(model: KindModel, features: ArrayLike<number>): number {
  return logisticProbability(model, features, ENTITY_FEATURE_COUNT, 'entity')
}

/**
 * The entities the model keeps: it may only take away what the rules found, never an entity a quote or a cited
 * source refers to (their ids must resolve), nor one named only by nisba.
 */
export function keptEntities(
  rows: readonly EntityRow[],
  model: EntityModel,
  cited: ReadonlySet<string>,
): Entity[] {
  const kept: Entity[] = []
  for (let q = 0; q < rows.length; q++) {
    const { entity, features } = rows[q]!
    const kind = model[entity.kind]
    if (
      kind === undefined ||
      features === undefined ||
      cited.has(entity.id) ||
      entityProbability(kind, features) >= kind.threshold
    )
      kept.push(entity)
  }
  return kept
}

/** The ids of entities that speak a quote or are cited as a source. */
export function citedIds(quotes: readonly Quote[], sources: readonly CitedSource[]): Set<string> {
  const ids = new Set<string>()
  for (let m = 0; m < quotes.length; m++) {
    const quote = quotes[m]!
    if (quote.speaker?.entity !== undefined) ids.add(quote.speaker.entity)
  }
  for (let n = 0; n < sources.length; n++) {
    const source = sources[n]!
    if (source.entity !== undefined) ids.add(source.entity)
  }
  return ids
}
