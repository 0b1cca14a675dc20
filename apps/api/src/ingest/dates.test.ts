import { describe, expect, it } from 'vitest'
import { dateKey, upperDateKey } from './dates.ts'

describe('dateKey', () => {
  it('keeps dates, converts offset date-times to UTC and leaves local times as written', () => {
    expect(dateKey('2025-02-12')).toBe('2025-02-12')
    expect(dateKey('2025-02-12T23:30:00+03:00')).toBe('2025-02-12T20:30:00.000Z')
    expect(dateKey('2025-02-12T10:00:00')).toBe('2025-02-12T10:00:00')
    expect(dateKey(undefined)).toBe('')
  })

  it('sorts keys of one day between the day and the next', () => {
    const keys = ['2025-02-13', '2025-02-12T20:30:00.000Z', '2025-02-12', '2025-02-11T23:59:00.000Z']
    expect([...keys].sort()).toEqual([
      '2025-02-11T23:59:00.000Z',
      '2025-02-12',
      '2025-02-12T20:30:00.000Z',
      '2025-02-13',
    ])
  })

  it('makes a bare upper bound cover its whole day', () => {
    expect('2025-02-12T20:30:00.000Z' <= upperDateKey('2025-02-12')).toBe(true)
    expect('2025-02-13' <= upperDateKey('2025-02-12')).toBe(false)
    expect(upperDateKey('2025-02-12T10:00:00Z')).toBe('2025-02-12T10:00:00.000Z')
  })
})
