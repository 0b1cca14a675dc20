import { connect, createServer, type Server } from 'node:net'
import { startServer } from '@marsad/api/node'
import { describe, expect, inject, it } from 'vitest'
import { RETRY_DELAYS_MS } from '../src/api/retry.ts'
import { freePort, startSite } from './site-server.ts'

const waitedAtMost = RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0)

describe('the site and its API starting apart', () => {
  it('answers a page asked before the API listens, once the API comes up', async () => {
    // The API is started first on a port of its own, and the site's API port only begins to listen (a relay to it)
    // after the page is asked: what is tested is the site's retries, not how fast an API starts on a loaded machine,
    // which once took longer than the retries wait.
    const api = await startServer({
      port: await freePort(),
      dbPath: ':memory:',
      writeRate: false,
      log: () => {},
    })
    const apiPort = await freePort()
    const site = await startSite({ dist: inject('siteDist'), apiUrl: `http://127.0.0.1:${apiPort}` })
    let relay: Server | undefined
    try {
      const page = fetch(`${site.url}/`)
      await new Promise((resolve) => setTimeout(resolve, 700))
      relay = await relayTo(apiPort, api.port)
      const response = await page
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('<html lang="ar" dir="rtl">')
    } finally {
      await site.close()
      relay?.close()
      await api.close()
    }
  })

  it('answers 503 with a page in Arabic, not a stack, when the API does not answer', async () => {
    const site = await startSite({ dist: inject('siteDist'), apiUrl: `http://127.0.0.1:${await freePort()}` })
    try {
      const started = performance.now()
      const response = await fetch(`${site.url}/stories/some-story/`)
      // It gives up after its retries rather than waiting on. A bound, not a speed target: the margin is wide because
      // a loaded CI machine adds seconds.
      expect(performance.now() - started).toBeLessThan(waitedAtMost + 20_000)
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

/** Listens on `port` and pipes each connection to `target`: a port that starts to answer at a moment of the test's choosing. */
function relayTo(port: number, target: number): Promise<Server> {
  const server = createServer((socket) => {
    const upstream = connect(target, '127.0.0.1')
    socket.pipe(upstream).pipe(socket)
    const end = () => {
      socket.destroy()
      upstream.destroy()
    }
    socket.on('error', end)
    upstream.on('error', end)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
