import { describe, expect, it } from 'vitest'
import { formatDate, formatPercent, machineDate, parseIsoDate } from './format.ts'

describe('dates', () => {
  it('reads date-only values as whole days in UTC', () => {
    expect(parseIsoDate('2025-02-12')?.toISOString()).toBe('2025-02-12T00:00:00.000Z')
    expect(formatDate('2025-02-12')).toMatch(/2025/)
    expect(formatDate('2025-02-12')).toMatch(/فبراير/)
  })

  it('gives null for missing or unreadable values', () => {
    expect(formatDate(undefined)).toBeNull()
    expect(formatDate('أمس')).toBeNull()
  })

  it('gives the day as the publisher dated it, whatever its offset from UTC', () => {
    expect(formatDate('2025-03-11T01:30:00+03:00')).toBe(formatDate('2025-03-11'))
    expect(formatDate('2025-03-11T01:30:00+03:00')).not.toBe(formatDate('2025-03-10'))
  })

  it('formats shares with the Arabic percent sign', () => {
    expect(formatPercent(0.857)).toBe('86٪')
  })

  it('gives a machine-readable datetime for <time>', () => {
    expect(machineDate('2025-02-12')).toBe('2025-02-12')
    expect(machineDate('2025-02-12T10:30:00+03:00')).toBe('2025-02-12T07:30:00.000Z')
  })
})
