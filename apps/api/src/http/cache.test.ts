import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { cacheable } from './cache.ts'

/** SHA-1 in base64url without padding, by WebCrypto: the ETag a Worker gives the same bytes. */
async function webCryptoTag(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)))
  const base64 = btoa(String.fromCharCode(...digest))
  return `"${base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}"`
}

describe('cacheable', () => {
  const body = JSON.stringify({ items: [{ title: 'وزراء المياه يتفقون على خطة للري' }] })
  const app = new Hono()
  app.get('/list', cacheable('public, max-age=30'), (c) =>
    c.body(body, 200, { 'Content-Type': 'application/json' }),
  )

  it('tags an answer with the SHA-1 of its bytes, the same tag on Node as on Workers, and caching headers', async () => {
    const res = await app.request('/list')
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toBe(await webCryptoTag(body))
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=30')
    expect(await res.text()).toBe(body)
  })

  it('answers 304 with no body to a request that names the tag', async () => {
    const etag = (await app.request('/list')).headers.get('ETag')!
    const res = await app.request('/list', { headers: { 'If-None-Match': `W/${etag}` } })
    expect(res.status).toBe(304)
    expect(await res.text()).toBe('')
    expect((await app.request('/list', { headers: { 'If-None-Match': '"other"' } })).status).toBe(200)
  })
})
