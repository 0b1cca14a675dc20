import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import worker from '../../src/worker/index.ts'
import { WATER } from '../fixtures.ts'

// The Worker with MARSAD_WRITE_RATE set: each isolate counts writes per CF-Connecting-IP on its own.
const limited = { ...env, MARSAD_WRITE_RATE: '2/minute' }

function write(address: string, token = env.MARSAD_API_TOKEN) {
  const request = new Request('https://marsad.test/v1/articles', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'CF-Connecting-IP': address,
    },
    body: JSON.stringify(WATER),
  })
  return worker.fetch(request as Parameters<typeof worker.fetch>[0], limited, createExecutionContext())
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
    expect((await write('198.51.100.2')).status).toBe(200)
  })
})
