import { describe, expect, it } from 'vitest'
import { excerpt, plainText } from './text.ts'

describe('plainText', () => {
  it('drops embedding, override and isolate controls but keeps the words and the marks', () => {
    expect(plainText('قال \u202Eالوزير\u202C إن \u2067الاتفاق\u2069 تم\u200F')).toBe(
      'قال الوزير إن الاتفاق تم\u200F',
    )
  })
})

describe('excerpt', () => {
  it('returns short text whole, with white space folded', () => {
    expect(excerpt('  وصل الوفد\nإلى دمشق  ', 50)).toBe('وصل الوفد إلى دمشق')
  })

  it('cuts long text at a word boundary and marks the cut', () => {
    const cut = excerpt('أجرى الرئيس اتصالاً هاتفياً مع نظيره لبحث العلاقات الثنائية', 25)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(26)
    expect('أجرى الرئيس اتصالاً هاتفياً مع نظيره'.startsWith(cut.slice(0, -1))).toBe(true)
  })
})
