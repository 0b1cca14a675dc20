import { readFileSync } from 'node:fs'
import { type Article, type Entity, parseArticle, type Quote } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { entitiesOf } from '../ingest/extraction.ts'
import { articleWrite } from '../ingest/prepare.ts'

// The extraction (entities, quotes) is annotated here by hand, as the core's extractor would fill it, so that these
// tests cover the API's entity index and answers on their own.

const MINISTER = 'person:سامر-الخطيب'
const AMMAN = 'location:عمان'

function span(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from)
  if (start < 0) throw new Error(`not in text: ${needle}`)
  return { start, end: start + needle.length, text: needle }
}

function annotated(
  id: string,
  text: string,
  entities: (text: string) => Entity[],
  quotes: (text: string) => Quote[],
): Article {
  return {
    ...parseArticle({ id, text, publishedAt: '2025-03-02' }),
    entities: entities(text),
    quotes: quotes(text),
  } as Article
}

const FIRST = annotated(
  'minister-1',
  'قال وزير المياه سامر الخطيب في عمان إن «الخطة ستنفذ قبل الصيف». وأضاف الخطيب أن التمويل مضمون.',
  (text) => [
    {
      id: MINISTER,
      kind: 'person',
      name: 'سامر الخطيب',
      aliases: ['الخطيب'],
      roles: ['وزير المياه'],
      mentions: [span(text, 'سامر الخطيب'), span(text, 'الخطيب', 30)],
    },
    { id: AMMAN, kind: 'location', name: 'عمان', aliases: [], roles: [], mentions: [span(text, 'عمان')] },
  ],
  (text) => [
    {
      kind: 'direct',
      ...span(text, 'الخطة ستنفذ قبل الصيف'),
      sentence: 0,
      speaker: { name: 'سامر الخطيب', entity: MINISTER },
      verb: 'قال',
    },
  ],
)

const SECOND = annotated(
  'minister-2',
  'افتتح المهندس سامر الخطيب محطة ضخ جديدة في عمان. وأكد أن المحطة «ستخدم مئة ألف نسمة».',
  (text) => [
    {
      id: MINISTER,
      kind: 'person',
      name: 'سامر الخطيب',
      aliases: [],
      roles: ['المهندس'],
      mentions: [span(text, 'سامر الخطيب')],
    },
    { id: AMMAN, kind: 'location', name: 'عمان', aliases: [], roles: [], mentions: [span(text, 'عمان')] },
  ],
  (text) => [
    {
      kind: 'direct',
      ...span(text, 'ستخدم مئة ألف نسمة'),
      sentence: 1,
      speaker: { name: 'سامر الخطيب', entity: MINISTER },
      verb: 'أكد',
    },
  ],
)

async function seeded() {
  const t = testApp()
  const writes = await Promise.all([FIRST, SECOND].map((a) => articleWrite(a, '2025-03-02T10:00:00.000Z')))
  await t.repo.commit({
    baseVersion: await t.repo.version(),
    insert: writes,
    remove: [],
    putStories: [],
    dropStories: [],
    links: [],
  })
  return t
}

describe('GET /v1/entities', () => {
  it('lists entities most widely named first (ties by id), with article and mention counts', async () => {
    const t = await seeded()
    const body = await (await t.request('/v1/entities')).json()
    expect(body.items).toEqual([
      { id: AMMAN, kind: 'location', name: 'عمان', articles: 2, mentions: 2 },
      { id: MINISTER, kind: 'person', name: 'سامر الخطيب', articles: 2, mentions: 3 },
    ])
  })

  it('filters by kind and by normalised name, and pages', async () => {
    const t = await seeded()
    const ids = async (query: string) =>
      (await (await t.request(`/v1/entities?${query}`)).json()).items.map((e: { id: string }) => e.id)
    expect(await ids('kind=location')).toEqual([AMMAN])
    expect(await ids(`q=${encodeURIComponent('الخَطيب')}`)).toEqual([MINISTER])
    expect(await ids(`q=${encodeURIComponent('%')}`)).toEqual([])
    const first = await (await t.request('/v1/entities?limit=1')).json()
    const second = await (await t.request(`/v1/entities?limit=1&cursor=${first.nextCursor}`)).json()
    expect([first.items[0].id, second.items[0].id]).toEqual([AMMAN, MINISTER])
    expect(second.nextCursor).toBeNull()
    expect((await t.request('/v1/entities?kind=planet')).status).toBe(400)
  })
})

