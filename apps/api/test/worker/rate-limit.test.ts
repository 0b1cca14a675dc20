import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import worker from '../../src/worker/index.ts'
import { WATER } from '../fixtures.ts'

// The Worker with MARSAD_WRITE_RATE set and no binding: each isolate counts writes per CF-Connecting-IP on its own.
const limited = { ...env, MARSAD_WRITE_RATE: '2/minute', WRITE_LIMITER: undefined }

function write(address: string, token = env.MARSAD_API_TOKEN, environment: typeof env = limited) {
  const request = new Request('https://marsad.test/v1/articles', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'CF-Connecting-IP': address,
    },
    body: JSON.stringify(WATER),
  })
  return worker.fetch(request as Parameters<typeof worker.fetch>[0], environment, createExecutionContext())
}

describe('the Worker’s write rate', () => {
  it('answers a client past MARSAD_WRITE_RATE with 429 and Retry-After, and counts others apart', async () => {
    expect((await write('203.0.113.7')).status).toBe(201)
    expect((await write('203.0.113.7', 'wrong')).status).toBe(401)
    const refused = await write('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json')
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
    expect(await refused.json()).toMatchObject({ type: '/problems/too-many-requests', status: 429 })
    expect(refused.headers.get('RateLimit-Policy')).toBe('"writes";q=2;w=60')
    expect(refused.headers.get('RateLimit')).toBe(`"writes";r=0;t=${refused.headers.get('Retry-After')}`)
    const other = await write('198.51.100.2')
    expect(other.status).toBe(200)
    expect(other.headers.get('RateLimit')).toMatch(/^"writes";r=1;t=\d+$/)
  })

  it('counts with the Rate Limiting binding when bound, one count for every copy of the app', async () => {
    // Two environments give two apps, each with its own memory; only the binding's count is shared.
    const bound = { ...env, MARSAD_WRITE_RATE: '2/minute', WRITE_LIMITER: env.TEST_WRITE_LIMITER }
    const again = { ...bound, MARSAD_WRITE_RATE: '2/60s' }
    const first = await write('192.0.2.44', env.MARSAD_API_TOKEN, bound)
    expect(first.status).toBe(200)
    expect(first.headers.get('RateLimit-Policy')).toBe('"writes";q=2;w=60')
    expect(first.headers.get('RateLimit')).toBeNull()
    expect((await write('192.0.2.44', env.MARSAD_API_TOKEN, again)).status).toBe(200)
    const refused = await write('192.0.2.44', env.MARSAD_API_TOKEN, bound)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('60')
    expect(refused.headers.get('RateLimit')).toBe('"writes";r=0;t=60')
    expect((await write('192.0.2.45', env.MARSAD_API_TOKEN, again)).status).toBe(200)
  })
})
