import { describe, expect, it } from 'vitest'
import { stopwordSet as stopwords } from './compiled-analysis.ts'
import { magnitudes, percentWords, quantityCues, quantityWord, units } from './quantities.ts'

describe('the quantity word lists', () => {
  it('compile each word to a key no other list or function word shares', () => {
    const owner = new Map<string, string>()
    const groups = [
      ...units.map((group) => [`unit:${group.unit}`, group.words] as const),
      ...magnitudes.map((group) => [`magnitude:${group.factor}`, group.words] as const),
      ...quantityCues.map((group) => [`cue:${group.key}`, group.words] as const),
      ['percent', percentWords] as const,
    ]
    for (const [name, words] of groups) {
      for (const word of words) {
        const key = quantityWord(word)
        expect(stopwords.has(key), `${word} → ${key}`).toBe(false)
        expect(owner.get(key) ?? name, `${word} → ${key}`).toBe(name)
        owner.set(key, name)
      }
    }
  })

  it('looks up the inflected forms of the text by one key', () => {
    expect(quantityWord('قتيلاً')).toBe(quantityWord('قتيلا'))
    expect(quantityWord('قتيلاً')).toBe(quantityWord('قتيل'))
    expect(quantityWord('بالمئة')).toBe(quantityWord('المئة'))
  })
})
