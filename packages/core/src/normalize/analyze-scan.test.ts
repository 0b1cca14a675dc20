import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeNormalized } from './analyze.ts'
import { scanTerms } from './analyze-scan.ts'

type Triple = [string, number, number]

function bothWays(
  text: string,
  skip?: ReadonlySet<string>,
): { scanned: Triple[] | null; reference: Triple[] } {
  const scanned: Triple[] = []
  const done = scanTerms(text, skip, (term, start, end) => scanned.push([term, start, end]))
  const reference: Triple[] = []
  analyzeNormalized(text, skip, (term, start, end) => reference.push([term, start, end]))
  return { scanned: done ? scanned : null, reference }
}

const seedsDir = new URL('../../../../seeds/', import.meta.url)
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seedsDir), 'utf8'))

describe('scanTerms, the one-pass analyzer', () => {
  it('gives the seeds the terms and offsets of the normalising analyzer', () => {
    for (const text of seeds) {
      const { scanned, reference } = bothWays(text)
      expect(scanned).toEqual(reference)
      expect(reference.length).toBeGreaterThan(300)
    }
  })

  it('cuts and folds as the normalising analyzer on the hard cases', () => {
    const cases = [
      'اتصالاً هاتفياً ووفقًا لِما قالَهُ',
      'مـــحـــمـــد و م\u200cحمد و\u200fالرئيس',
      'بلغ ٣٫٥ مليون و1,200 و10:30 و2024/01/05 و ٣. و.٥',
      '١\u200b٢ و 3\u0651 و٤ٍ',
      'الأسد إلى آل مؤسسة ٱلرحمن ک ی',
      'ا\u064b و \u064bا و اً',
      'naïve Zürich résumé — مدينةٌ',
    ]
    for (const text of cases) expect(bothWays(text).scanned, text).toEqual(bothWays(text).reference)
  })

  it('leaves combining hamza and presentation forms to the normalising pass', () => {
    expect(bothWays('ا\u0654حمد').scanned).toBeNull()
    expect(bothWays('ﻻ').scanned).toBeNull()
  })

  it('agrees with the normalising analyzer on any text (property)', () => {
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0x0621, max: 0x064a }).map((c) => String.fromCharCode(c)) },
      { weight: 2, arbitrary: fc.integer({ min: 0x064b, max: 0x0670 }).map((c) => String.fromCharCode(c)) },
      { weight: 1, arbitrary: fc.integer({ min: 0x0660, max: 0x06ff }).map((c) => String.fromCharCode(c)) },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          ' ',
          '\n',
          '.',
          ',',
          '٫',
          '٬',
          ':',
          '/',
          '1',
          '9',
          'ـ',
          '\u200c',
          '\u200f',
          '«',
          'a',
          'Z',
          'é',
        ),
      },
    )
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.boolean(), (text, dropStopwords) => {
        const skip = dropStopwords ? new Set(['في', 'من', 'قال']) : undefined
        const { scanned, reference } = bothWays(text, skip)
        if (scanned !== null) expect(scanned).toEqual(reference)
      }),
      { numRuns: 3000 },
    )
  })
})
