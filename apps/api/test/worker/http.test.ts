import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import worker from '../../src/worker/index.ts'
import { HARAKAT, TALKS, WATER } from '../fixtures.ts'
import { type TestResponse, workerClient } from './client.ts'

// The HTTP contract of the Worker: headers, caching, limits and every error as problem details.

const { auth, call, post, url } = workerClient('198.51.100.3')

async function problem(res: TestResponse, status: number) {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const body = await res.json()
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//) })
  return body
}

describe('headers in workerd', () => {
  it('lets any origin read, and answers preflights for writes with a token', async () => {
    await post(WATER)
    for (const path of [
      '/health',
      '/v1/articles',
      `/v1/articles/${WATER.id}`,
      '/v1/search?q=x',
      '/nowhere',
    ]) {
      const res = await call(path, { headers: { Origin: 'https://reader.example' } })
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBe('*')
    }
    const preflight = await call('/v1/articles', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://reader.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('POST')
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/i)
  })

  it('sends secure headers on answers, on the article fast path and on problems alike', async () => {
    await post(WATER)
    for (const path of ['/health', `/v1/articles/${WATER.id}`, '/v1/articles/none', '/nowhere']) {
      const res = await call(path)
      expect(res.headers.get('X-Content-Type-Options'), path).toBe('nosniff')
      expect(res.headers.get('Content-Security-Policy'), path).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
      expect(res.headers.get('Strict-Transport-Security'), path).toMatch(/^max-age=/)
    }
  })

  it('makes reads cacheable and revalidates them with If-None-Match', async () => {
    await post([WATER, TALKS])
    const cases: [string, string][] = [
      [`/v1/articles/${WATER.id}`, 'public, max-age=300'],
      ['/v1/articles', 'public, max-age=30'],
      [`/v1/search?q=${encodeURIComponent('جنيف')}`, 'public, max-age=30'],
      ['/v1/stories', 'public, max-age=30'],
      ['/v1/entities', 'public, max-age=30'],
    ]
    for (const [path, cacheControl] of cases) {
      const res = await call(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('Cache-Control'), path).toBe(cacheControl)
      const etag = res.headers.get('ETag')!
      expect(etag, path).toMatch(/^"[^"]+"$/)
      const again = await call(path, { headers: { 'If-None-Match': etag } })
      expect(again.status, path).toBe(304)
      expect(again.headers.get('ETag'), path).toBe(etag)
    }
    expect((await call('/health')).headers.get('Cache-Control')).toBe('no-store')
  })

  it('answers HEAD like GET, without a body', async () => {
    await post(WATER)
    const res = await call(`/v1/articles/${WATER.id}`, { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })
})

describe('errors in workerd', () => {
  it('answers unknown paths with 404 and other methods with 405 and Allow', async () => {
    const missing = await problem(await call('/v2/anything?x=1'), 404)
    expect(missing).toMatchObject({ type: '/problems/not-found', instance: '/v2/anything' })
    const wrong = await call('/v1/articles', { method: 'PUT' })
    await problem(wrong, 405)
    expect(wrong.headers.get('Allow')).toBe('GET, HEAD, POST')
  })

  it('refuses a body over the size limit with 413, and a batch over the Worker’s limit with 422', async () => {
    const big = await problem(await post({ text: 'ا'.repeat(9 * 1024 * 1024) }), 413)
    expect(big.type).toBe('/problems/payload-too-large')
    const many = Array.from({ length: 101 }, (_, i) => ({
      id: `many-${i}`,
      text: `خبر رقم ${i} عن المدينة.`,
    }))
    const tooMany = await problem(await post(many), 422)
    expect(tooMany.detail).toMatch(/at most 100/)
    expect((await call('/v1/articles/many-0')).status).toBe(404)
  })

  it('refuses an id stored with other content with 409, storing nothing of the batch', async () => {
    await post(WATER)
    const before = (await (await call('/health')).json()).articles
    const conflict = await problem(await post([HARAKAT, { ...WATER, title: 'عنوان جديد' }]), 409)
    expect(conflict.detail).toContain(WATER.id)
    expect((await (await call('/health')).json()).articles).toBe(before)
    expect((await call(`/v1/articles/${HARAKAT.id}`)).status).toBe(404)
  })

  it('answers malformed and invalid bodies with 400 and 422 problems pointing at each fault', async () => {
    await problem(await post('{"text":'), 400)
    const invalid = await problem(
      await post([
        WATER,
        { id: 'nul', text: 'نص\u0000مخفي' },
        { id: 'a\nb', text: 'نص' },
        { id: '..', text: 'نص' },
      ]),
      422,
    )
    expect(invalid.errors).toEqual([
      { detail: '1.text: must not contain NUL (U+0000) characters', pointer: '#/1/text' },
      { detail: '2.id: must not contain control characters', pointer: '#/2/id' },
      {
        detail:
          '3.id: cannot be addressed in a URL: `.` and `..` are removed from paths by URL normalisation',
        pointer: '#/3/id',
      },
    ])
    const blank = await problem(await post({ id: 'zw', text: '\u200b\u200d\u2060' }), 422)
    expect(blank.errors).toEqual([
      { detail: 'text: is empty, or only white space and invisible characters', pointer: '#/text' },
    ])
    await problem(await post('{}', { ...auth, 'Content-Type': 'text/plain' }), 415)
  })

  it('refuses every write when the Worker has no token', async () => {
    const ctx = createExecutionContext()
    const res = await worker.fetch(
      new Request(url('/v1/articles'), { method: 'POST', headers: auth, body: JSON.stringify(WATER) }),
      { ...env, MARSAD_API_TOKEN: undefined },
      ctx,
    )
    await waitOnExecutionContext(ctx)
    expect((await problem(res, 403)).type).toBe('/problems/writes-disabled')
  })
})

describe('failures in workerd', () => {
  it('answers a D1 failure with a 500 problem that leaks nothing', async () => {
    const broken = {
      prepare: () => {
        throw new Error('D1_ERROR: disk on fire at /var/secret')
      },
      batch: () => Promise.reject(new Error('D1_ERROR: disk on fire at /var/secret')),
    } as unknown as D1Database
    const ctx = createExecutionContext()
    const errors: unknown[] = []
    const log = console.error
    console.error = (error: unknown) => errors.push(error)
    try {
      const res = await worker.fetch(new Request(url('/v1/articles')), { ...env, DB: broken }, ctx)
      await waitOnExecutionContext(ctx)
      const body = await problem(res, 500)
      expect(body.type).toBe('/problems/internal')
      expect(JSON.stringify(body)).not.toContain('secret')
    } finally {
      console.error = log
    }
    expect(errors).toHaveLength(1)
  })
})

describe('writes under contention in workerd', () => {
  it('answers 503 with Retry-After when other isolates keep committing first, storing nothing', async () => {
    const CONTENDED = { id: 'contended', text: 'أعلنت البلدية إغلاق الطريق الدائري مؤقتاً لأعمال الصيانة.' }
    // Another isolate commits between this one's reading of the corpus and its batch: D1's version guard aborts it.
    const outrun = {
      prepare: (sql: string) => env.DB.prepare(sql),
      batch: async (statements: D1PreparedStatement[]) => {
        await env.DB.prepare("UPDATE meta SET value = value + 1 WHERE key = 'version'").run()
        return env.DB.batch(statements)
      },
    } as unknown as D1Database
    const ctx = createExecutionContext()
    const res = await worker.fetch(
      new Request(url('/v1/articles'), { method: 'POST', headers: auth, body: JSON.stringify(CONTENDED) }),
      { ...env, DB: outrun },
      ctx,
    )
    await waitOnExecutionContext(ctx)
    expect((await problem(res, 503)).type).toBe('/problems/write-contention')
    expect(res.headers.get('Retry-After')).toBe('1')
    expect((await call(`/v1/articles/${CONTENDED.id}`)).status).toBe(404)
  })
})

describe('reference in workerd', () => {
  it('serves an OpenAPI 3.1 document with the core’s models as components', async () => {
    const spec = await (await call('/openapi.json')).json()
    expect(spec.openapi).toBe('3.1.0')
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/v1/articles/{id}', '/v1/stories/{id}', '/v1/entities/{id}', '/v1/search']),
    )
    expect(Object.keys(spec.components.schemas)).toEqual(expect.arrayContaining(['Article', 'Coverage']))
  })

  it('renders a reference that needs no script and nothing from elsewhere', async () => {
    const res = await call('/docs')
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Content-Security-Policy')).toMatch(
      /default-src 'none'; style-src 'unsafe-inline'/,
    )
    const html = await res.text()
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!.*example)/)
    expect(html).toContain('<code>/v1/articles/{id}</code>')
  })

  it('explains each problem type at its URI', async () => {
    const res = await call('/problems/writes-disabled')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('MARSAD_API_TOKEN')
  })
})
