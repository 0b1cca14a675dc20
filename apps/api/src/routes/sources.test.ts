import { describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { HARAKAT, TALKS, WATER } from '../../test/fixtures.ts'

const TEXT = 'قال مسؤول حكومي إن المحادثات بين الوفدين ستستأنف الأسبوع المقبل في العاصمة.'

async function withOutlets() {
  const t = testApp()
  const articles = [
    WATER,
    TALKS,
    HARAKAT,
    { id: 'jazeera-1', text: TEXT, source: 'الجزيرة نت' },
    { id: 'jazeera-2', text: `${TEXT} وأضاف أن الجولة المقبلة حاسمة.`, source: { name: 'الجزيره' } },
    {
      id: 'erem',
      text: `${TEXT} وتابع أن الوفد سيصل غداً.`,
      source: 'eremnews-fe-app-production.azurewebsites.net',
    },
  ]
  expect((await t.post('/v1/articles', articles)).status).toBe(201)
  return t
}

describe('sources', () => {
  it('lists outlets with their names, forms, domain, country and kind, most articles first', async () => {
    const t = await withOutlets()
    const { items } = await (await t.request('/v1/sources')).json()
    expect(items.map((s: { name: string; articles: number }) => [s.name, s.articles])).toEqual([
      ['الجزيرة', 2],
      ['صحيفة الرصد', 2],
      ['إرم نيوز', 1],
      ['وكالة الخبر', 1],
    ])
    expect(items[0]).toMatchObject({ domain: 'aljazeera.net', country: 'قطر', kind: 'tv', known: true })
    expect(items[0].forms).toContain('الجزيره نت')
    expect(items[1]).toMatchObject({ id: 'صحيفه الرصد', domain: 'example.org', kind: null, known: false })
  })

  it('never shows a raw host name as an outlet the core knows', async () => {
    const t = await withOutlets()
    const article = (await (await t.request('/v1/articles?source=eremnews.com')).json()).items
    expect(article.map((a: { source: string }) => a.source)).toEqual(['إرم نيوز'])
  })

  it('finds an outlet by any of its names and spellings, in the resource and in the source filter', async () => {
    const t = await withOutlets()
    for (const name of ['الجزيرة', 'الجزيرة نت', 'الجزيره نت', 'قناة الجزيرة']) {
      const res = await t.request(`/v1/sources/${encodeURIComponent(name)}`)
      expect(res.status, name).toBe(200)
      expect((await res.json()).name).toBe('الجزيرة')
      const list = await (await t.request(`/v1/articles?source=${encodeURIComponent(name)}`)).json()
      expect(list.items.map((a: { id: string }) => a.id).sort(), name).toEqual(['jazeera-1', 'jazeera-2'])
    }
    expect((await t.request('/v1/sources/nowhere')).status).toBe(404)
    expect((await t.request('/v1/sources?kind=tv')).status).toBe(400)
  })
})
