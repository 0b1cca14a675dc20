import type { Article } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { collectEntities } from './entities.ts'

type Fields = Partial<Pick<Article, 'quotes' | 'entities'>> & { id: string; text: string }

/** A minimal article with extraction fields; the text is ours, the offsets point into it. */
function article({ id, text, ...fields }: Fields): Article {
  return {
    id,
    text,
    blocks: [],
    sentences: [],
    quotes: [],
    entities: [],
    dates: [],
    sources: [],
    ...fields,
  } as Article
}

const putin = (roles: string[], name = 'فلاديمير بوتين', count = 1) => ({
  id: 'person:فلاديمير-بوتين',
  kind: 'person' as const,
  name,
  aliases: ['بوتين'],
  roles,
  mentions: Array.from({ length: count }, (_, i) => ({ start: i * 10, end: i * 10 + 5, text: 'بوتين' })),
})

const damascus = {
  id: 'location:دمشق',
  kind: 'location' as const,
  name: 'دمشق',
  aliases: [],
  roles: [],
  mentions: [{ start: 0, end: 4, text: 'دمشق' }],
  gloss: 'سوريا',
}

describe('collectEntities', () => {
  const articles = [
    article({ id: 'a', text: 'x', entities: [putin(['الرئيس الروسي'], 'فلاديمير بوتين', 3), damascus] }),
    article({
      id: 'b',
      text: 'y',
      entities: [putin(['الرئيس الروسي', 'رئيس روسيا'], 'بوتين')],
      quotes: [
        {
          kind: 'direct',
          text: 'مستعدون للمساعدة',
          start: 0,
          end: 5,
          sentence: 0,
          speaker: { name: 'فلاديمير بوتين', entity: 'person:فلاديمير-بوتين' },
        },
        {
          kind: 'indirect',
          text: 'ستواصل الحوار',
          start: 6,
          end: 9,
          sentence: 1,
          speaker: { name: 'بيان الكرملين' },
        },
      ],
    }),
    article({ id: 'c', text: 'z', entities: [putin([])] }),
  ]
  const storyOf = new Map([
    ['a', 'story:1'],
    ['b', 'story:1'],
    ['c', 'story:2'],
  ])
  const entities = collectEntities(articles, storyOf)

  it('gives one entry per entity id across articles, most mentioned first', () => {
    expect(entities.map((entity) => entity.id)).toEqual(['person:فلاديمير-بوتين', 'location:دمشق'])
    const [person] = entities
    expect(person!.mentions).toBe(5)
    expect(person!.articles.map((row) => [row.articleId, row.storyId, row.mentions])).toEqual([
      ['a', 'story:1', 3],
      ['b', 'story:1', 1],
      ['c', 'story:2', 1],
    ])
  })

  it('keeps the name most articles give, the other names as aliases, roles by frequency', () => {
    const [person, place] = entities
    expect(person!.name).toBe('فلاديمير بوتين')
    expect(person!.aliases).toEqual(['بوتين'])
    expect(person!.roles).toEqual(['الرئيس الروسي', 'رئيس روسيا'])
    expect(place!.gloss).toBe('سوريا')
  })

  it('links the quotes whose speaker is the entity, and only those', () => {
    const [person, place] = entities
    expect(person!.quotes).toEqual([{ articleId: 'b', storyId: 'story:1', index: 0 }])
    expect(place!.quotes).toEqual([])
  })

  it('gives nothing for articles that name nothing', () => {
    expect(collectEntities([article({ id: 'd', text: 'نص.' })], new Map())).toEqual([])
  })
})
