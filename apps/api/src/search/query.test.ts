import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSearchQuery, MAX_QUERY_PARTS } from './query.ts'

describe('buildSearchQuery', () => {
  it('analyses words the way the index was built: alef forms, diacritics and prefixes fold away', () => {
    expect(buildSearchQuery('الأسد')?.match).toBe(buildSearchQuery('الاسد')?.match)
    expect(buildSearchQuery('مُحَمَّد')?.match).toBe(buildSearchQuery('محمد')?.match)
    expect(buildSearchQuery('والمفاوضات')?.match).toBe(buildSearchQuery('مفاوضات')?.match)
  })

  it('requires every word, each as a quoted term', () => {
    const query = buildSearchQuery('وزير المياه')!
    expect(query.match).toMatch(/^"[^"]+" "[^"]+"$/)
    expect(query.terms.size).toBe(2)
  })

  it('turns quoted text into a phrase, with straight, guillemet and curly quotes', () => {
    for (const text of ['"خطة طارئة"', '«خطة طارئة»', '“خطة طارئة”']) {
      const query = buildSearchQuery(text)!
      expect(query.match).toMatch(/^"\S+ \S+"$/)
    }
  })

  it('leaves out function words outside phrases when other words remain', () => {
    const alone = buildSearchQuery('المياه')!
    expect(buildSearchQuery('في المياه')!.match).toBe(alone.match)
  })

  it('keeps FTS5 syntax as plain words', () => {
    const query = buildSearchQuery('NEAR(سوريا روسيا) AND * OR title:x')!
    expect(query.match).not.toMatch(/NEAR\(|\*|:/)
    for (const part of query.match.split(' ')) expect(part).toMatch(/^"[^"]*"$/)
  })

  it('answers null when nothing searchable is left', () => {
    expect(buildSearchQuery('')).toBeNull()
    expect(buildSearchQuery('" " ** ()')).toBeNull()
    expect(buildSearchQuery('«»')).toBeNull()
  })

  it('keeps at most MAX_QUERY_PARTS parts', () => {
    const words = Array.from({ length: 40 }, (_, i) => `كلمة${'ب'.repeat(i + 1)}`).join(' ')
    expect(buildSearchQuery(words)!.match.split('" "').length).toBe(MAX_QUERY_PARTS)
  })

  it('emits only balanced quoted strings for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const query = buildSearchQuery(text)
        if (query === null) return
        // Outside quoted strings only single spaces: no operator, column filter or prefix star can appear.
        expect(query.match).toMatch(/^"(?:[^"]|"")+"(?: "(?:[^"]|"")+")*$/)
      }),
      { numRuns: 2000, seed: 6 },
    )
  })
})
