import { startServer } from '@marsad/api/node'
import { describe, expect, inject, it } from 'vitest'
import { RETRY_DELAYS_MS } from '../src/api/retry.ts'
import { freePort, startSite } from './site-server.ts'

const waitedAtMost = RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0)

describe('the site and its API starting apart', () => {
  it('answers a page asked before the API listens, once the API comes up', async () => {
    // An API started and closed once first: its first start pays for schemas and the database engine, which on a
    // loaded machine took longer than the site's retries wait; the start under test is then as quick as a restart.
    const warm = await startServer({
      port: await freePort(),
      dbPath: ':memory:',
      writeRate: false,
      log: () => {},
    })
    await warm.close()
    const apiPort = await freePort()
    const site = await startSite({ dist: inject('siteDist'), apiUrl: `http://127.0.0.1:${apiPort}` })
    let api: Awaited<ReturnType<typeof startServer>> | undefined
    try {
      const page = fetch(`${site.url}/`)
      await new Promise((resolve) => setTimeout(resolve, 700))
      api = await startServer({ port: apiPort, dbPath: ':memory:', writeRate: false, log: () => {} })
      const response = await page
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('<html lang="ar" dir="rtl">')
    } finally {
      await site.close()
      await api?.close()
    }
  })

  it('answers 503 with a page in Arabic, not a stack, when the API does not answer', async () => {
    const site = await startSite({ dist: inject('siteDist'), apiUrl: `http://127.0.0.1:${await freePort()}` })
    try {
      const started = performance.now()
      const response = await fetch(`${site.url}/stories/some-story/`)
      expect(performance.now() - started).toBeLessThan(waitedAtMost + 3000)
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('10')
      expect(response.headers.get('cache-control')).toBe('no-store')
      const html = await response.text()
      expect(html).toContain('<h1>الخدمة غير متاحة مؤقتاً</h1>')
      expect(html).toContain('<meta name="robots" content="noindex')
      expect(html).not.toMatch(/ApiError|ECONNREFUSED|at .*\.mjs/)
    } finally {
      await site.close()
    }
  })
})
