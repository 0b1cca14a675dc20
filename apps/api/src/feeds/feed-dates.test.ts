import { describe, expect, it } from 'vitest'
import { parseFeedDate } from './feed-dates.ts'

describe('parseFeedDate', () => {
  it('reads RSS dates (RFC 822) with their offset, zone name or two-digit year', () => {
    expect(parseFeedDate('Sat, 05 Dec 2026 09:30:00 +0300')).toBe('2026-12-05T09:30:00+03:00')
    expect(parseFeedDate('5 Dec 2026 09:30 GMT')).toBe('2026-12-05T09:30:00Z')
    expect(parseFeedDate('Fri, 04 Dec 26 20:05:10 EST')).toBe('2026-12-04T20:05:10-05:00')
    expect(parseFeedDate('  Thu, 31 Dec 2026 23:59:59 -0000 ')).toBe('2026-12-31T23:59:59Z')
  })

  it('reads Atom and Dublin Core dates (ISO 8601), with or without a time', () => {
    expect(parseFeedDate('2026-12-05T09:30:00+03:00')).toBe('2026-12-05T09:30:00+03:00')
    expect(parseFeedDate('2026-12-05T06:30:00.250Z')).toBe('2026-12-05T06:30:00Z')
    expect(parseFeedDate('2026-12-05')).toBe('2026-12-05')
    expect(parseFeedDate('2026-12-05T09:30')).toBe('2026-12-05T09:30:00')
  })

  it('refuses what names no real day or is not a feed date', () => {
    for (const bad of [
      '31 Feb 2026 10:00 GMT',
      '2026-13-01',
      'Sat, 05 Dek 2026 09:30 GMT',
      'الخميس ٥ ديسمبر',
      '',
      undefined,
    ]) {
      expect(parseFeedDate(bad), String(bad)).toBeUndefined()
    }
    expect(parseFeedDate('5 Dec 2026 09:30 +2500')).toBeUndefined()
  })
})
