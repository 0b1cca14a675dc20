import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize, normalizeWithOffsets } from './normalize.ts'

describe('normalize', () => {
  it('folds the alef forms أ إ آ ٱ into ا', () => {
    expect(normalize('أحمد إبراهيم آمال ٱلكتاب')).toBe('احمد ابراهيم امال الكتاب')
  })

  it('folds the rarer hamza alefs ٲ ٳ ٵ, which older encodings and some keyboards write, into ا too', () => {
    expect(normalize('ٲكد ٳبراهيم ٵمل')).toBe('اكد ابراهيم امل')
    expect(normalize('ٲكد')).toBe(normalize('أكد'))
  })

  it('writes alef maksura as yeh, and keeps ta marbuta unless asked', () => {
    expect(normalize('مستشفى إلى المدرسة')).toBe('مستشفي الي المدرسة')
    expect(normalize('المدرسة', { tehMarbuta: true })).toBe('المدرسه')
  })

  it('removes diacritics, the dagger alef and tatweel', () => {
    expect(normalize('مُحَمَّدٌ هٰذا سـلام اتصالاً')).toBe('محمد هذا سلام اتصالا')
  })

  it('composes a decomposed hamza or madda before folding it', () => {
    expect(normalize('\u0627\u0654حمد \u0627\u0653خر \u0648\u0654لف')).toBe('احمد اخر ؤلف')
    expect(normalize('\u0627\u0654حمد', { alef: false })).toBe('أحمد')
  })

  it('removes bidi controls, zero-width characters and the BOM', () => {
    expect(normalize('\ufeff\u202eبوتين\u202c\u200f و\u200bالشرع\u2066')).toBe('بوتين والشرع')
  })

  it('turns Arabic-Indic digits and separators into ASCII only when asked', () => {
    expect(normalize('٣٫٥ مليون و١٬٢٠٠ ۴۲')).toBe('٣٫٥ مليون و١٬٢٠٠ ۴۲')
    expect(normalize('٣٫٥ مليون و١٬٢٠٠ ۴۲', { digits: true })).toBe('3.5 مليون و1,200 42')
  })

  it('folds Persian letter variants and presentation forms', () => {
    expect(normalize('کتاب یوم')).toBe('كتاب يوم')
    expect(normalize('\ufefb \ufe8d\ufee0\ufed8\ufeaa\ufeb1')).toBe('لا القدس')
  })

  it('drops the tatweel and marks that isolated presentation forms of harakat carry', () => {
    expect(normalize('\ufe7b\ufe70')).toBe(' ')
  })

  it('can fold hamza carriers so that مسؤول and مسئول meet', () => {
    expect(normalize('مسؤول', { hamzaCarriers: true })).toBe(normalize('مسئول', { hamzaCarriers: true }))
  })

  it('leaves text of other scripts as it is', () => {
    expect(normalize('Moscow, 2025 — Привет')).toBe('Moscow, 2025 — Привет')
  })

  it('maps each output character back to its source character', () => {
    const source = 'أَحْمَد \u200fو'
    const { text, offsets } = normalizeWithOffsets(source)
    expect(text).toBe('احمد و')
    expect([...text].map((_, i) => source[offsets[i]!])).toEqual(['أ', 'ح', 'م', 'د', ' ', 'و'])
    expect(offsets[text.length]).toBe(source.length)
  })

  it('is idempotent on any string', () => {
    const arabicish = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
        fc.constantFrom('\u200f', '\u200c', 'ـ', ' ', 'ﻻ', '\ufdf2', 'a', '1', '\u0654', '\u0653'),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
      ),
    })
    fc.assert(
      fc.property(arabicish, (text) => {
        const once = normalize(text)
        expect(normalize(once)).toBe(once)
      }),
      { numRuns: 2000, seed: 20261123 },
    )
  })
})
