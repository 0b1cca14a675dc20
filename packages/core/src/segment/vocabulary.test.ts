import { describe, expect, it } from 'vitest'
import { normalize } from '../normalize/normalize.ts'
import { stemNormalized } from '../normalize/stem.ts'
import { tokenize } from '../normalize/tokenize.ts'
import { buildVocabulary } from './vocabulary.ts'

const TEXT =
  'أعلنت الحكومة السورية عن خطة جديدة للحكومات المحلية. وقالت الوزارة إن الخطة تشمل المدارس والمدرسة ' +
  'الجديدة في حلب، وأكد وزير التربية أن مدرسته ستفتح. Reuters and REUTERS reported the Plan; plans changed.'

function stemsByCount(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of tokenize(normalize(text))) {
    if (token.kind !== 'word') continue
    const stem = stemNormalized(token.text)
    counts.set(stem, (counts.get(stem) ?? 0) + 1)
  }
  return counts
}

describe('buildVocabulary', () => {
  it('counts normalised word forms', () => {
    const vocabulary = buildVocabulary(TEXT)
    expect(vocabulary.count('الخطه')).toBe(0)
    expect(vocabulary.count('الخطة')).toBe(1)
    expect(vocabulary.count('اعلنت')).toBe(1)
    expect(vocabulary.count('غائبة')).toBe(0)
  })

  it('counts each stem as stemming every word would, searched for the first stems asked and counted at once after', () => {
    const expected = stemsByCount(TEXT)
    // Stems with and without ه (from ة), of Latin words (lower-cased), and of no word at all, asked twice over so
    // that both ways of counting answer.
    const asked = [...expected.keys(), 'خطه', 'حكوم', 'reuters', 'plan', 'غائب']
    for (const order of [asked, [...asked].reverse()]) {
      const vocabulary = buildVocabulary(TEXT)
      for (const stem of order) expect(vocabulary.countStem(stem), stem).toBe(expected.get(stem) ?? 0)
    }
    const firstOnly = buildVocabulary(TEXT)
    expect(firstOnly.countStem('خطه')).toBe(2)
    expect(firstOnly.countStem('reuters')).toBe(2)
  })
})
