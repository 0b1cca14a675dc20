import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeArabicText, decodeFrontCoded, encodeArabicText, encodeFrontCoded } from './front-coding.ts'

describe('front-coded word lists', () => {
  it('stores each word as the prefix it shares with the one before and the rest, one ASCII letter a letter', () => {
    const words = ['استقبال', 'استقبل', 'استقبلت', 'مدينة']
    const coded = encodeFrontCoded(words)
    expect(coded).toMatch(/^0[A-Za-z]{7}5[A-Za-z]6[A-Za-z]0[A-Za-z]{5}$/)
    expect(decodeFrontCoded(coded)).toEqual(words)
  })

  it('caps the shared prefix at nine letters', () => {
    const words = ['الاستثماراتي', 'الاستثماراتية']
    expect(encodeFrontCoded(words)).toMatch(/^0[A-Za-z]{12}9[A-Za-z]{4}$/)
    expect(decodeFrontCoded(encodeFrontCoded(words))).toEqual(words)
  })

  it('writes every Arabic letter as a different ASCII letter that needs no escape in a literal', () => {
    const letters = Array.from({ length: 0x064a - 0x0621 + 1 }, (_, i) => String.fromCharCode(0x0621 + i))
    const coded = encodeFrontCoded([letters.join('')])
    expect(coded).toMatch(/^0[A-Za-z]{42}$/)
    expect(new Set(coded.slice(1)).size).toBe(42)
    expect(decodeFrontCoded(coded)).toEqual([letters.join('')])
  })

  it('keeps spaces and the letters of other Arabic-script languages as they are', () => {
    const words = ['آيت ملول', 'آيت ڭمار', 'تيزنيت']
    expect(decodeFrontCoded(encodeFrontCoded(words))).toEqual(words)
    expect(encodeFrontCoded(['آيت ملول'])).toMatch(/^0[A-Za-z]{3} [A-Za-z]{4}$/)
  })

  it('writes text of any characters but ASCII letters with the same letters, and gives it back', () => {
    const text = 'سان بارتليمي|جزر (المملكة المتحدة)،سانت-مارتن 2 شَ'
    expect(encodeArabicText(text)).not.toMatch(/[\u0621-\u064A]/)
    expect(decodeArabicText(encodeArabicText(text))).toBe(text)
    expect(() => encodeArabicText('Rome')).toThrow()
  })

  it('gives back any sorted list of words it encodes', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي'),
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
    expect(() => encodeFrontCoded(['قَرية'])).toThrow()
    expect(() => encodeFrontCoded(['Rome'])).toThrow()
  })
})
