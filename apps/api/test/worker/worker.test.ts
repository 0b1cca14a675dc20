import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

describe('worker', () => {
  it('health', async () => {
    const res = await exports.default.fetch('https://marsad.test/health')
    console.log(res.status, await res.text())
  })
})
