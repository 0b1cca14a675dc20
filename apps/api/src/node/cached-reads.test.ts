import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from './server.ts'

const SEED = '003_52349cd9e965743e'
const dir = mkdtempSync(join(tmpdir(), 'marsad-cached-reads-'))
let server: RunningServer
beforeAll(async () => {
  server = await startServer({ port: 0, dbPath: join(dir, 'a.sqlite'), token: 'loopback', log: () => {} })
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A request as a plain HTTP client sends it: only the headers given (fetch would ask for gzip). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

/** The headers of an answer that say something about it (not when or over which connection it was sent). */
const meaningful = ({ headers }: Answer) => {
  const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...rest } = headers
  return rest
}

describe('article reads answered from the cache before the app', () => {
  it('answer a cached article with the same status, headers and bytes as the route, and 304 alike', async () => {
    const fromRoute = await get(`/v1/articles/${SEED}`)
    // The cache keeps an article at its second read.
    await get(`/v1/articles/${SEED}`)
    const fromCache = await get(`/v1/articles/${SEED}`)
    expect(fromRoute.status).toBe(200)
    expect(fromCache.status).toBe(200)
    expect(meaningful(fromCache)).toEqual(meaningful(fromRoute))
    expect(fromCache.body.equals(fromRoute.body)).toBe(true)
    expect(JSON.parse(fromCache.body.toString('utf8')).id).toBe(SEED)
    expect(fromCache.headers['access-control-allow-origin']).toBe('*')
    expect(fromCache.headers['cache-control']).toBe('public, max-age=300')

    const etag = fromCache.headers.etag as string
    const unchanged = await get(`/v1/articles/${SEED}`, { 'If-None-Match': `"other", W/${etag}` })
    expect(unchanged.status).toBe(304)
    expect(unchanged.body.length).toBe(0)
    expect(unchanged.headers.etag).toBe(etag)
    expect(unchanged.headers['x-content-type-options']).toBe('nosniff')
    expect((await get(`/v1/articles/${SEED}`, { 'If-None-Match': '"other"' })).status).toBe(200)
  })

  it('leave the app what it answers otherwise: compression, unknown parameters, HEAD, other paths', async () => {
    for (let n = 0; n < 2; n++) await get(`/v1/articles/${SEED}`)
    const gzipped = await get(`/v1/articles/${SEED}`, { 'Accept-Encoding': 'gzip' })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    const unknown = await get(`/v1/articles/${SEED}?full=1`)
    expect(unknown.status).toBe(400)
    expect(unknown.headers['content-type']).toBe('application/problem+json')
    const head = await get(`/v1/articles/${SEED}`, {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect((await get(`/v1/articles/${SEED}/`)).status).toBe(404)
    const badHost = await get(`/v1/articles/${SEED}`, { Host: 'reader@example.org' })
    expect(badHost.status).toBe(400)
  })

  it('answer 404 in the problem shape once a cached article is deleted', async () => {
    const id = '000_c46bd0adb6ed7856'
    for (let n = 0; n < 3; n++) expect((await get(`/v1/articles/${id}`)).status).toBe(200)
    const removed = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/v1/articles/${id}`, {
        method: 'DELETE',
        headers: { Authorization: 'Bearer loopback' },
      })
      req.on('response', (res) => resolve(res.statusCode!)).on('error', reject)
      req.end()
    })
    expect(removed).toBe(204)
    const gone = await get(`/v1/articles/${id}`)
    expect(gone.status).toBe(404)
    expect(JSON.parse(gone.body.toString('utf8'))).toMatchObject({ status: 404 })
  })
})
