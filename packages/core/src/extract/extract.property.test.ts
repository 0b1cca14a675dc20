import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleSchema } from '../model/article.ts'
import { isBlankText } from '../normalize/arabic-letters.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { type Extraction, extractArticle } from './index.ts'

// Pieces of news text, so that random strings reach the rules: words, titles, verbs, quote marks of every kind
// (balanced or not), punctuation, diacritics, digits and line breaks.
const pieces = [
  'قال',
  'وقال',
  'أكد',
  'مضيفاً',
  'إن',
  'أن',
  'بأن',
  'الرئيس',
  'الروسي',
  'وزير',
  'الخارجية',
  'أحمد',
  'الشرع',
  'بوتين',
  'لأحمد',
  'للشرق',
  'الأوسط',
  'موقع',
  'وكالة',
  'بحسب',
  'وفقاً',
  'للكرملين',
  'كانون',
  'الثاني',
  'يناير',
  'قبل',
  'أسبوعين',
  'أمس',
  'الاثنين',
  'عام',
  '2025',
  '١٥',
  '3.5',
  'هـ',
  'رمضان',
  'د',
  'أبو',
  'عبد',
  'الله',
  'عمّان',
  '«',
  '»',
  '"',
  '“',
  '”',
  '،',
  '.',
  ':',
  '/',
  '(',
  ')',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  'ـ',
  '\u064b',
  '\u0651',
  '\u0654',
  '\u200f',
  'a',
  'Reuters',
  '؟',
  '!',
]
const newsText = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((parts) => parts.join(''))
const anyText = fc.oneof(
  newsText,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
)

function run(text: string, publishedAt?: string): Extraction {
  // parseArticle refuses blank text, invisible characters alone included.
  if (isBlankText(text)) return extractArticle({ text, blocks: [], sentences: [] })
  const article = parseArticle(text)
  return extractArticle({ ...article, ...(publishedAt !== undefined && { publishedAt }) })
}

function expectFaithful(text: string, result: Extraction): void {
  const spans = [
    ...result.quotes,
    ...result.dates,
    ...result.sources,
    ...result.entities.flatMap((entity) => entity.mentions),
  ]
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0)
    expect(span.end).toBeLessThanOrEqual(text.length)
    expect(span.start).toBeLessThan(span.end)
    expect(text.slice(span.start, span.end)).toBe(span.text)
  }
  const ids = result.entities.map((entity) => entity.id)
  expect(new Set(ids).size).toBe(ids.length)
}

describe('extractArticle on any text', () => {
  it('never throws, and every span is the text it claims to be', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, '2025-02-13', 'not a date'), (text, publishedAt) => {
        expectFaithful(text, run(text, publishedAt))
      }),
      { numRuns: 400 },
    )
  })

  it('gives a valid result without blocks or sentences', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectFaithful(text, extractArticle({ text, blocks: [], sentences: [] }))
      }),
      { numRuns: 200 },
    )
  })

  it('handles unbalanced, nested and paragraph-spanning quotes', () => {
    for (const text of [
      'قال الوزير «لن نتراجع',
      'قال الوزير لن نتراجع» أبداً',
      'قال «أ «ب «ج» د',
      'وقال: «الفقرة الأولى\n«الفقرة الثانية»',
      '"""""',
      '«»“”""',
      'وقال الرئيس "',
      'قال:Reuters\u200f»قال',
      // An outlet's quote left open to the text's end (found by the property above).
      'قال وكالة"قال',
    ]) {
      expectFaithful(text, run(text))
    }
  })

  it('gives a schema-valid Article through parseArticle for every kind of bad input the issue names', () => {
    const cases = {
      unbalanced: 'قال الوزير «لن نتراجع. وأضاف أن «الحوار مستمر',
      nested: 'قال الوزير: «قلنا لهم "لا تفاوض" منذ البداية».',
      acrossParagraphs: 'وقال الرئيس: «الفقرة الأولى من كلامه.\nوالفقرة الثانية منه».',
      diacritics: 'وقالَ الرَّئِيسُ السُّورِيُّ أَحْمَدُ الشَّرَعُ إِنَّ بِلَادَهُ «مُسْتَعِدَّةٌ».',
      noArabic: 'The minister said on Monday that "talks would resume" (Reuters).',
    }
    for (const text of Object.values(cases)) {
      const article = ArticleSchema.parse(parseArticle(text))
      expectFaithful(text, article)
    }
    const named = parseArticle(cases.diacritics)
    expect(named.entities.map((entity) => entity.id)).toContain('person:احمد-الشرع')
    expect(named.quotes[0]?.speaker?.entity).toBe('person:احمد-الشرع')
    expect(parseArticle(cases.noArabic).entities).toEqual([])
  })
})
