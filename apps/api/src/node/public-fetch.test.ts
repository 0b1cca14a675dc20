import { describe, expect, it } from 'vitest'
import { isPrivateAddress, publicFetch } from './public-fetch.ts'

describe('isPrivateAddress', () => {
  it('knows loopback, private networks, link-local metadata and their IPv6 forms', () => {
    for (const inside of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ]) {
      expect(isPrivateAddress(inside), inside).toBe(true)
    }
    for (const outside of [
      '8.8.8.8',
      '93.184.216.34',
      '172.32.0.1',
      '2001:4860:4860::8888',
      '::ffff:8.8.8.8',
    ]) {
      expect(isPrivateAddress(outside), outside).toBe(false)
    }
  })
})

describe('publicFetch', () => {
  it('refuses a private address before the request is made', async () => {
    const asked: string[] = []
    const guarded = publicFetch(async (input) => {
      asked.push(input)
      return new Response('')
    })
    for (const url of [
      'http://127.0.0.1:9/rss.xml',
      'http://[::1]/rss.xml',
      'http://169.254.169.254/latest/meta-data/',
      'http://localhost/',
    ]) {
      await expect(guarded(url, {}), url).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/is a private address/) },
      })
    }
    expect(asked).toEqual([])
  })
})
