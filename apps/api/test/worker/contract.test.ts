import { beforeAll, describe, expect, it } from 'vitest'
import { HARAKAT, MINISTER_REPORTS, TALKS, WATER } from '../fixtures.ts'
import { workerClient } from './client.ts'

// What the Node tests check of story filters, outlets, timelines and related data, here through the Worker over D1.

const { call, post } = workerClient('198.51.100.7')
const TEXT = 'قال مسؤول حكومي إن المحادثات بين الوفدين ستستأنف الأسبوع المقبل في العاصمة.'

beforeAll(async () => {
  const res = await post([
    WATER,
    TALKS,
    HARAKAT,
    { id: 'jazeera-1', text: TEXT, source: 'الجزيرة نت' },
    { id: 'jazeera-2', text: `${TEXT} وأضاف أن الجولة المقبلة حاسمة.`, source: { name: 'الجزيره' } },
    ...MINISTER_REPORTS,
  ])
  expect(res.status).toBe(201)
})

async function storyArticles(query: string): Promise<string[]> {
  const res = await call(`/v1/stories?${query}`)
  expect(res.status, query).toBe(200)
  return (await res.json()).items.flatMap((s: { articleIds: string[] }) => s.articleIds).sort()
}
async function storyOf(articleId: string): Promise<string> {
  return (await (await call(`/v1/stories?article=${articleId}`)).json()).items[0].id
}

describe('story filters in workerd', () => {
  it('keeps the stories whose members match the entity, outlet, dates and words', async () => {
    const [geneva] = (await (await call(`/v1/entities?q=${encodeURIComponent('جنيف')}`)).json()).items
    expect(await storyArticles(`entity=${encodeURIComponent(geneva.id)}`)).toEqual([TALKS.id])
    expect(await storyArticles(`source=${encodeURIComponent('صحيفة الرصد')}`)).toEqual([HARAKAT.id, WATER.id])
    expect(await storyArticles('from=2025-03-01&to=2025-03-02')).toEqual([WATER.id])
    expect(await storyArticles(`q=${encodeURIComponent('"خطة طارئة"')}`)).toEqual([WATER.id])
    expect(await storyArticles(`q=${encodeURIComponent('المياه')}&from=2025-03-03`)).toEqual([])
    expect((await call('/v1/stories?from=yesterday')).status).toBe(400)
    expect((await call('/v1/stories?sort=new')).status).toBe(400)
  })
})

describe('outlets in workerd', () => {
  it('lists outlets with the curated metadata and finds one by any of its names', async () => {
    const { items } = await (await call('/v1/sources')).json()
    const jazeera = items.find((s: { name: string }) => s.name === 'الجزيرة')
    expect(jazeera).toMatchObject({ articles: 2, domain: 'aljazeera.net', kind: 'tv', known: true })
    for (const name of ['الجزيرة نت', 'قناة الجزيرة']) {
      const res = await call(`/v1/sources/${encodeURIComponent(name)}`)
      expect(res.status, name).toBe(200)
      expect((await res.json()).name).toBe('الجزيرة')
    }
    expect((await call('/v1/sources/nowhere')).status).toBe(404)
  })
})

describe('timelines and related data in workerd', () => {
  it('orders a story by publication, and relates stories and entities through shared names', async () => {
    const solar = await storyOf('solar-early')
    const { timeline } = await (await call(`/v1/stories/${encodeURIComponent(solar)}/timeline`)).json()
    expect(timeline.entries.map((e: { articleId: string }) => e.articleId)).toEqual([
      'solar-early',
      'solar-late',
    ])
    const related = await (await call(`/v1/stories/${encodeURIComponent(solar)}/related`)).json()
    expect(related.items.map((i: { story: { id: string } }) => i.story.id)).toEqual([
      await storyOf('hydrogen'),
      await storyOf('grid-next-year'),
    ])
    const [minister] = (
      await (await call(`/v1/entities?kind=person&q=${encodeURIComponent('الحديدي')}`)).json()
    ).items
    const co = await (
      await call(`/v1/entities/${encodeURIComponent(minister.id)}/related?kind=location`)
    ).json()
    expect(co.items.map((e: { name: string }) => e.name)).toContain('معان')
  })
})

describe('raw UTF-8 in the URL', () => {
  it('answers a query string and a path written in Arabic as their percent-encoded forms', async () => {
    const encoded = await (await call(`/v1/search?q=${encodeURIComponent('شبكات المياه')}`)).json()
    expect(encoded.items.length).toBeGreaterThan(0)
    expect(await (await call('/v1/search?q=شبكات المياه')).json()).toEqual(encoded)
    const [place] = (await (await call('/v1/entities?kind=location&q=معان')).json()).items
    const res = await call(`/v1/entities/${place.id}`)
    expect(res.status).toBe(200)
    expect((await res.json()).entity.id).toBe(place.id)
  })
})
