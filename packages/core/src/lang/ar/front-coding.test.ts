import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeFrontCoded, encodeFrontCoded } from './front-coding.ts'

describe('front-coded word lists', () => {
  it('stores each word as the prefix it shares with the one before and the rest', () => {
    expect(encodeFrontCoded(['استقبال', 'استقبل', 'استقبلت', 'مدينة'])).toBe('0استقبال5ل6ت0مدينة')
    expect(decodeFrontCoded('0استقبال5ل6ت0مدينة')).toEqual(['استقبال', 'استقبل', 'استقبلت', 'مدينة'])
  })

  it('caps the shared prefix at nine letters', () => {
    const words = ['الاستثماراتي', 'الاستثماراتية']
    expect(encodeFrontCoded(words)).toBe('0الاستثماراتي9اتية')
    expect(decodeFrontCoded(encodeFrontCoded(words))).toEqual(words)
  })

  it('gives back any sorted list of words it encodes', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوية'),
      minLength: 1,
      maxLength: 14,
    })
    fc.assert(
      fc.property(fc.uniqueArray(word), (words) => {
        const sorted = [...words].sort()
        expect(decodeFrontCoded(encodeFrontCoded(sorted))).toEqual(sorted)
      }),
    )
  })

  it('refuses a word it could not give back', () => {
    expect(() => encodeFrontCoded(['', 'قرية'])).toThrow()
    expect(() => encodeFrontCoded(['طريق 104'])).toThrow()
  })
})
