import { describe, expect, it } from 'vitest'
import { testApp } from '../test/app.ts'
import { WATER } from '../test/fixtures.ts'
import { createApp } from './app.ts'
import type { Repository } from './storage/repository.ts'

describe('CORS and security headers', () => {
  it('lets any origin read, and answers preflights for writes with a token', async () => {
    const t = testApp()
    const read = await t.request('/health', { headers: { Origin: 'https://reader.example' } })
    expect(read.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const preflight = await t.request('/v1/articles', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://reader.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('POST')
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/i)
  })

  it('sends secure headers on answers and on problems alike', async () => {
    const t = testApp()
    for (const path of ['/health', '/nowhere']) {
      const res = await t.request(path, { headers: { Origin: 'https://reader.example' } })
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
      expect(res.headers.get('Strict-Transport-Security')).toMatch(/^max-age=/)
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    }
  })
})

describe('unknown routes and methods', () => {
  it('answers unknown paths with a 404 problem', async () => {
    const res = await testApp().request('/v2/anything?x=1')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await res.json()).toEqual({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'Nothing at GET /v2/anything',
      instance: '/v2/anything',
    })
  })

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const t = testApp()
    for (const [method, path] of [
      ['PUT', '/v1/articles/x'],
      ['PATCH', '/v1/articles'],
      ['DELETE', '/v1/search'],
      ['POST', '/v1/stories'],
    ] as const) {
      const res = await t.request(path, { method })
      expect(res.status, `${method} ${path}`).toBe(405)
      expect(res.headers.get('Allow')).toMatch(/GET/)
      expect((await res.json()).type).toBe('/problems/method-not-allowed')
    }
  })

  it('answers HEAD like GET without a body', async () => {
    const res = await testApp().request('/health', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })
})

describe('failures', () => {
  it('answers an unexpected storage failure with a 500 problem that leaks nothing', async () => {
    const broken = new Proxy({} as Repository, {
      get: () => () => Promise.reject(new Error('disk on fire at /var/secret')),
    })
    const logged: unknown[] = []
    const app = createApp({ repo: broken, token: 't', logError: (error) => logged.push(error) })
    const res = await app.request('/v1/articles')
    expect(res.status).toBe(500)
    const body = await res.json()
    expect(body).toMatchObject({ type: '/problems/internal', status: 500 })
    expect(JSON.stringify(body)).not.toContain('secret')
    expect(logged).toHaveLength(1)
  })
})

describe('reference', () => {
  it('serves an OpenAPI 3.1 document of every route, with the core’s models as components', async () => {
    const res = await testApp().request('/openapi.json')
    expect(res.status).toBe(200)
    const spec = await res.json()
    expect(spec.openapi).toBe('3.1.0')
    expect(Object.keys(spec.paths).sort()).toEqual([
      '/health',
      '/v1/articles',
      '/v1/articles/{id}',
      '/v1/entities',
      '/v1/entities/{id}',
      '/v1/entities/{id}/related',
      '/v1/search',
      '/v1/sources',
      '/v1/sources/{id}',
      '/v1/stories',
      '/v1/stories/{id}',
      '/v1/stories/{id}/related',
      '/v1/stories/{id}/timeline',
    ])
    for (const name of [
      'Article',
      'Story',
      'Coverage',
      'Problem',
      'IngestRequest',
      'SearchResult',
      'EntityDetail',
    ]) {
      expect(spec.components.schemas, name).toHaveProperty(name)
    }
    expect(spec.paths['/v1/articles'].post.security).toEqual([{ bearerAuth: [] }])
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' })
  })

  it('renders a browsable reference that needs no script and nothing from elsewhere', async () => {
    const res = await testApp().request('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Content-Security-Policy')).toMatch(
      /default-src 'none'; style-src 'unsafe-inline'/,
    )
    const html = await res.text()
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!.*example)/)
    for (const path of ['/v1/articles/{id}', '/v1/search', '/v1/stories/{id}', '/v1/entities/{id}']) {
      expect(html).toContain(`<code>${path}</code>`)
    }
    expect(html).toContain('id="schema-Article"')
    expect(html).toContain('href="#schema-Problem"')
  })

  it('explains each problem type at its URI', async () => {
    const t = testApp()
    const res = await t.request('/problems/writes-disabled')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('MARSAD_API_TOKEN')
    expect((await t.request('/problems/__proto__')).status).toBe(404)
  })

  it('points from the root to the reference', async () => {
    const body = await (await testApp().request('/')).json()
    expect(body).toMatchObject({ docs: '/docs', openapi: '/openapi.json' })
  })
})

describe('health', () => {
  it('counts what the database holds', async () => {
    const t = testApp()
    await t.post('/v1/articles', WATER)
    const res = await t.request('/health')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toMatchObject({ status: 'ok', articles: 1, stories: 1 })
  })
})
