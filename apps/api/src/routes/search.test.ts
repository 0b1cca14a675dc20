import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { ALL, HARAKAT, HOSTILE_QUERIES, TALKS, UNDATED, WATER } from '../../test/fixtures.ts'

const t = testApp()
await t.post('/v1/articles', [
  ...ALL,
  { id: 'washington', text: 'وصل الوفد إلى واشنطن مساء أمس لإجراء محادثات مع المسؤولين الأميركيين.' },
  { id: 'jar', text: 'صنع الحرفي زيراً كبيراً من الفخار لحفظ الماء بارداً.' },
])

async function search(q: string, extra = '') {
  const res = await t.request(`/v1/search?q=${encodeURIComponent(q)}${extra}`)
  expect(res.status).toBe(200)
  return res.json()
}
const ids = async (q: string, extra = '') =>
  (await search(q, extra)).items.map((h: { article: { id: string } }) => h.article.id)

describe('GET /v1/search: Arabic matching', () => {
  it('finds hamza forms from a bare alef: الاسد finds الأَسَد', async () => {
    expect(await ids('الاسد')).toEqual([HARAKAT.id])
  })

  it('finds a hamza on either seat: المسئولين finds المسؤولين, highlighted as written', async () => {
    const body = await search('المسئولين')
    expect(body.items.map((h: { article: { id: string } }) => h.article.id)).toEqual(['washington'])
    const hit = body.items[0]
    const [mark] = hit.snippet.highlights
    expect(hit.snippet.text.slice(mark.start, mark.end)).toBe('المسؤولين')
  })

  it('finds a name written with diacritics: محمد finds مُحَمَّد', async () => {
    expect(await ids('محمد')).toEqual([HARAKAT.id])
  })

  it('finds words under attached prefixes: مفاوضات finds المفاوضات and والمفاوضات', async () => {
    const body = await search('مفاوضات')
    expect(body.items.map((h: { article: { id: string } }) => h.article.id)).toEqual([TALKS.id])
    const hit = body.items[0]
    const marked = hit.snippet.highlights.map((h: { start: number; end: number }) =>
      hit.snippet.text.slice(h.start, h.end),
    )
    expect(marked.length).toBeGreaterThan(0)
    for (const word of marked) expect(word).toMatch(/المفاوضات$/)
    expect(hit.title.text.slice(hit.title.highlights[0].start, hit.title.highlights[0].end)).toBe('المفاوضات')
  })

  it('does not mangle names: واشنطن is found as written, and وزير does not match زير', async () => {
    expect(await ids('واشنطن')).toEqual(['washington'])
    expect(await ids('وزير')).toEqual([WATER.id])
  })

  it('finds the words of a heading fused to its paragraph, and highlights them alone', async () => {
    // Seed 003 has `...فيما مضى.رسائل إيجابيةيأتي الاتصال`: the heading رسائل إيجابية glued to يأتي.
    const seed = testApp()
    const text = readFileSync(new URL('../../../../seeds/003_52349cd9e965743e.txt', import.meta.url), 'utf8')
    await seed.post('/v1/articles', { id: 'seed-003', text })
    for (const q of ['"رسائل إيجابية"', 'يأتي الاتصال']) {
      const body = await (await seed.request(`/v1/search?q=${encodeURIComponent(q)}`)).json()
      expect(
        body.items.map((h: { article: { id: string } }) => h.article.id),
        q,
      ).toEqual(['seed-003'])
    }
    const hit = (await (await seed.request(`/v1/search?q=${encodeURIComponent('"رسائل إيجابية"')}`)).json())
      .items[0]
    const marked = hit.snippet.highlights.map((h: { start: number; end: number }) =>
      hit.snippet.text.slice(h.start, h.end),
    )
    expect(marked).toEqual(['رسائل', 'إيجابية'])
  })

  it('requires every word and honours quoted phrases', async () => {
    expect(await ids('جنيف المياه')).toEqual([])
    expect(await ids('"خطة طارئة"')).toEqual([WATER.id])
    expect(await ids('"طارئة خطة"')).toEqual([])
  })

  it('finds either side of OR and highlights both, and leaves out what a minus excludes', async () => {
    expect((await ids('جنيف OR واشنطن')).sort()).toEqual([TALKS.id, 'washington'].sort())
    const either = await search('جنيف OR واشنطن')
    expect(either.terms).toEqual(['جنيف', 'واشنطن'])
    const washington = either.items.find(
      (hit: { article: { id: string } }) => hit.article.id === 'washington',
    )
    expect(washington.snippetHtml).toContain('<mark>واشنطن</mark>')
    expect((await ids('قال -جنيف')).sort()).toEqual([UNDATED.id, WATER.id].sort())
    expect(await ids('المفاوضات -"جولة جديدة"')).toEqual([])
    expect(await ids('المياه OR المفاوضات -«خطة طارئة»')).toEqual([TALKS.id])
  })

  it('answers a query of exclusions alone, or with أو and lowercase or, as words', async () => {
    expect(await search('-جنيف')).toEqual({ query: '-جنيف', terms: [], items: [], nextCursor: null })
    expect(await ids('جنيف أو واشنطن')).toEqual([])
    expect(await ids('جنيف or واشنطن')).toEqual([])
  })

  it('ranks title matches above text matches', async () => {
    const body = await search('المفاوضات جنيف')
    expect(body.items[0].article.id).toBe(TALKS.id)
    expect(body.items[0].score).toBeGreaterThan(0)
  })

  it('answers HTML with only <mark> tags and escaped text', async () => {
    const hit = (await search('الحديقة')).items[0]
    expect(hit.snippetHtml).toContain('<mark>الحديقة</mark>')
    expect(hit.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
  })
})

describe('GET /v1/search: filters, pages and bad input', () => {
  it('takes the article filters', async () => {
    expect((await ids('قال')).sort()).toEqual([TALKS.id, UNDATED.id, WATER.id])
    expect(await ids('قال', `&source=${encodeURIComponent('صحيفة الرصد')}`)).toEqual([WATER.id])
    expect(await ids('قال', '&to=2025-03-04')).toEqual([WATER.id])
    expect(await ids('قال', `&story=none`)).toEqual([])
  })

  it('pages through results with a cursor', async () => {
    const first = await search('قال', '&limit=1')
    expect(first.items).toHaveLength(1)
    expect(first.nextCursor).toEqual(expect.any(String))
    const second = await search('قال', `&limit=1&cursor=${first.nextCursor}`)
    expect(second.items[0].article.id).not.toBe(first.items[0].article.id)
  })

  it('answers a query with nothing searchable with no results', async () => {
    expect(await search('؟! ...')).toEqual({ query: '؟! ...', terms: [], items: [], nextCursor: null })
  })

  it('answers a missing or oversized query with a 400 problem', async () => {
    for (const path of [
      '/v1/search',
      '/v1/search?q=',
      `/v1/search?q=${'ب'.repeat(501)}`,
      '/v1/search?q=x&limit=51',
    ]) {
      const res = await t.request(path)
      expect(res.status, path).toBe(400)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    }
  })

  it('never fails on FTS5 syntax or injection attempts', async () => {
    for (const q of HOSTILE_QUERIES) {
      const res = await t.request(`/v1/search?q=${encodeURIComponent(q)}`)
      expect(res.status, q).toBe(200)
    }
    // A lone surrogate's UTF-8 form, and cut percent-escapes: not text, so refused rather than read literally.
    for (const raw of ['%ED%A0%80', '%E0%A4%A', '%']) {
      expect((await t.request(`/v1/search?q=${raw}`)).status, raw).toBe(400)
    }
    expect((await (await t.request('/health')).json()).articles).toBe(6)
  })

  it('never fails on any text at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), async (q) => {
        const res = await t.request(`/v1/search?q=${encodeURIComponent(q)}`)
        expect(res.status).toBe(200)
      }),
      { numRuns: 300, seed: 66 },
    )
  })
})
