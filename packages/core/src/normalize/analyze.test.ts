import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arabicHeavyText, mixedScriptText } from '../../test/fuzz/arbitraries.ts'
import { type AnalyzeOptions, analyze, analyzeInto, analyzeToString, type Term } from './analyze.ts'

/** A `Term` pushed as the sink hands each over: the reference for any cheaper way `analyze` makes its terms. */
function analyzePushing(text: string, options?: AnalyzeOptions): Term[] {
  const terms: Term[] = []
  analyzeInto(text, (term, start, end) => terms.push({ term, start, end }), options)
  return terms
}

/** The same terms, offsets and keys in the same order (an ingest's fingerprint is the JSON of its terms). */
function expectPushed(text: string, options?: AnalyzeOptions): void {
  expect(JSON.stringify(analyze(text, options))).toBe(JSON.stringify(analyzePushing(text, options)))
}

const seedsDir = new URL('../../../../seeds/', import.meta.url)
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seedsDir), 'utf8'))

describe('analyze', () => {
  it('gives index and query the same terms for the spellings readers mix', () => {
    expect(analyzeToString('الاسد')).toBe(analyzeToString('الأسد'))
    expect(analyzeToString('محمد')).toBe(analyzeToString('مُحَمَّد'))
    expect(analyzeToString('والمفاوضات')).toBe(analyzeToString('مفاوضات'))
    expect(analyzeToString('قال مسئول في وزارة الشئون')).toBe(analyzeToString('قال مسؤول في وزارة الشؤون'))
  })

  it('keeps the offsets of each source word', () => {
    const text = 'قال الرئيسُ إن المفاوضات مستمرة'
    for (const term of analyze(text)) expect(text.slice(term.start, term.end)).not.toMatch(/\s/)
    expect(analyze(text)[1]).toMatchObject({ term: 'رءيس', start: 4, end: 11 })
  })

  it('turns every number into ASCII digits', () => {
    expect(analyzeToString('٢٠٢٥ و 2025')).toBe('2025 و 2025')
  })

  it('can leave out function words', () => {
    expect(analyzeToString('في المدينة من جديد', { dropStopwords: true })).toBe('مدين جديد')
  })

  it('reads a text from the start again when it meets a presentation form or a combining hamza', () => {
    for (const text of ['في المدينة لاعب ﻻعب', 'الرئيس قال ا\u0654حمد', 'ﻻ في البيت']) {
      for (const options of [undefined, { dropStopwords: true }]) {
        expectPushed(text, options)
        const pushed = analyzePushing(text, options).map((term) => term.term)
        expect(analyzeToString(text, options)).toBe(pushed.join(' '))
      }
    }
    expect(analyzeToString('لاعب ﻻعب')).toBe('لاعب لاعب')
  })

  it('gives the seeds every term the sink hands over, with and without function words', () => {
    for (const text of seeds) {
      expect(analyze(text)).toStrictEqual(analyzePushing(text))
      expectPushed(text)
      expectPushed(text, { dropStopwords: true })
    }
  })

  it('gives every term the sink hands over for texts of any size, one array per call', () => {
    const seed = seeds[0]!
    const long = Array.from({ length: 200 }, () => seed).join('\n')
    expect(analyze(long).length).toBeGreaterThan(65_536)
    for (const text of ['', 'في', seed, long, seed, 'مدينة ٱلرحمن ﻻ']) expectPushed(text)
    const first = analyze(seed)
    const again = analyze(seed)
    expect(again).not.toBe(first)
    expect(again[0]).not.toBe(first[0])
  })

  it('gives generated texts every term the sink hands over (property)', () => {
    fc.assert(
      fc.property(fc.oneof(arabicHeavyText, mixedScriptText), fc.boolean(), (text, dropStopwords) => {
        expectPushed(text, { dropStopwords })
      }),
      { numRuns: 2000 },
    )
  })
})
