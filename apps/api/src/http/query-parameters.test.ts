import { describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'

const LISTS = ['/v1/articles', '/v1/stories', '/v1/entities', '/v1/search?q=سوريا']

describe('query parameters', () => {
  const { request } = testApp()
  const join = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`

  for (const path of LISTS) {
    it(`${path} refuses an unknown parameter with a 400 naming it`, async () => {
      const res = await request(join(path, 'sourse=الجزيرة'))
      expect(res.status).toBe(400)
      const problem = await res.json()
      expect(problem.errors).toEqual([expect.objectContaining({ parameter: 'sourse' })])
      expect(problem.detail).toMatch(/^sourse: unknown parameter; this path takes /)
    })

    it(`${path} refuses a parameter given twice with a 400 naming it once`, async () => {
      const res = await request(join(path, 'limit=5&limit=6&limit=7'))
      expect(res.status).toBe(400)
      expect((await res.json()).errors).toEqual([
        { detail: 'limit: given more than once; give it once', parameter: 'limit' },
      ])
    })
  }

  it('names every faulty parameter of one request', async () => {
    const res = await request(
      '/v1/stories?topic=sport&entity=person:x&limit=1&minArticles=2&minArticles=3&x=',
    )
    expect(res.status).toBe(400)
    expect((await res.json()).errors.map((e: { parameter: string }) => e.parameter)).toEqual([
      'topic',
      'minArticles',
      'x',
    ])
  })

  it('refuses parameters on routes that take none', async () => {
    for (const path of ['/health?verbose=1', '/v1/articles/a1?fields=title', '/v1/stories/s1?limit=1']) {
      const res = await request(path)
      expect(res.status, path).toBe(400)
    }
  })

  it('accepts the parameters a route documents, and an empty query string', async () => {
    for (const path of [
      '/v1/stories?minArticles=2&include=articles&limit=5',
      '/health?',
      '/v1/entities?kind=person',
    ]) {
      expect((await request(path)).status, path).toBe(200)
    }
  })
})
