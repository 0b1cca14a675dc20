import fc from 'fast-check'

// Generators of the text Marsad must survive. Seeded runs make every failure reproducible: fast-check prints the
// seed and path of a counterexample, and `{ seed, path }` replays it.

const arabicLetter = fc.integer({ min: 0x0621, max: 0x064a }).map((code) => String.fromCharCode(code))
const arabicMark = fc.integer({ min: 0x064b, max: 0x0652 }).map((code) => String.fromCharCode(code))
const bidiOrInvisible = fc.constantFrom(
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061c',
  '\ufeff',
)
const punctuation = fc.constantFrom(
  '.',
  '؟',
  '?',
  '!',
  '…',
  '،',
  ',',
  '؛',
  ':',
  '«',
  '»',
  '"',
  '“',
  '”',
  '(',
  ')',
  '-',
)
const space = fc.constantFrom(' ', ' ', ' ', '\n', '\r\n', '\t', '\u00a0', '\u2029')
const control = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code))
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))
const word = fc
  .array(fc.oneof({ weight: 8, arbitrary: arabicLetter }, { weight: 1, arbitrary: arabicMark }), {
    minLength: 1,
    maxLength: 9,
  })
  .map((letters) => letters.join(''))

/** Mostly Arabic words with the punctuation, quotes and spacing of news text, sprinkled with invisible characters. */
export const arabicHeavyText = fc
  .array(
    fc.oneof(
      { weight: 10, arbitrary: word },
      { weight: 6, arbitrary: space },
      { weight: 3, arbitrary: punctuation },
      { weight: 1, arbitrary: bidiOrInvisible },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(''))

/** Arabic mixed with Latin, Cyrillic, CJK, emoji (surrogate pairs), control characters and lone surrogates. */
export const mixedScriptText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word },
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 3, arbitrary: space },
      { weight: 2, arbitrary: punctuation },
      { weight: 1, arbitrary: control },
      { weight: 1, arbitrary: loneSurrogate },
      { weight: 1, arbitrary: bidiOrInvisible },
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(''))

/** Any UTF-16 string at all. */
export const anyText = fc.string({ unit: 'binary', maxLength: 500 })

/** Quotes nested dozens deep, balanced or not, with sentence ends inside. */
export const deepQuotes = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.boolean(), word)
  .map(([depth, balanced, inner]) => {
    const open = Array.from({ length: depth }, (_, i) => (i % 3 === 0 ? '«' : i % 3 === 1 ? '"' : '“')).join(
      ' ',
    )
    const close = Array.from({ length: balanced ? depth : depth >> 1 }, (_, i) =>
      i % 3 === 0 ? '»' : i % 3 === 1 ? '"' : '”',
    ).join(' ')
    return `قال ${open} ${inner}. ${inner}؟ ${close}. وانتهى`
  })

/** One very long line: a generated paragraph repeated with no line break. */
export const longLine = fc
  .tuple(arabicHeavyText, fc.integer({ min: 200, max: 2000 }))
  .map(([text, copies]) => text.replace(/[\r\n\u2029]/g, ' ').repeat(copies))

/** The pieces that make scraped news hard, strung together: fused headings, glued ends, both quote styles. */
export const scrapedNewsText = fc
  .array(
    fc.constantFrom(
      'قال',
      'وأكد',
      'الرئيس',
      'سورياوأكد',
      'إيجابيةيأتي',
      'الأسدفي',
      'المهاموقال',
      'ة',
      '«',
      '»',
      '"',
      '.',
      '؟',
      '،',
      ' ',
      '\n',
      '3.5',
      'د.',
      '\u202e',
      '\ud800',
      'ـ',
      'ً',
      'Reuters',
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''))
