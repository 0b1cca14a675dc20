import type { EntityKind } from '../src/model/extraction.ts'
import { key } from '../test/extraction/score.ts'
import type { ExtractionGoldArticle } from './gold-schema.ts'
import { goldTags, KINDS, type TaggedArticle, type TaggedBatch } from './tagger-training.ts'

type GoldEntity = ExtractionGoldArticle['entities'][number]

export type MissCause =
  | 'no word of the text spells it'
  | 'under a mention of the rules of another kind'
  | 'under a mention of the rules of its kind, other extent'
  | 'no mention of the rules, a name another batch annotates'
  | 'no mention of the rules, a name no other batch annotates'

/**
 * The gold entities the rules miss (no entity of its kind takes a name or alias of it), each with why a tagger
 * could or could not add it: the tagger adds only where no mention of the rules lies, and it learns names only
 * from the other batches.
 */
export function missCauses(
  batches: readonly TaggedBatch[],
): Record<EntityKind, Partial<Record<MissCause, number>>> {
  const out = Object.fromEntries(KINDS.map((kind) => [kind, {}])) as Record<
    EntityKind,
    Partial<Record<MissCause, number>>
  >
  for (const batch of batches)
    for (const article of batch.articles)
      for (const entity of missed(article)) {
        const cause = causeOf(article, entity, batches, batch)
        out[entity.kind][cause] = (out[entity.kind][cause] ?? 0) + 1
      }
  return out
}

export function missed(article: TaggedArticle): GoldEntity[] {
  return article.gold.entities.filter((gold) => {
    if (gold.nisbaOnly) return false
    const names = new Set([gold.name, ...(gold.aliases ?? [])].map(key))
    return !article.entities.some(
      (entity) =>
        entity.kind === gold.kind && [entity.name, ...entity.aliases].some((n) => names.has(key(n))),
    )
  })
}

function causeOf(
  article: TaggedArticle,
  gold: GoldEntity,
  batches: readonly TaggedBatch[],
  own: TaggedBatch,
): MissCause {
  const tags = goldTags(article.words, { ...article.gold, entities: [gold] })
  const mentions = article.entities.flatMap((entity) =>
    entity.mentions.map((m) => ({ ...m, kind: entity.kind })),
  )
  let spelt = false
  let cause: MissCause | undefined
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 0 || (i > 0 && tags[i - 1] !== 0 && (tags[i]! - 1) % 4 === 3)) continue
    spelt = true
    let last = i
    while (last + 1 < tags.length && tags[last + 1] !== 0 && (tags[last + 1]! - 1) % 4 === 3) last++
    const start = article.words[i]!.start
    const end = article.words[last]!.end
    const under = mentions.filter((m) => m.start < end && start < m.end)
    if (under.some((m) => m.kind !== gold.kind)) cause = 'under a mention of the rules of another kind'
    else if (under.length > 0) cause ??= 'under a mention of the rules of its kind, other extent'
  }
  if (!spelt) return 'no word of the text spells it'
  if (cause) return cause
  const names = new Set([gold.name, ...(gold.aliases ?? [])].map(key))
  const seen = batches.some(
    (batch) =>
      batch !== own &&
      batch.articles.some((other) =>
        other.gold.entities.some(
          (entity) =>
            entity.kind === gold.kind &&
            [entity.name, ...(entity.aliases ?? [])].some((n) => names.has(key(n))),
        ),
      ),
  )
  return seen
    ? 'no mention of the rules, a name another batch annotates'
    : 'no mention of the rules, a name no other batch annotates'
}
