import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { ALL, HARAKAT, TALKS, WATER } from '../fixtures.ts'

const BASE = 'https://marsad.test'
const auth = { Authorization: `Bearer ${env.MARSAD_API_TOKEN}`, 'Content-Type': 'application/json' }

function call(path: string, init?: RequestInit) {
  return exports.default.fetch(`${BASE}${path}`, init)
}
function post(body: unknown, headers: Record<string, string> = auth) {
  return call('/v1/articles', { method: 'POST', headers, body: JSON.stringify(body) })
}
async function json(
  res: Response,
): Promise<Record<string, unknown> & { items: { article: { id: string } }[] }> {
  return res.json()
}

describe('the Worker over D1', () => {
  it('ingests a batch in one D1 transaction and serves it back', async () => {
    const res = await post(ALL)
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ created: 4, unchanged: 0 })
    expect(await (await call('/health')).json()).toMatchObject({ status: 'ok', articles: 4 })
    expect((await post(WATER)).status).toBe(200)

    const article = await call(`/v1/articles/${HARAKAT.id}`)
    expect(article.status).toBe(200)
    const model = (await article.json()) as { id: string; text: string; sentences: unknown[] }
    expect(model).toMatchObject({ id: HARAKAT.id, text: HARAKAT.text })
    const etag = article.headers.get('ETag')!
    expect((await call(`/v1/articles/${HARAKAT.id}`, { headers: { 'If-None-Match': etag } })).status).toBe(
      304,
    )

    const list = (await (await call('/v1/articles?limit=2')).json()) as {
      items: { id: string }[]
      nextCursor: string
    }
    expect(list.items.map((a) => a.id)).toEqual([TALKS.id, WATER.id])
    const rest = (await (await call(`/v1/articles?cursor=${list.nextCursor}`)).json()) as { items: unknown[] }
    expect(rest.items).toHaveLength(2)
  })

  it('searches Arabic as readers expect, and survives FTS5 syntax', async () => {
    await post(ALL)
    const ids = async (q: string) =>
      (await json(await call(`/v1/search?q=${encodeURIComponent(q)}`))).items.map((h) => h.article.id)
    expect(await ids('الاسد')).toEqual([HARAKAT.id])
    expect(await ids('محمد')).toEqual([HARAKAT.id])
    expect(await ids('مفاوضات')).toEqual([TALKS.id])
    for (const q of ['"', 'NEAR(a b)', '*', 'x AND', "'); DROP TABLE articles; --"]) {
      expect((await call(`/v1/search?q=${encodeURIComponent(q)}`)).status, q).toBe(200)
    }
  })

  it('loses no write when requests ingest at once', async () => {
    const batches = Array.from({ length: 12 }, (_, i) => ({
      id: `parallel-${i}`,
      text: `أعلنت البلدية المرحلة ${i} من خطة تأهيل الطرق في الأحياء الشرقية.`,
    }))
    const count = async () => ((await (await call('/health')).json()) as { articles: number }).articles
    const before = await count()
    const statuses = await Promise.all(batches.map((b) => post(b).then((r: Response) => r.status)))
    expect(statuses).toEqual(batches.map(() => 201))
    expect(await count()).toBe(before + 12)
  })

  it('deletes with the token and refuses writes without it', async () => {
    await post(WATER)
    const refused = await post(TALKS, { 'Content-Type': 'application/json' })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json')
    const wrong = await call(`/v1/articles/${WATER.id}`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer nope' },
    })
    expect(wrong.status).toBe(401)
    expect((await call(`/v1/articles/${WATER.id}`, { method: 'DELETE', headers: auth })).status).toBe(204)
    expect((await call(`/v1/articles/${WATER.id}`)).status).toBe(404)
  })

  it('answers errors as problem details', async () => {
    const cases: [string, RequestInit | undefined, number][] = [
      ['/nowhere', undefined, 404],
      ['/v1/articles', { method: 'PUT' }, 405],
      ['/v1/articles?limit=0', undefined, 400],
      ['/v1/articles', { method: 'POST', headers: auth, body: '{"text":' }, 400],
      ['/v1/articles', { method: 'POST', headers: auth, body: '{"text": 1}' }, 422],
      [
        '/v1/articles',
        { method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' },
        415,
      ],
    ]
    for (const [path, init, status] of cases) {
      const res = await call(path, init)
      expect(res.status, path).toBe(status)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
      expect(((await res.json()) as { status: number }).status).toBe(status)
    }
  })

  it('serves the OpenAPI document and the reference', async () => {
    const spec = (await (await call('/openapi.json')).json()) as { openapi: string; paths: object }
    expect(spec.openapi).toBe('3.1.0')
    expect(Object.keys(spec.paths)).toContain('/v1/search')
    const docs = await call('/docs')
    expect(docs.headers.get('Content-Type')).toMatch(/text\/html/)
    expect(await docs.text()).toContain('<code>/v1/articles/{id}</code>')
  })
})

describe('the Worker’s limits', () => {
  it('refuses an article whose model would not fit a D1 row, with a 422 problem', async () => {
    const text = `${'أعلنت الحكومة خطة جديدة لتطوير شبكة الطرق في المدن الكبرى. '.repeat(4000)}`
    const res = await post({ id: 'huge', text })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { errors: { pointer: string; detail: string }[] }
    expect(body.errors[0]).toMatchObject({
      pointer: '#/text',
      detail: expect.stringMatching(/over this store's limit/),
    })
    expect((await call('/v1/articles/huge')).status).toBe(404)
  })
})
