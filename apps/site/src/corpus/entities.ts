import type { Article } from '@marsad/core'
import type { EntityEntry } from './schemas.ts'

const byCount = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ar')).map(([value]) => value)

const bump = (counts: Map<string, number>, key: string, by = 1) =>
  counts.set(key, (counts.get(key) ?? 0) + by)

/**
 * Gathers every article's entities into one entry per entity id, with the stories they appear in and the quotes
 * their speaker is linked to, most mentioned first. Names, aliases and roles are the articles' own words.
 */
export function collectEntities(
  articles: readonly Article[],
  storyOf: ReadonlyMap<string, string>,
): EntityEntry[] {
  type Gathered = EntityEntry & {
    names: Map<string, number>
    roleCounts: Map<string, number>
    other: Set<string>
  }
  const gathered = new Map<string, Gathered>()
  for (const article of articles) {
    const storyId = storyOf.get(article.id)
    for (const entity of article.entities) {
      let entry = gathered.get(entity.id)
      if (!entry) {
        entry = {
          id: entity.id,
          kind: entity.kind,
          name: entity.name,
          aliases: [],
          roles: [],
          mentions: 0,
          articles: [],
          quotes: [],
          names: new Map(),
          roleCounts: new Map(),
          other: new Set(),
        }
        gathered.set(entity.id, entry)
      }
      if (entity.gloss && !entry.gloss) entry.gloss = entity.gloss
      bump(entry.names, entity.name)
      for (const alias of entity.aliases) entry.other.add(alias)
      for (const role of entity.roles) bump(entry.roleCounts, role)
      entry.mentions += entity.mentions.length
      entry.articles.push({
        articleId: article.id,
        ...(storyId && { storyId }),
        mentions: entity.mentions.length,
        roles: entity.roles,
      })
    }
  }
  for (const article of articles) {
    const storyId = storyOf.get(article.id)
    article.quotes.forEach((quote, index) => {
      const entry = quote.speaker?.entity ? gathered.get(quote.speaker.entity) : undefined
      entry?.quotes.push({ articleId: article.id, ...(storyId && { storyId }), index })
    })
  }
  return [...gathered.values()]
    .map(({ names, roleCounts, other, ...entry }): EntityEntry => {
      const [name = entry.name, ...otherNames] = byCount(names)
      const aliases = [...new Set([...otherNames, ...other])].filter((alias) => alias !== name)
      return { ...entry, name, aliases, roles: byCount(roleCounts) }
    })
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
}
