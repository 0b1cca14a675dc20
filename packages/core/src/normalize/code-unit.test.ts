import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codeUnit } from './code-unit.ts'

/** The same text as strings of several kinds: flat, sliced from a longer one, concatenated, with one- or two-byte code units. */
function kinds(text: string): string[] {
  const long = `${'x'.repeat(20)}${text}${'y'.repeat(20)}`
  return [text, long.slice(20, 20 + text.length), `${text.slice(0, 7)}${text.slice(7)}`, [...text].join('')]
}

describe('codeUnit', () => {
  it('is charCodeAt, out of range included, for every kind of string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.integer({ min: -2, max: 42 }),
        (text, i) => {
          for (const kind of kinds(text)) expect(codeUnit(kind, i)).toBe(text.charCodeAt(i))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads Arabic with its marks and Latin alike', () => {
    expect(codeUnit('مُحَمَّد', 1)).toBe(0x064f)
    expect(codeUnit('قال "Reuters"', 5)).toBe(0x52)
  })
})
