import type { EntityKind } from '../src/model/extraction.ts'
import { key } from '../test/extraction/score.ts'
import type { ExternalDocument } from './external-corpus.ts'
import { missed } from './tagger-misses.ts'
import { KINDS, type TaggedBatch } from './tagger-training.ts'

/** A particle written against a name's first word (وألمانيا, بلبنان): the name is also read without it. */
const PARTICLE = /^(?:[وف]?[بلك]?|[وف])(?=\S{3})/

/** The names the corpora label, per kind, as the scorer's keys (with and without a particle before them). */
export function externalNames(documents: readonly ExternalDocument[]): Record<EntityKind, Set<string>> {
  const names = Object.fromEntries(KINDS.map((kind) => [kind, new Set<string>()])) as Record<
    EntityKind,
    Set<string>
  >
  for (const { tokens } of documents)
    for (let t = 0; t < tokens.length; t++) {
      const first = tokens[t]!
      if (first.kind === null || !first.begins) continue
      let last = t
      while (tokens[last + 1]?.kind === first.kind && !tokens[last + 1]!.begins) last++
      const name = key(
        tokens
          .slice(t, last + 1)
          .map((token) => token.text)
          .join(' '),
      )
      names[first.kind].add(name)
      names[first.kind].add(name.replace(PARTICLE, ''))
    }
  return names
}

/**
 * Per kind: the development gold entities, how many of them the corpora label by one of their names, and the
 * same of the entities the rules miss: what a tagger or a gazetteer from the corpora could know at best.
 */
export function coverage(batches: readonly TaggedBatch[], names: Record<EntityKind, Set<string>>) {
  const out = Object.fromEntries(
    KINDS.map((kind) => [kind, { gold: 0, known: 0, missed: 0, missedKnown: 0 }]),
  ) as Record<EntityKind, { gold: number; known: number; missed: number; missedKnown: number }>
  for (const batch of batches)
    for (const article of batch.articles) {
      const misses = new Set(missed(article))
      for (const entity of article.gold.entities) {
        if (entity.nisbaOnly) continue
        const known = [entity.name, ...(entity.aliases ?? [])].some((name) =>
          names[entity.kind].has(key(name)),
        )
        const row = out[entity.kind]
        row.gold++
        if (known) row.known++
        if (misses.has(entity)) {
          row.missed++
          if (known) row.missedKnown++
        }
      }
    }
  return out
}
