import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TOKEN, testApp } from '../test/app.ts'
import { ALL } from '../test/fixtures.ts'

const t = testApp()
await t.post('/v1/articles', ALL)

const segment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent),
  fc.constantFrom('%', '%ZZ', '%ED%A0%80', '..%2F..', '%00', 'harakat', 'story:x', 'person:x'),
)
const path = fc
  .oneof(
    fc.tuple(
      fc.constantFrom(
        '/v1/articles',
        '/v1/stories',
        '/v1/entities',
        '/v1/search',
        '/health',
        '/docs',
        '/problems',
        '/v1',
      ),
      fc.option(segment, { nil: undefined }),
    ),
    fc.tuple(fc.constant(''), segment),
  )
  .map(([base, tail]) => (tail === undefined ? base : `${base}/${tail}`))
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'q',
        'limit',
        'cursor',
        'from',
        'to',
        'source',
        'story',
        'entity',
        'kind',
        'minArticles',
        'x',
      ),
      segment,
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`))
const body = fc.oneof(
  fc.json().map((json) => new TextEncoder().encode(json)),
  fc.uint8Array({ maxLength: 64 }),
  fc.constant(new TextEncoder().encode(JSON.stringify([{ text: 'نص قصير للاختبار.' }, { text: 5 }]))),
)

describe('any request', () => {
  it('gets an answer below 500, and every error as problem details', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'HEAD', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS'),
        path,
        query,
        body,
        fc.constantFrom('application/json', 'application/json; charset=utf-16', 'text/plain', undefined),
        fc.constantFrom(`Bearer ${TOKEN}`, 'Bearer wrong', 'Basic x', undefined),
        async (method, p, q, bytes, type, auth) => {
          const headers: Record<string, string> = {}
          if (type) headers['Content-Type'] = type
          if (auth) headers.Authorization = auth
          const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH'
          const res = await t.request(`${p}${q}`, { method, headers, ...(withBody && { body: bytes }) })
          expect(res.status, `${method} ${p}${q}`).toBeLessThan(500)
          if (res.status >= 400 && method !== 'HEAD') {
            expect(res.headers.get('Content-Type')).toBe('application/problem+json')
          }
        },
      ),
      { numRuns: 1500, seed: 8 },
    )
  })
})
