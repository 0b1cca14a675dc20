import { describe, expect, it } from 'vitest'
import { retrying } from './retry.ts'

const refused = () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))

describe('retrying', () => {
  it('tries again while the API refuses, and returns its first answer', async () => {
    let tries = 0
    const response = await retrying(
      () => (++tries < 3 ? refused() : Promise.resolve(new Response('ok'))),
      () => new Error('gave up'),
      [1, 1, 1, 1],
    )
    expect(await response.text()).toBe('ok')
    expect(tries).toBe(3)
  })

  it('returns an error answer at once: only no answer is retried', async () => {
    let tries = 0
    const response = await retrying(
      () => {
        tries++
        return Promise.resolve(new Response(null, { status: 503 }))
      },
      () => new Error('gave up'),
      [1, 1],
    )
    expect(response.status).toBe(503)
    expect(tries).toBe(1)
  })

  it('gives up after the last delay with the error it is given, the last failure as its cause', async () => {
    let tries = 0
    const failing = retrying(
      () => {
        tries++
        return refused()
      },
      (cause) => new Error('the API did not answer', { cause }),
      [1, 1, 1],
    )
    await expect(failing).rejects.toMatchObject({
      message: 'the API did not answer',
      cause: { message: 'fetch failed' },
    })
    expect(tries).toBe(4)
  })
})
