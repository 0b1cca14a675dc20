import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/server.ts'
import { fetchJson as fetch } from '../app.ts'
import { newsPage, PAGE_CANONICAL, PAGE_URL } from '../html-page.ts'

// A page POSTed over real HTTP to the Node server, whose worker threads parse it (`PreparePool`), as they parse text.
const TOKEN = 'html-token'
let server: RunningServer
const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }

beforeAll(async () => {
  server = await startServer({ port: 0, dbPath: ':memory:', token: TOKEN, writeRate: false, log: () => {} })
})
afterAll(() => server.close())

describe('POST /v1/articles {html, url} on Node', () => {
  it('parses the page in a worker thread and serves the article', async () => {
    const body = JSON.stringify({ html: newsPage(), url: PAGE_URL, id: 'bridge-http' })
    const res = await fetch(`${server.url}/v1/articles`, { method: 'POST', headers: auth, body })
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toBe('/v1/articles/bridge-http')
    const article = await (await fetch(`${server.url}/v1/articles/bridge-http`)).json()
    expect(article).toMatchObject({ title: 'افتتاح جسر الوادي الجديد', source: { url: PAGE_CANONICAL } })
    expect(article.blocks[1]).toMatchObject({ kind: 'heading', text: 'خطة النقل' })
  })

  it('answers a page without an article with 422, the problem naming html', async () => {
    const body = JSON.stringify({ html: '<p><a href="/x">خبر</a></p>', url: PAGE_URL })
    const res = await fetch(`${server.url}/v1/articles`, { method: 'POST', headers: auth, body })
    expect(res.status).toBe(422)
    expect((await res.json()).detail).toBe('html: no article text found in the page')
  })
})
