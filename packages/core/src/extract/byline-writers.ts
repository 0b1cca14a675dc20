import type { Entity } from '../model/extraction.ts'
import type { Found, Scan } from './scan.ts'

/**
 * The entities less the people named only on credit lines: the annotation guideline counts a byline's writer
 * (`كتب - NAME`، `NAME – OUTLET`، `متابعة – NAME:`) as no entity, though the line is read for the outlet it credits.
 * A person a quote or a cited source refers to stays, so that its id resolves.
 */
export function withoutBylineWriters(
  scan: Scan,
  entities: Entity[],
  found: readonly Found[],
  cited: ReadonlySet<string>,
): Entity[] {
  const { credit } = scan
  // Most articles name no one on a credit line: nothing more is read for them.
  if (!found.some((f) => f.kind === 'person' && credit[f.first] === 1)) return entities
  const writers = new Set<string>()
  for (const f of found) {
    if (f.kind === 'person' && f.entity !== undefined && credit[f.first] === 1) writers.add(f.entity)
  }
  for (const f of found) if (f.entity !== undefined && credit[f.first] !== 1) writers.delete(f.entity)
  for (const id of cited) writers.delete(id)
  if (writers.size === 0) return entities
  return entities.filter((entity) => !writers.has(entity.id))
}
