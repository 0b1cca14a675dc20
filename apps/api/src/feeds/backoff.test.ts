import { describe, expect, it } from 'vitest'
import { backoffMs, retryAfterMs } from './backoff.ts'

describe('backoffMs', () => {
  it('doubles from the base with each failure, up to the maximum', () => {
    expect([1, 2, 3, 4, 10, 1000].map((n) => backoffMs(n, 60_000, 3_600_000))).toEqual([
      60_000, 120_000, 240_000, 480_000, 3_600_000, 3_600_000,
    ])
  })
})

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-05T10:00:00Z')
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('120', now)).toBe(120_000)
    expect(retryAfterMs('Sat, 05 Dec 2026 10:05:00 GMT', now)).toBe(300_000)
    expect(retryAfterMs('Sat, 05 Dec 2026 09:00:00 GMT', now)).toBe(0)
    expect(retryAfterMs('soon', now)).toBeUndefined()
    expect(retryAfterMs(null, now)).toBeUndefined()
  })
})
