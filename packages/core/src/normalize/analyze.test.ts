import { describe, expect, it } from 'vitest'
import { analyze, analyzeToString } from './analyze.ts'

describe('analyze', () => {
  it('gives index and query the same terms for the spellings readers mix', () => {
    expect(analyzeToString('الاسد')).toBe(analyzeToString('الأسد'))
    expect(analyzeToString('محمد')).toBe(analyzeToString('مُحَمَّد'))
    expect(analyzeToString('والمفاوضات')).toBe(analyzeToString('مفاوضات'))
  })

  it('keeps the offsets of each source word', () => {
    const text = 'قال الرئيسُ إن المفاوضات مستمرة'
    for (const term of analyze(text)) expect(text.slice(term.start, term.end)).not.toMatch(/\s/)
    expect(analyze(text)[1]).toMatchObject({ term: 'رئيس', start: 4, end: 11 })
  })

  it('turns every number into ASCII digits', () => {
    expect(analyzeToString('٢٠٢٥ و 2025')).toBe('2025 و 2025')
  })

  it('can leave out function words', () => {
    expect(analyzeToString('في المدينة من جديد', { dropStopwords: true })).toBe('مدين جديد')
  })
})