describe('GET /v1/entities/{id}', () => {
  it('answers the roles, names, mentions and everything the person was quoted saying', async () => {
    const t = await seeded()
    const res = await t.request(`/v1/entities/${encodeURIComponent(MINISTER)}`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.entity).toMatchObject({ id: MINISTER, articles: 2, mentions: 3 })
    expect(body.roles).toEqual([
      { value: 'المهندس', articles: 1 },
      { value: 'وزير المياه', articles: 1 },
    ])
    expect(body.aliases).toEqual([{ value: 'الخطيب', articles: 1 }])
    expect(body.articles.map((a: { article: { id: string } }) => a.article.id)).toEqual([
      'minister-2',
      'minister-1',
    ])
    const first = body.articles[1]
    expect(first.mentions.map((m: { text: string }) => m.text)).toEqual(['سامر الخطيب', 'الخطيب'])
    expect(first.roles).toEqual(['وزير المياه'])
    expect(body.articles.flatMap((a: { quotes: { text: string }[] }) => a.quotes.map((q) => q.text))).toEqual(
      ['ستخدم مئة ألف نسمة', 'الخطة ستنفذ قبل الصيف'],
    )
  })

  it('is what the article filter by entity finds', async () => {
    const t = await seeded()
    const list = await (await t.request(`/v1/articles?entity=${encodeURIComponent(AMMAN)}`)).json()
    expect(list.items.map((a: { id: string }) => a.id)).toEqual(['minister-2', 'minister-1'])
  })

  it('pages the articles and answers unknown ids with a 404 problem', async () => {
    const t = await seeded()
    const first = await (await t.request(`/v1/entities/${encodeURIComponent(MINISTER)}?limit=1`)).json()
    expect(first.articles).toHaveLength(1)
    const rest = await (
      await t.request(`/v1/entities/${encodeURIComponent(MINISTER)}?limit=1&cursor=${first.nextCursor}`)
    ).json()
    expect(rest.articles[0].article.id).toBe('minister-1')
    const missing = await t.request('/v1/entities/person:nobody')
    expect(missing.status).toBe(404)
    expect((await missing.json()).type).toBe('/problems/not-found')
  })

  it('keeps counts right when an article is deleted', async () => {
    const t = await seeded()
    await t.ingestor.remove('minister-1')
    const body = await (await t.request(`/v1/entities/${encodeURIComponent(MINISTER)}`)).json()
    expect(body.entity).toMatchObject({ articles: 1, mentions: 1 })
    expect(body.aliases).toEqual([])
    await t.ingestor.remove('minister-2')
    expect((await (await t.request('/v1/entities')).json()).items).toEqual([])
  })
})

// Runs once the core's parseArticle fills `entities` and `quotes` (its extraction stage is being wired in).
const extracting =
  entitiesOf(parseArticle('قال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت مفيدة.')).length > 0

describe.skipIf(!extracting)('entities the core extracts from the seeds', () => {
  it('names Putin in both reports, with his title, and what each quoted him saying', async () => {
    const t = testApp()
    const seeds = ['000_c46bd0adb6ed7856', '003_52349cd9e965743e'].map((id) => ({
      id,
      text: readFileSync(new URL(`../../../../seeds/${id}.txt`, import.meta.url), 'utf8'),
    }))
    expect((await t.post('/v1/articles', seeds)).status).toBe(201)
    const people = await (await t.request('/v1/entities?kind=person&limit=100')).json()
    const putin = people.items.find((e: { name: string }) => e.name.includes('بوتين'))
    expect(putin).toMatchObject({ kind: 'person', articles: 2 })
    const detail = await (await t.request(`/v1/entities/${encodeURIComponent(putin.id)}`)).json()
    expect(detail.roles.map((r: { value: string }) => r.value)).toContain('الرئيس الروسي')
    expect(detail.articles).toHaveLength(2)
    for (const { mentions } of detail.articles) expect(mentions.length).toBeGreaterThan(0)
    const quoted = detail.articles.flatMap((a: { quotes: { text: string }[] }) => a.quotes.map((q) => q.text))
    expect(quoted.length).toBeGreaterThan(0)
    for (const { context } of detail.articles) expect(context).toContain('بوتين')
    expect(detail.stories).toHaveLength(1)
    expect(detail.stories[0]).toMatchObject({ size: 2 })
    expect(detail.stories[0].id).toBe(detail.articles[0].article.storyId)
  })
})
