import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashOf } from '../extract/word-flags.ts'
import { CodeUnits } from './code-units.ts'
import { TokenCursor, tokenize, unitsHash } from './tokenize.ts'

const texts = (text: string) => tokenize(text).map((token) => token.text)

describe('tokenize', () => {
  it('splits words at spaces and punctuation, with offsets into the input', () => {
    const text = 'قال الوزير: «نعم»، ثم غادر.'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.text)).toEqual(['قال', 'الوزير', 'نعم', 'ثم', 'غادر'])
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('gives the first tokens only when asked for a number of them', () => {
    const text = 'قال الوزير، في 3.5 دقائق:وأضاف'
    expect(tokenize(text, 3)).toEqual(tokenize(text).slice(0, 3))
    expect(tokenize(text, 3).map((token) => token.text)).toEqual(['قال', 'الوزير', 'في'])
    expect(tokenize(text, 0)).toEqual([])
    expect(tokenize(text, 99)).toEqual(tokenize(text))
  })

  it('splits words glued by punctuation', () => {
    expect(texts('قال،وأضاف؛ثم:انتهى')).toEqual(['قال', 'وأضاف', 'ثم', 'انتهى'])
  })

  it('keeps diacritics, tanwin and tatweel inside their word', () => {
    expect(texts('مُحَمَّدٌ اتصالاً سـلام')).toEqual(['مُحَمَّدٌ', 'اتصالاً', 'سـلام'])
  })

  it('reads numbers whole, with decimal and thousands separators in both digit sets', () => {
    const tokens = tokenize('بلغ 3.5 مليون و1,200 و٣٫٥ في 2025/01/05.')
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual([
      '3.5',
      '1,200',
      '٣٫٥',
      '2025/01/05',
    ])
  })

  it('separates a number from a sentence-final dot', () => {
    expect(texts('عام 2024.')).toEqual(['عام', '2024'])
  })

  it('treats bidi controls as separators but zero-width joiners inside a word as part of it', () => {
    expect(texts('\u202bبوتين\u202c')).toEqual(['بوتين'])
    expect(texts('می\u200cخواهم')).toEqual(['می\u200cخواهم'])
    expect(texts('كلمة\u200c ')).toEqual(['كلمة'])
  })

  it('reads Latin words and other scripts as words', () => {
    expect(texts('وكالة Reuters و"Sputnik"')).toEqual(['وكالة', 'Reuters', 'و', 'Sputnik'])
  })

  it('returns spans that are ordered, disjoint and exact for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        let last = 0
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(last)
          expect(token.end).toBeGreaterThan(token.start)
          expect(text.slice(token.start, token.end)).toBe(token.text)
          last = token.end
        }
      }),
      { numRuns: 1000, seed: 7 },
    )
  })
})

describe('TokenCursor', () => {
  // One copy for every cursor of the tests, as a pass keeps one: a text shorter than the last leaves stale units after it.
  const units = new CodeUnits()
  const cursorOf = (text: string) => new TokenCursor(text, units.copy(text))

  it('stops at the same tokens as tokenize, a number told apart from a word', () => {
    const text = 'في ١٠:٣٠ قال‌الوزير، 3.5 مليون ـــ دولار'
    const cursor = cursorOf(text)
    const seen: { start: number; end: number; number: boolean }[] = []
    while (cursor.next()) seen.push({ start: cursor.start, end: cursor.end, number: cursor.number })
    expect(seen).toEqual(
      tokenize(text).map((t) => ({ start: t.start, end: t.end, number: t.kind === 'number' })),
    )
    expect(cursor.next()).toBe(false)
  })

  it("gives each token's hashOf, a joiner inside a word or a number counted and one after it not", () => {
    const text = 'قال\u200cالوزير\u200c في ١٠:٣٠ و3.5، مُحَمَّد ـــ 12\u200d'
    const cursor = cursorOf(text)
    let tokens = 0
    while (cursor.next()) {
      expect(cursor.hash).toBe(hashOf(text.slice(cursor.start, cursor.end)))
      tokens++
    }
    expect(tokens).toBe(tokenize(text).length)
  })

  it('hashes like hashOf for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cursor = cursorOf(text)
        while (cursor.next()) expect(cursor.hash).toBe(hashOf(text.slice(cursor.start, cursor.end)))
      }),
      { numRuns: 300, seed: 11 },
    )
  })

  it('reads a token alike when it meets a code unit for the first time inside it and once the code unit is known', () => {
    const tokensOf = (text: string) => {
      const cursor = cursorOf(text)
      const tokens: number[][] = []
      while (cursor.next()) tokens.push([cursor.start, cursor.end, Number(cursor.number), cursor.hash])
      return tokens
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (text) => {
        expect(tokensOf(text)).toEqual(tokensOf(text))
      }),
      { numRuns: 300, seed: 29 },
    )
  })

  it("reads a text after a longer one as tokenize does, not the longer one's code units after it", () => {
    cursorOf('قال الوزير في بيان 12345')
    const cursor = cursorOf('قال')
    expect(cursor.next()).toBe(true)
    expect([cursor.start, cursor.end]).toEqual([0, 3])
    expect(cursor.next()).toBe(false)
  })
})

describe('unitsHash', () => {
  it('is hashOf of the same span of the copied code units', () => {
    const copy = new CodeUnits()
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1)
        const end = start + (b % (text.length - start + 1))
        expect(unitsHash(copy.copy(text), start, end)).toBe(hashOf(text.slice(start, end)))
      }),
      { numRuns: 300, seed: 12 },
    )
  })
})
