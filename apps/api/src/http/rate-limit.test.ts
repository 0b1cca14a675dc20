import { describe, expect, it } from 'vitest'
import { TOKEN, testApp } from '../../test/app.ts'
import { WATER } from '../../test/fixtures.ts'
import { createApp } from '../app.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { openSqlite } from '../storage/sqlite/open.ts'
import { DEFAULT_WRITE_RATE, parseRate, RateLimiter, rateLimitHeaders } from './rate-limit.ts'

describe('parseRate', () => {
  it('reads counts per second, minute or hour, and off', () => {
    expect(parseRate('60/minute')).toEqual({ limit: 60, windowSeconds: 60 })
    expect(parseRate('5/s')).toEqual({ limit: 5, windowSeconds: 1 })
    expect(parseRate(' 100 / 10s ')).toEqual({ limit: 100, windowSeconds: 10 })
    expect(parseRate('1000/2hours')).toEqual({ limit: 1000, windowSeconds: 7200 })
    expect(parseRate(undefined)).toEqual(DEFAULT_WRITE_RATE)
    expect(parseRate('')).toEqual(DEFAULT_WRITE_RATE)
    expect(parseRate('off')).toBe(false)
    expect(parseRate('0')).toBe(false)
  })

  it('refuses what is not a rate rather than running without one', () => {
    for (const text of ['60', 'fast', '0/s', '10/0s', '-5/s', '5/day', '1e3/s']) {
      expect(() => parseRate(text), text).toThrow(/not a rate/)
    }
  })
})

describe('RateLimiter', () => {
  it('lets each client through `limit` times per window, then says how long to wait', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ limit: 3, windowSeconds: 10 }, () => now)
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0])
    expect(limiter.take('a')).toBe(10)
    expect(limiter.take('b')).toBe(0)
    now += 7_500
    expect(limiter.take('a')).toBe(3)
    now += 2_500
    expect(limiter.take('a')).toBe(0)
  })

  it('keeps a bounded number of clients', () => {
    let now = 0
    const limiter = new RateLimiter({ limit: 1, windowSeconds: 60 }, () => now)
    for (let i = 0; i < 25_000; i++) limiter.take(`client-${i}`)
    // The oldest clients were forgotten, so they start a new window; the newest are still counted.
    expect(limiter.take('client-0')).toBe(0)
    expect(limiter.take('client-24999')).toBeGreaterThan(0)
    now += 60_000
    expect(limiter.take('client-24999')).toBe(0)
  })
})

describe('write rate limiting through the app', () => {
  function limitedApp(clientOf = () => 'one') {
    const repo = createSqlRepository(openSqlite(':memory:'))
    return createApp({
      repo,
      token: TOKEN,
      writeRate: { limit: 2, windowSeconds: 60 },
      clientOf,
      logError: () => {},
    })
  }
  const post = (headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(WATER),
  })

  it('answers writes past the rate with 429 problem+json and Retry-After, and stores nothing', async () => {
    const app = limitedApp()
    expect((await app.request('/v1/articles', post())).status).toBe(201)
    expect((await app.request(`/v1/articles/${WATER.id}`, { ...post(), method: 'DELETE' })).status).toBe(204)
    const refused = await app.request('/v1/articles', post())
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json')
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
    expect(await refused.json()).toMatchObject({ type: '/problems/too-many-requests', status: 429 })
    expect((await app.request(`/v1/articles/${WATER.id}`)).status).toBe(404)
    const deleted = await app.request(`/v1/articles/${WATER.id}`, { ...post(), method: 'DELETE' })
    expect(deleted.status).toBe(429)
  })

  it('announces the policy and the client’s quota on every write, 429 included (IETF RateLimit fields)', async () => {
    const app = limitedApp()
    const first = await app.request('/v1/articles', post())
    expect(first.status).toBe(201)
    expect(first.headers.get('RateLimit-Policy')).toBe('"writes";q=2;w=60')
    expect(first.headers.get('RateLimit')).toMatch(/^"writes";r=1;t=(?:59|60)$/)
    const wrong = await app.request('/v1/articles', post({ Authorization: 'Bearer guess' }))
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('RateLimit')).toMatch(/^"writes";r=0;t=\d+$/)
    const refused = await app.request('/v1/articles', post())
    expect(refused.status).toBe(429)
    expect(refused.headers.get('RateLimit-Policy')).toBe('"writes";q=2;w=60')
    expect(refused.headers.get('RateLimit')).toBe(`"writes";r=0;t=${refused.headers.get('Retry-After')}`)
    expect((await app.request('/v1/articles')).headers.get('RateLimit')).toBeNull()
  })

  it('leaves out RateLimit when the counter cannot say what remains, keeping the policy', () => {
    const rate = { limit: 120, windowSeconds: 60 }
    expect(rateLimitHeaders(rate, { allowed: true, remaining: null, reset: 60 })).toEqual({
      'RateLimit-Policy': '"writes";q=120;w=60',
    })
    expect(rateLimitHeaders(rate, { allowed: false, remaining: 0, reset: 60 }).RateLimit).toBe(
      '"writes";r=0;t=60',
    )
  })

  it('counts attempts with a wrong token too, so tokens cannot be guessed at speed', async () => {
    const app = limitedApp()
    const wrong = { Authorization: 'Bearer guess' }
    expect((await app.request('/v1/articles', post(wrong))).status).toBe(401)
    expect((await app.request('/v1/articles', post(wrong))).status).toBe(401)
    expect((await app.request('/v1/articles', post(wrong))).status).toBe(429)
  })

  it('counts each client apart and never limits reads', async () => {
    let client = 'a'
    const app = limitedApp(() => client)
    for (let i = 0; i < 3; i++) await app.request('/v1/articles', post())
    expect((await app.request('/v1/articles', post())).status).toBe(429)
    for (let i = 0; i < 10; i++) expect((await app.request('/v1/articles')).status).toBe(200)
    client = 'b'
    expect((await app.request('/v1/articles', post())).status).toBe(200)
  })

  it('is off unless asked for', async () => {
    const t = testApp()
    for (let i = 0; i < 5; i++) expect((await t.post('/v1/articles', WATER)).status).toBeLessThan(300)
  })
})
