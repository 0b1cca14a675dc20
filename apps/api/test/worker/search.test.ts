import { searchQueryCases } from '@marsad/core/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { ALL, HARAKAT, HOSTILE_QUERIES, TALKS, UNDATED, WATER } from '../fixtures.ts'
import { workerClient } from './client.ts'
import { SEED_003 } from './seeds.ts'

// Search through the Worker over D1: D1's FTS5 sees only the core's analysed terms, as Node's SQLite does.

const { call, post } = workerClient('198.51.100.2')

beforeAll(async () => {
  const res = await post([
    ...ALL,
    SEED_003,
    { id: 'washington', text: 'وصل الوفد إلى واشنطن مساء أمس لإجراء محادثات مع المسؤولين الأميركيين.' },
    { id: 'jar', text: 'صنع الحرفي زيراً كبيراً من الفخار لحفظ الماء بارداً.' },
  ])
  expect(res.status).toBe(201)
})

async function search(q: string, extra = '') {
  const res = await call(`/v1/search?q=${encodeURIComponent(q)}${extra}`)
  expect(res.status, q).toBe(200)
  return res.json()
}
const ids = async (q: string, extra = '') =>
  (await search(q, extra)).items.map((hit: { article: { id: string } }) => hit.article.id)
const marked = (value: { text: string; highlights: { start: number; end: number }[] }) =>
  value.highlights.map((h) => value.text.slice(h.start, h.end))

describe('search in workerd: Arabic matching', () => {
  it('folds hamza, diacritics and prefixes: الاسد, محمد and مفاوضات find their written forms', async () => {
    // Seed 003 names the Syrian president الأسد.
    expect((await ids('الاسد')).sort()).toEqual([SEED_003.id, HARAKAT.id].sort())
    expect(await ids('محمد')).toEqual([HARAKAT.id])
    const { items } = await search('مفاوضات')
    expect(items.map((hit: { article: { id: string } }) => hit.article.id).sort()).toEqual(
      [SEED_003.id, TALKS.id].sort(),
    )
    const talks = items.find((hit: { article: { id: string } }) => hit.article.id === TALKS.id)
    expect(marked(talks.snippet).length).toBeGreaterThan(0)
    for (const word of marked(talks.snippet)) expect(word).toMatch(/المفاوضات$/)
    expect(marked(talks.title)).toEqual(['المفاوضات'])
  })

  it('does not mangle names: واشنطن is found as written, and وزير does not match زير', async () => {
    expect(await ids('واشنطن')).toEqual(['washington'])
    expect(await ids('وزير')).toEqual([WATER.id])
  })

  it('finds the words of a heading fused to its paragraph, and highlights them alone', async () => {
    // Seed 003 has `...فيما مضى.رسائل إيجابيةيأتي الاتصال`: the heading رسائل إيجابية glued to يأتي.
    expect(await ids('"رسائل إيجابية"')).toEqual([SEED_003.id])
    expect(await ids('يأتي الاتصال')).toEqual([SEED_003.id])
    expect(marked((await search('"رسائل إيجابية"')).items[0].snippet)).toEqual(['رسائل', 'إيجابية'])
  })

  it('requires every word, honours quoted phrases, and ranks title matches first', async () => {
    expect(await ids('جنيف المياه')).toEqual([])
    expect(await ids('"خطة طارئة"')).toEqual([WATER.id])
    expect(await ids('"طارئة خطة"')).toEqual([])
    const ranked = await search('المفاوضات جنيف')
    expect(ranked.items[0].article.id).toBe(TALKS.id)
    expect(ranked.items[0].score).toBeGreaterThan(0)
  })

  it('finds either side of OR and leaves out what a minus excludes, in D1’s FTS5', async () => {
    expect((await ids('جنيف OR واشنطن')).sort()).toEqual([TALKS.id, 'washington'].sort())
    expect((await search('جنيف OR واشنطن')).terms).toEqual(['جنيف', 'واشنطن'])
    expect((await ids('قال -جنيف')).sort()).toEqual([SEED_003.id, UNDATED.id, WATER.id].sort())
    expect(await ids('المفاوضات -"جولة جديدة" -«الجانب الروسي»')).toEqual([SEED_003.id])
    expect(await ids('المياه OR المفاوضات -«خطة طارئة» -جنيف')).not.toContain(TALKS.id)
    expect((await search('-جنيف')).items).toEqual([])
  })

  it('answers HTML with only <mark> tags and escaped text', async () => {
    const [hit] = (await search('الحديقة')).items
    expect(hit.snippetHtml).toContain('<mark>الحديقة</mark>')
    expect(hit.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
  })
})

describe('search in workerd: filters, pages and bad input', () => {
  it('takes the article filters and pages with a cursor', async () => {
    expect((await ids('قال')).sort()).toEqual([SEED_003.id, TALKS.id, UNDATED.id, WATER.id].sort())
    expect(await ids('قال', `&source=${encodeURIComponent('صحيفة الرصد')}`)).toEqual([WATER.id])
    expect(await ids('قال', '&to=2025-03-04')).toEqual([WATER.id])
    const first = await search('قال', '&limit=1')
    const second = await search('قال', `&limit=1&cursor=${first.nextCursor}`)
    expect(second.items[0].article.id).not.toBe(first.items[0].article.id)
  })

  it('never fails on FTS5 syntax or injection attempts', async () => {
    for (const q of HOSTILE_QUERIES) {
      await search(q)
    }
    expect(await search('؟! ...')).toEqual({ query: '؟! ...', terms: [], items: [], nextCursor: null })
    expect((await (await call('/health')).json()).articles).toBe(ALL.length + 3)
  })

  it('reads every shared query case as the core does (an empty q is refused before)', async () => {
    for (const { query, terms, anyOf } of searchQueryCases.filter((c) => c.query !== '')) {
      const searched = terms.length + anyOf.length === 0 ? [] : [...new Set([...terms, ...anyOf.flat(2)])]
      expect((await search(query)).terms, query).toEqual(searched)
    }
  })

  it('answers a missing or oversized query with a 400 problem', async () => {
    for (const path of [
      '/v1/search',
      '/v1/search?q=',
      `/v1/search?q=${encodeURIComponent('ب'.repeat(501))}`,
      '/v1/search?q=x&limit=51',
    ]) {
      const res = await call(path)
      expect(res.status, path.slice(0, 20)).toBe(400)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    }
  })
})
