import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CodeUnits, LONGEST_KEPT } from './code-units.ts'

const codes = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))

describe('CodeUnits', () => {
  for (const [how, units] of [
    ['through Buffer', new CodeUnits()],
    ['by a loop', new CodeUnits(null)],
  ] as const) {
    it(`copies any string's code units, lone surrogates and one-byte strings included (${how})`, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
          expect(Array.from(units.copy(text).subarray(0, text.length))).toEqual(codes(text))
        }),
        { numRuns: 200, seed: 13 },
      )
    })

    it(`copies a text made of pieces and a slice of one as the text reads (${how})`, () => {
      const long = 'قال الوزير '.repeat(300)
      const joined = `${long}Latin ${long.slice(5, 900)}`
      expect(Array.from(units.copy(joined).subarray(0, joined.length))).toEqual(codes(joined))
      expect(Array.from(units.copy('abc').subarray(0, 3))).toEqual(codes('abc'))
    })
  }

  it('copies the text copied last once, and each text of a run of two as it reads', () => {
    const units = new CodeUnits()
    const text = 'قال الوزير'
    units.copy(text)[0] = 0
    expect(units.copy(text)[0]).toBe(0)
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 }), (a, b) => {
        for (const next of [a, b, a, a, b])
          expect(Array.from(units.copy(next).subarray(0, next.length))).toEqual(codes(next))
      }),
      { numRuns: 200, seed: 13 },
    )
  })

  for (const [how, buffers] of [
    ['through Buffer', undefined],
    ['by a loop', null],
  ] as const)
    it(`copies a text longer than LONGEST_KEPT whole, then keeps neither it nor its buffer (${how})`, () => {
      const units = new CodeUnits(buffers)
      const huge = `${'ب'.repeat(LONGEST_KEPT)}قال`
      const copied = units.copy(huge)
      expect(copied.length).toBeGreaterThanOrEqual(huge.length)
      expect(Array.from(copied.subarray(huge.length - 4, huge.length))).toEqual(codes(huge.slice(-4)))
      expect(units.units.length).toBeLessThan(LONGEST_KEPT)
      // Not taken for the text copied last: the same string is copied again, into a fresh buffer.
      copied[0] = 0
      expect(units.copy(huge)[0]).toBe('ب'.charCodeAt(0))
      expect(Array.from(units.copy('قال').subarray(0, 3))).toEqual(codes('قال'))
    })

  it("uses Node's Buffer here", () => {
    expect(typeof (globalThis as { Buffer?: unknown }).Buffer).toBe('function')
  })
})
