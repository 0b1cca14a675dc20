import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize } from '../../normalize/normalize.ts'
import { clutterWords, foldWord } from './clutter-markers.ts'

describe('foldWord', () => {
  it('folds as normalize with ة as ه and ASCII digits, lower-casing Latin letters only', () => {
    expect(foldWord('الأخبارُ')).toBe('الاخبار')
    expect(foldWord('مدينة')).toBe('مدينه')
    expect(foldWord('٢٠٢٦')).toBe('2026')
    expect(foldWord('BBC')).toBe('bbc')
    expect(foldWord('Ελλάδα')).toBe('ελλάδα')
    expect(clutterWords('اقرأ أيضاً: Read More')).toEqual(['اقرا', 'ايضا', 'read', 'more'])
  })

  it('equals normalize then toLowerCase on any word', () => {
    const word = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...'ابةىأإآءئؤًٌٍَُِّـ٣7AZaz'),
        fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      ),
    })
    fc.assert(
      fc.property(word, (text) => {
        expect(foldWord(text)).toBe(normalize(text, { tehMarbuta: true, digits: true }).toLowerCase())
      }),
      { seed: 13, numRuns: 3000 },
    )
  })
})
