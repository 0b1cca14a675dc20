import { describe, expect, it } from 'vitest'
import { counted, nouns } from './count.ts'

describe('counted', () => {
  it('says each count as Arabic does: the dual, the plural of 3–10 and the singular past it', () => {
    const articles = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map((n) => counted(n, nouns.article))
    expect(articles).toEqual([
      'لا مقالات',
      'مقالة واحدة',
      'مقالتان',
      '3 مقالات',
      '10 مقالات',
      '11 مقالة',
      '99 مقالة',
      '100 مقالة',
      '102 مقالة',
      '103 مقالات',
    ])
  })

  it('puts the accusative after 11–99 and the genitive after a hundred', () => {
    expect(counted(2, nouns.independent)).toBe('مصدران مستقلان')
    expect(counted(12, nouns.outlet)).toBe('12 مصدراً')
    expect(counted(100, nouns.outlet)).toBe('100 مصدر')
    expect(counted(13, nouns.quote)).toBe('13 تصريحاً')
    expect(counted(17, nouns.sentence)).toBe('17 جملة')
    expect(counted(2, nouns.result)).toBe('نتيجتان')
  })
})
