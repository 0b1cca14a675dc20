import { describe, expect, it } from 'vitest'
import { stem } from './stem.ts'

describe('stem', () => {
  it('removes the article and attached particles', () => {
    expect(stem('والمفاوضات')).toBe(stem('مفاوضات'))
    expect(stem('بالمحادثات')).toBe(stem('المحادثات'))
    expect(stem('للشرق')).toBe('شرق')
    expect(stem('وأكد')).toBe('اكد')
  })

  it('removes inflectional suffixes in light10 order', () => {
    expect(stem('مفاوضاتها')).toBe('مفاوض')
    expect(stem('الحكومية')).toBe(stem('الحكومة'))
    expect(stem('المعلمون')).toBe(stem('المعلمين'))
  })

  it('matches spellings that differ in hamza, alef, diacritics and tanwin', () => {
    expect(stem('الأسد')).toBe(stem('الاسد'))
    expect(stem('مُحَمَّد')).toBe('محمد')
    expect(stem('اتصالاً')).toBe(stem('اتصال'))
    expect(stem('وفقاً')).toBe(stem('وفق'))
  })

  it('keeps words whose first letter belongs to the root', () => {
    expect(stem('وزير')).toBe('وزير')
    expect(stem('ووزير')).toBe('وزير')
    expect(stem('الوزير')).toBe('وزير')
    expect(stem('وكالة')).toBe(stem('الوكالات'))
    expect(stem('ووكالة')).toBe(stem('وكالة'))
    expect(stem('فريق')).toBe('فريق')
    expect(stem('كتاب')).toBe('كتاب')
  })

  it('does not mangle proper names', () => {
    expect(stem('واشنطن')).toBe('واشنطن')
    expect(stem('فلسطين')).toBe('فلسطين')
    expect(stem('بوتين')).toBe('بوتين')
    expect(stem('لبنان')).toBe('لبنان')
    expect(stem('بريطانيا')).toBe('بريطانيا')
    expect(stem('الله')).toBe('الله')
  })

  it('removes a preposition from a known name, and only there', () => {
    expect(stem('لروسيا')).toBe('روسيا')
    expect(stem('بدمشق')).toBe('دمشق')
    expect(stem('لأحمد')).toBe('احمد')
    expect(stem('بيروت')).toBe('بيروت')
  })

  it('leaves short words whole', () => {
    expect(stem('من')).toBe('من')
    expect(stem('وصف')).toBe('وصف')
  })

  it('lower-cases words of other scripts and keeps them otherwise', () => {
    expect(stem('Sputnik')).toBe('sputnik')
  })
})
