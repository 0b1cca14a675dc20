import { request } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/server.ts'
import { fetchJson as fetch } from '../app.ts'
import { TALKS, WATER } from '../fixtures.ts'

// Every endpoint once through @hono/node-server on loopback: what Node's HTTP layer adds or could lose (headers on
// the hand-made article response, HEAD, preflights, problem bodies) is seen as a client sees it.

const TOKEN = 'loopback-token'
let server: RunningServer
let base: string

beforeAll(async () => {
  server = await startServer({ port: 0, dbPath: ':memory:', token: TOKEN, writeRate: false, log: () => {} })
  base = server.url
})
afterAll(() => server.close())

const SEED = '003_52349cd9e965743e'
const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }

function expectStandardHeaders(res: Response, what: string) {
  expect(res.headers.get('Access-Control-Allow-Origin'), what).toBe('*')
  expect(res.headers.get('X-Content-Type-Options'), what).toBe('nosniff')
  expect(res.headers.get('Content-Security-Policy'), what).toMatch(/^default-src 'none'/)
  expect(res.headers.get('Strict-Transport-Security'), what).toMatch(/^max-age=/)
}

describe('every endpoint over real HTTP', () => {
  it('answers each read with its body, caching headers and the standard headers', async () => {
    const story = (await (await fetch(`${base}/v1/stories?minArticles=2`)).json()).items[0]
    const person = (await (await fetch(`${base}/v1/entities?kind=person`)).json()).items[0]
    const reads: [string, (body: string) => void][] = [
      ['/health', (body) => expect(JSON.parse(body)).toMatchObject({ status: 'ok', articles: 2 })],
      ['/v1/articles?limit=1', (body) => expect(JSON.parse(body).nextCursor).toEqual(expect.any(String))],
      [`/v1/articles/${SEED}`, (body) => expect(JSON.parse(body).id).toBe(SEED)],
      [
        `/v1/articles?story=${encodeURIComponent(story.id)}`,
        (body) => expect(JSON.parse(body).items).toHaveLength(2),
      ],
      ['/v1/stories', (body) => expect(JSON.parse(body).items.length).toBeGreaterThan(0)],
      [
        `/v1/stories/${encodeURIComponent(story.id)}`,
        (body) => expect(JSON.parse(body).coverage.shared.length).toBeGreaterThan(0),
      ],
      ['/v1/entities', (body) => expect(JSON.parse(body).items.length).toBeGreaterThan(0)],
      [
        `/v1/entities/${encodeURIComponent(person.id)}`,
        (body) => expect(JSON.parse(body).entity.id).toBe(person.id),
      ],
      [
        `/v1/search?q=${encodeURIComponent('الاسد')}`,
        (body) => expect(JSON.parse(body).items.length).toBeGreaterThan(0),
      ],
      ['/openapi.json', (body) => expect(JSON.parse(body).openapi).toBe('3.1.0')],
      ['/docs', (body) => expect(body).not.toMatch(/<script/)],
      ['/problems/not-found', (body) => expect(body).toContain('Not found')],
    ]
    for (const [path, check] of reads) {
      const res = await fetch(`${base}${path}`)
      expect(res.status, path).toBe(200)
      expectStandardHeaders(res, path)
      check(await res.text())
      if (path.startsWith('/v1/')) {
        expect(res.headers.get('Cache-Control'), path).toMatch(/^public, max-age=/)
        const again = await fetch(`${base}${path}`, {
          headers: { 'If-None-Match': res.headers.get('ETag')! },
        })
        expect(again.status, path).toBe(304)
      }
    }
  })

  it('gzips what the client accepts, and sends plain bytes to one that does not ask', async () => {
    const get = (headers: Record<string, string>) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request(`${base}/v1/articles/${SEED}`, { headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk) => chunks.push(chunk))
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
        })
          .on('error', reject)
          .end()
      })
    const plain = await get({})
    expect(plain.headers['content-encoding']).toBeUndefined()
    const zipped = await get({ 'Accept-Encoding': 'gzip' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i)
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2)
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)
  })

  it('ingests, deletes, and answers writes and errors as problems', async () => {
    const created = await fetch(`${base}/v1/articles`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify([WATER, TALKS]),
    })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({ created: 2, unchanged: 0 })
    const again = await fetch(`${base}/v1/articles`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify(WATER),
    })
    expect(again.status).toBe(200)

    const head = await fetch(`${base}/v1/articles/${WATER.id}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expectStandardHeaders(head, 'HEAD')
    expect(await head.text()).toBe('')
    const preflight = await fetch(`${base}/v1/articles`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://reader.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBe(204)

    const deleted = await fetch(`${base}/v1/articles/${WATER.id}`, { method: 'DELETE', headers: auth })
    expect(deleted.status).toBe(204)
    const problems: [string, RequestInit, number][] = [
      [`/v1/articles/${WATER.id}`, {}, 404],
      [`/v1/articles/${WATER.id}`, { method: 'DELETE', headers: auth }, 404],
      [`/v1/articles/${TALKS.id}`, { method: 'DELETE' }, 401],
      ['/v1/articles', { method: 'PUT' }, 405],
      ['/v1/articles?limit=0', {}, 400],
      ['/v1/articles', { method: 'POST', headers: auth, body: '{"text":' }, 400],
      ['/v1/articles', { method: 'POST', headers: auth, body: '{"text":""}' }, 422],
      [
        '/v1/articles',
        { method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' },
        415,
      ],
      [
        '/v1/articles',
        { method: 'POST', headers: auth, body: JSON.stringify({ ...TALKS, title: 'آخر' }) },
        409,
      ],
      ['/v1/search', {}, 400],
      ['/nowhere', {}, 404],
    ]
    for (const [path, init, status] of problems) {
      const res = await fetch(`${base}${path}`, init)
      const what = `${init.method ?? 'GET'} ${path}`
      expect(res.status, what).toBe(status)
      expect(res.headers.get('Content-Type'), what).toBe('application/problem+json')
      expectStandardHeaders(res, what)
      expect(await res.json(), what).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//) })
    }
  })
})
