import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SiteServer, serveSite } from './serve.ts'

let dir: string
let site: SiteServer

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marsad-serve-'))
  await mkdir(join(dir, 'stories/s1'), { recursive: true })
  await mkdir(join(dir, '_astro'))
  await writeFile(join(dir, 'index.html'), '<h1>القصص</h1>')
  await writeFile(join(dir, 'stories/s1/index.html'), '<h1>قصة</h1>')
  await writeFile(join(dir, '404.html'), '<h1>غير موجودة</h1>')
  await writeFile(join(dir, '_astro/site.css'), 'body{}')
  await writeFile(join(dir, 'rss.xml'), '<rss/>')
  await writeFile(join(tmpdir(), 'marsad-serve-secret.txt'), 'secret')
  site = await serveSite({ root: dir, port: 0 })
})

afterAll(async () => {
  await site.close()
  await rm(dir, { recursive: true, force: true })
  await rm(join(tmpdir(), 'marsad-serve-secret.txt'), { force: true })
})

/** A raw request, so that paths like `/../x` reach the server unnormalised. */
function get(path: string, method = 'GET') {
  return new Promise<{ status: number; type: string; cache: string; body: string }>((resolve, reject) => {
    const url = new URL(site.url)
    const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type']),
          cache: String(res.headers['cache-control']),
          body,
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('serveSite', () => {
  it('listens on loopback and answers folders with their index.html', async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(await get('/')).toMatchObject({
      status: 200,
      body: '<h1>القصص</h1>',
      type: 'text/html; charset=utf-8',
    })
    expect((await get('/stories/s1/')).body).toBe('<h1>قصة</h1>')
    expect((await get('/stories/s1')).body).toBe('<h1>قصة</h1>')
  })

  it('answers unknown paths with 404.html and a 404 status', async () => {
    expect(await get('/stories/none/')).toMatchObject({ status: 404, body: '<h1>غير موجودة</h1>' })
  })

  it('never serves files outside its folder', async () => {
    for (const path of [
      '/../marsad-serve-secret.txt',
      '/%2e%2e/marsad-serve-secret.txt',
      '/a/%2e%2e/%2e%2e/x',
      '/%00',
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(response.body).not.toContain('secret')
    }
  })

  it('caches hashed assets for long, revalidates pages, and types feeds', async () => {
    expect((await get('/_astro/site.css')).cache).toContain('immutable')
    expect((await get('/')).cache).toBe('no-cache')
    expect((await get('/rss.xml')).type).toBe('application/xml; charset=utf-8')
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await get('/', 'HEAD')).toMatchObject({ status: 200, body: '' })
    expect((await get('/', 'POST')).status).toBe(405)
  })
})
