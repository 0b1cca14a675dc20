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
})
