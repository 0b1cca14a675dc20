import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize } from '../normalize/normalize.ts'
import { tokenize } from '../normalize/tokenize.ts'
import { CountTables, countWords } from './word-counts.ts'

function wordsOfNormalized(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of tokenize(normalize(text))) {
    if (token.kind === 'word') counts.set(token.text, (counts.get(token.text) ?? 0) + 1)
  }
  return counts
}

// Letters, and what normalising drops, folds, composes or expands: marks, tatweel (a letter to Unicode), alef and yeh
// forms, Persian letters, combining hamza and madda, invisible characters, a presentation form; digits, number
// joiners, separators, Latin.
const piece = fc.constantFrom(
  'ب',
  'ة',
  'أ',
  'إ',
  'آ',
  'ٱ',
  'ى',
  'ک',
  'ی',
  'ـ',
  'َ',
  'ّ',
  'ٰ',
  'ٔ',
  'ٓ',
  '\u200c',
  '\u200f',
  '\u061c',
  '\u00ad',
  '\ufeff',
  'ﻻ',
  '5',
  '٣',
  '.',
  ' ',
  '،',
  'a',
  'B',
  'é',
)
const NEEDS_NORMALIZING = /[\u0653-\u0655ﻻ]/
const text = (parts: fc.Arbitrary<string>) => fc.array(parts, { maxLength: 80 }).map((all) => all.join(''))

describe('countWords', () => {
  it('counts as well in tables lent from text to text, longer texts after shorter ones and back', () => {
    const tables = new CountTables()
    const texts = [
      'قال الرئيس',
      'الرئيس '.repeat(300) + 'قال الوزير '.repeat(500),
      'قال قال الوزير',
      'ب'.repeat(40),
    ]
    for (const text of [...texts, ...texts]) {
      const lent = countWords(text, tables)
      const own = countWords(text)
      expect(lent.words).toEqual(own.words)
      expect(lent.counts).toEqual(own.counts)
    }
  })

  it('counts the words of the normalised text, in the order they first occur', () => {
    const words = countWords('قال الرئيسُ إن الرئيس قال. قالَ ٣ مرات: قال')
    expect(words.words).toEqual(['قال', 'الرئيس', 'ان', 'مرات'])
    expect(words.counts).toEqual([4, 2, 1, 1])
    expect(words.get('قال')).toBe(4)
    expect(words.get('إن')).toBe(0)
    expect(words.get('ان')).toBe(1)
  })

  it('gives what normalising and tokenising give, whatever normalising drops, folds, composes or expands', () => {
    // With and without the code units that send a text through `normalize` itself.
    const texts = fc.oneof(text(piece), text(piece.filter((part) => !NEEDS_NORMALIZING.test(part))))
    fc.assert(
      fc.property(texts, (source) => {
        const expected = wordsOfNormalized(source)
        const counted = countWords(source)
        expect(new Map(counted.words.map((word, k) => [word, counted.counts[k]]))).toEqual(expected)
        expect(counted.words).toEqual([...expected.keys()])
        for (const [word, times] of expected) expect(counted.get(word)).toBe(times)
      }),
      { seed: 8, numRuns: 3000 },
    )
  })

  it('counts alike when it meets a code unit for the first time inside a word and once the code unit is known', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (source) => {
        const first = countWords(source)
        const [words, counts] = [first.words, first.counts]
        const again = countWords(source)
        expect([again.words, again.counts]).toEqual([words, counts])
      }),
      { seed: 29, numRuns: 100 },
    )
  })

  it('counts a short text of more distinct words than its table was sized for', () => {
    const letters = Array.from({ length: 28 }, (_, k) => String.fromCharCode(0x0628 + (k % 19)))
    const pairs = letters.flatMap((first) => letters.slice(0, 4).map((second) => `${first}${second}`))
    const counted = countWords(pairs.join(' '))
    expect(counted.words).toEqual([...new Set(pairs)])
    expect(counted.get(pairs[0]!)).toBe(pairs.filter((pair) => pair === pairs[0]).length)
    expect(counted.get('بب ')).toBe(0)
  })

  it('counts a text of thousands of distinct words and one very long word', () => {
    const many = Array.from(
      { length: 5000 },
      (_, k) =>
        `كلمة${String.fromCharCode(0x0628 + (k % 20))}${k.toString(36).replace(/\d/g, (d) => String.fromCharCode(0x0630 + Number(d)))}`,
    )
    const long = 'ب'.repeat(10_000)
    const counted = countWords(`${many.join(' ')} ${long} ${many.join('، ')}`)
    expect(counted.words.length).toBe(new Set(many).size + 1)
    for (const word of many.slice(0, 50))
      expect(counted.get(word)).toBe(2 * many.filter((w) => w === word).length)
    expect(counted.get(long)).toBe(1)
  })
})
