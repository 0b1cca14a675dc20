import { describe, expect, it } from 'vitest'
import { excerpt, plainText, xmlText } from './text.ts'

describe('plainText', () => {
  it('drops embedding, override and isolate controls but keeps the words and the marks', () => {
    expect(plainText('قال \u202Eالوزير\u202C إن \u2067الاتفاق\u2069 تم\u200F')).toBe(
      'قال الوزير إن الاتفاق تم\u200F',
    )
  })
})

describe('xmlText', () => {
  it('drops what XML forbids and bidi controls, keeps tab, line breaks, pairs and every word', () => {
    expect(xmlText('خبر\u0000 فيه\u0001\u001b[2J\u0008 و\ufffe\uffff\ud800 \udc00ختام')).toBe(
      'خبر فيه[2J و ختام',
    )
    expect(xmlText('سطر\tأول\nسطر\r😀 \u202eمقلوب')).toBe('سطر\tأول\nسطر\r😀 مقلوب')
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
