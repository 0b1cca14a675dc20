import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { Problem } from './problem.ts'

describe('cursors', () => {
  it('round-trip positions, Arabic text included, as URL-safe strings', () => {
    const cursor = encodeCursor(['person:أحمد-الشرع', 12])
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeCursor(cursor, ['string', 'number'])).toEqual(['person:أحمد-الشرع', 12])
  })

  it('refuse garbage, other shapes and non-finite numbers as a 400 problem', () => {
    const bad = [
      '',
      '!!!',
      'a'.repeat(3000),
      encodeCursor(['x']),
      encodeCursor([1, 'x']),
      btoa('{"a":1}'),
      btoa('[1e999]'),
      // The right shape, with values no list issues.
      btoa('[-1]'),
      btoa('[1.5]'),
      btoa('[9007199254740993]'),
    ]
    for (const cursor of bad) {
      const error = (() => {
        try {
          decodeCursor(cursor, ['number'])
        } catch (e) {
          return e
        }
      })()
      expect(error, cursor).toBeInstanceOf(Problem)
      expect((error as Problem).status).toBe(400)
    }
  })

  it('refuse forged positions of the right shape', () => {
    for (const forged of [
      ['', -1],
      ['x'.repeat(1001), 1],
      ['\ud800', 1],
    ]) {
      expect(() => decodeCursor(encodeCursor(forged), ['string', 'number'])).toThrow(Problem)
    }
    expect(decodeCursor(encodeCursor(['', 0]), ['string', 'number'])).toEqual(['', 0])
  })

  it('refuse numbers over the list’s bound', () => {
    expect(decodeCursor(encodeCursor([1999]), ['number'], 1999)).toEqual([1999])
    expect(() => decodeCursor(encodeCursor([2000]), ['number'], 1999)).toThrow(Problem)
  })
})
