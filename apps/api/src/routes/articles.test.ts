import { describe, expect, it } from 'vitest'
import { type TestResponse, TOKEN, testApp } from '../../test/app.ts'
import { ALL, HARAKAT, TALKS, UNDATED, WATER } from '../../test/fixtures.ts'
import { createApp } from '../app.ts'
import { coreStories } from '../ingest/core-stories.ts'
import { Ingestor } from '../ingest/ingestor.ts'
import type { Statement } from '../storage/sql/driver.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { openSqlite } from '../storage/sqlite/open.ts'
import { SqliteDriver } from '../storage/sqlite/sqlite-driver.ts'

async function seeded() {
  const t = testApp()
  expect((await t.post('/v1/articles', ALL)).status).toBe(201)
  return t
}

async function problem(res: TestResponse, status: number) {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const body = await res.json()
  expect(body.status).toBe(status)
  expect(body.type).toMatch(/^\/problems\//)
  return body
}

describe('GET /v1/articles', () => {
  it('lists newest first by publication date, undated last, as summaries', async () => {
    const t = await seeded()
    const res = await t.request('/v1/articles')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.items.map((a: { id: string }) => a.id)).toEqual([TALKS.id, WATER.id, HARAKAT.id, UNDATED.id])
    expect(body.items[0]).toEqual({
      id: 'talks-geneva',
      title: TALKS.title,
      source: 'وكالة الخبر',
      publishedAt: TALKS.publishedAt,
      lead: 'استأنف الوفدان في جنيف جولة جديدة من المفاوضات بعد توقف دام شهرين.',
      ingestedAt: expect.stringMatching(/Z$/),
      storyId: expect.stringMatching(/^story:/),
    })
    expect(body.nextCursor).toBeNull()
  })

  it('pages with an opaque cursor until the last page', async () => {
    const t = await seeded()
    const seen: string[] = []
    let path = '/v1/articles?limit=3'
    for (;;) {
      const body = await (await t.request(path)).json()
      seen.push(...body.items.map((a: { id: string }) => a.id))
      if (!body.nextCursor) break
      path = `/v1/articles?limit=3&cursor=${body.nextCursor}`
    }
    expect(seen).toEqual([TALKS.id, WATER.id, HARAKAT.id, UNDATED.id])
  })

  it('filters by outlet (normalised) and by date range', async () => {
    const t = await seeded()
    const ids = async (query: string) =>
      (await (await t.request(`/v1/articles?${query}`)).json()).items.map((a: { id: string }) => a.id)
    expect(await ids(`source=${encodeURIComponent('صحيفة  الرَّصد')}`)).toEqual([WATER.id, HARAKAT.id])
    expect(await ids('from=2025-03-01')).toEqual([TALKS.id, WATER.id])
    expect(await ids('to=2025-03-02')).toEqual([WATER.id, HARAKAT.id])
    expect(await ids('from=2025-03-05T06:00:00Z&to=2025-03-05')).toEqual([TALKS.id])
    expect(await ids('story=none')).toEqual([])
  })

  it('answers bad parameters with a 400 problem naming each', async () => {
    const t = await seeded()
    for (const query of [
      'limit=0',
      'limit=101',
      'limit=abc',
      'limit=1e400',
      'from=yesterday',
      'cursor=%25%25',
    ]) {
      const body = await problem(await t.request(`/v1/articles?${query}`), 400)
      expect(body.errors[0].parameter).toBe(query.split('=')[0])
      expect(body.errors[0].detail).toMatch(new RegExp(`^${query.split('=')[0]}: `))
    }
  })

  it('is cacheable and revalidates with If-None-Match', async () => {
    const t = await seeded()
    const res = await t.request('/v1/articles')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=30')
    const etag = res.headers.get('ETag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await t.request('/v1/articles', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('ETag')).toBe(etag)
    expect(await again.text()).toBe('')
  })
})

describe('GET /v1/articles/{id}', () => {
  it('answers the full Article model as stored, with a strong ETag', async () => {
    const t = await seeded()
    const res = await t.request(`/v1/articles/${HARAKAT.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300')
    const article = await res.json()
    expect(article.id).toBe(HARAKAT.id)
    expect(article.text).toBe(HARAKAT.text)
    expect(article.sentences.length).toBeGreaterThan(1)
    for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text)
    const etag = res.headers.get('ETag')!
    expect(
      (await t.request(`/v1/articles/${HARAKAT.id}`, { headers: { 'If-None-Match': `W/${etag}` } })).status,
    ).toBe(304)
  })

  it('finds ids with spaces, slashes and Arabic once URL-encoded', async () => {
    const t = testApp()
    const id = 'تقارير/2025 03 مارس'
    expect((await t.post('/v1/articles', { id, text: WATER.text })).status).toBe(201)
    const res = await t.request(`/v1/articles/${encodeURIComponent(id)}`)
    expect(res.status).toBe(200)
    expect((await res.json()).id).toBe(id)
  })

  it('answers an id longer than any article’s with a 400 problem', async () => {
    const body = await problem(await testApp().request(`/v1/articles/${'ب'.repeat(201)}`), 400)
    expect(body.errors).toEqual([{ detail: expect.stringMatching(/^id: /), parameter: 'id' }])
  })

  it('answers an unknown id with a 404 problem', async () => {
    const t = await seeded()
    const body = await problem(await t.request('/v1/articles/..%2F..%2Fetc%2Fpasswd'), 404)
    expect(body.detail).toContain('../../etc/passwd')
    expect(body.instance).toBe('/v1/articles/..%2F..%2Fetc%2Fpasswd')
  })
})

describe('POST /v1/articles', () => {
  it('ingests one article: 201 with its Location, then 200 unchanged', async () => {
    const t = testApp()
    const res = await t.post('/v1/articles', WATER)
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toBe(`/v1/articles/${WATER.id}`)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toEqual({
      articles: [{ id: WATER.id, status: 'created', storyId: expect.stringMatching(/^story:/) }],
      created: 1,
      unchanged: 0,
      queued: 0,
    })
    const again = await t.post('/v1/articles', WATER)
    expect(again.status).toBe(200)
    expect((await again.json()).unchanged).toBe(1)
  })

  it('ingests a batch, reporting each item', async () => {
    const t = testApp()
    await t.post('/v1/articles', WATER)
    const body = await (await t.post('/v1/articles', [WATER, TALKS])).json()
    expect(body.articles.map((a: { status: string }) => a.status)).toEqual(['unchanged', 'created'])
    expect(body).toMatchObject({ created: 1, unchanged: 1 })
  })

  it('refuses writes without a valid bearer token, before reading the body', async () => {
    const t = testApp()
    const cases: [Record<string, string>, RegExp][] = [
      [{}, /Missing/],
      [{ Authorization: `Basic ${btoa('a:b')}` }, /Bearer/],
      [{ Authorization: 'Bearer' }, /Bearer/],
      [{ Authorization: `Bearer ${TOKEN}x` }, /Invalid token/],
      [{ Authorization: `Bearer ${TOKEN.slice(0, -1)}` }, /Invalid token/],
    ]
    for (const [headers, detail] of cases) {
      const res = await t.request('/v1/articles', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(WATER),
      })
      const body = await problem(res, 401)
      expect(body.detail).toMatch(detail)
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="marsad"/)
    }
    expect((await (await t.request('/health')).json()).articles).toBe(0)
  })

  it('refuses every write when the server has no token', async () => {
    for (const token of [undefined, '']) {
      const t = testApp({ token })
      const body = await problem(await t.post('/v1/articles', WATER), 403)
      expect(body.type).toBe('/problems/writes-disabled')
      await problem(await t.request(`/v1/articles/${WATER.id}`, { method: 'DELETE' }), 403)
    }
  })

  it('accepts only JSON bodies, in UTF-8', async () => {
    const t = testApp()
    await problem(await t.post('/v1/articles', JSON.stringify(WATER), { 'Content-Type': 'text/plain' }), 415)
    await problem(
      await t.post('/v1/articles', JSON.stringify(WATER), {
        'Content-Type': 'application/json; charset=latin1',
      }),
      415,
    )
    const noType = await t.request('/v1/articles', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: new Uint8Array([123, 125]),
    })
    await problem(noType, 415)
  })

  it('answers malformed bodies with a 400 problem saying what is wrong', async () => {
    const t = testApp()
    const send = (body: RequestInit['body']) =>
      t.request('/v1/articles', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body,
      })
    expect((await problem(await send('{"text": '), 400)).detail).toMatch(/not valid JSON/)
    expect((await problem(await send(''), 400)).detail).toMatch(/empty/)
    const invalidUtf8 = new Uint8Array([
      ...new TextEncoder().encode('{"text":"'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('"}'),
    ])
    expect((await problem(await send(invalidUtf8), 400)).detail).toMatch(/UTF-8/)
    expect((await problem(await send('{"text":"a\u0000b"}'), 400)).detail).toMatch(/JSON/)
  })

  it('answers invalid articles with a 422 problem pointing at each fault, and stores nothing', async () => {
    const t = testApp()
    const single = await problem(await t.post('/v1/articles', { text: 42, publishedAt: 'soon' }), 422)
    expect(single.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '#/publishedAt',
      '#/text',
    ])
    expect(single.errors[0].detail).toMatch(/^(text|publishedAt): /)

    const batch = await problem(
      await t.post('/v1/articles', [WATER, { id: 'nul', text: 'نص\u0000مخفي' }, { id: 'a\nb', text: 'نص' }]),
      422,
    )
    expect(batch.errors).toEqual([
      { detail: '1.text: must not contain NUL (U+0000) characters', pointer: '#/1/text' },
      { detail: '2.id: must not contain control characters', pointer: '#/2/id' },
    ])

    const lone = await problem(await t.post('/v1/articles', { text: 'نص \ud800 مكسور' }), 422)
    expect(lone.errors[0].detail).toMatch(/surrogate/)

    const empty = await problem(await t.post('/v1/articles', [WATER, { id: 'blank', text: ' \n ' }]), 422)
    expect(empty.errors).toEqual([
      { detail: expect.stringMatching(/^1\.text: .*empty/), pointer: '#/1/text' },
    ])

    await problem(await t.post('/v1/articles', []), 422)
    await problem(await t.post('/v1/articles', 'null'), 422)
    expect((await (await t.request('/health')).json()).articles).toBe(0)
  })

  it('refuses batches over the limit and bodies over the size limit', async () => {
    const t = testApp({ maxBatch: 2, maxBodyBytes: 4096 })
    const tooMany = await problem(await t.post('/v1/articles', [WATER, TALKS, HARAKAT]), 422)
    expect(tooMany.detail).toMatch(/at most 2/)
    const big = await problem(await t.post('/v1/articles', { text: 'خبر '.repeat(2000) }), 413)
    expect(big.type).toBe('/problems/payload-too-large')
  })

  it('refuses an id stored with other content with a 409 problem', async () => {
    const t = testApp()
    await t.post('/v1/articles', WATER)
    const body = await problem(await t.post('/v1/articles', [TALKS, { ...WATER, title: 'عنوان جديد' }]), 409)
    expect(body.detail).toContain(WATER.id!)
    expect((await (await t.request('/health')).json()).articles).toBe(1)
  })
})

describe('writes under contention', () => {
  it('answers 503 with Retry-After when other writers keep committing first, storing nothing', async () => {
    class Outrun extends SqliteDriver {
      outrun = false
      override batch(statements: Statement[]) {
        // Another writer commits between this writer's reading of the corpus and its commit.
        if (this.outrun) this.db.exec("UPDATE meta SET value = value + 1 WHERE key = 'version'")
        return super.batch(statements)
      }
    }
    const driver = new Outrun(openSqlite(':memory:').db)
    const repo = createSqlRepository(driver)
    const ingestor = new Ingestor(repo, { stories: coreStories, maxAttempts: 3 })
    const app = createApp({ repo, ingestor, token: TOKEN, logError: () => {} })
    const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }
    const write = (method: string, path: string, body?: unknown) =>
      app.request(path, { method, headers: auth, body: body === undefined ? null : JSON.stringify(body) })
    expect((await write('POST', '/v1/articles', WATER)).status).toBe(201)

    driver.outrun = true
    for (const res of [
      await write('POST', '/v1/articles', TALKS),
      await write('DELETE', `/v1/articles/${WATER.id}`),
    ]) {
      const body = await problem(res, 503)
      expect(body.type).toBe('/problems/write-contention')
      expect(res.headers.get('Retry-After')).toBe('1')
    }
    expect((await app.request(`/v1/articles/${TALKS.id}`)).status).toBe(404)
    expect((await app.request(`/v1/articles/${WATER.id}`)).status).toBe(200)
  })
})

describe('DELETE /v1/articles/{id}', () => {
  it('removes the article from reads and search; 404 the second time', async () => {
    const t = await seeded()
    const auth = { Authorization: `Bearer ${TOKEN}` }
    const res = await t.request(`/v1/articles/${TALKS.id}`, { method: 'DELETE', headers: auth })
    expect(res.status).toBe(204)
    expect((await t.request(`/v1/articles/${TALKS.id}`)).status).toBe(404)
    const search = await (await t.request(`/v1/search?q=${encodeURIComponent('جنيف')}`)).json()
    expect(search.items).toEqual([])
    await problem(await t.request(`/v1/articles/${TALKS.id}`, { method: 'DELETE', headers: auth }), 404)
    await problem(await t.request(`/v1/articles/${WATER.id}`, { method: 'DELETE' }), 401)
  })
})
