import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleSchema } from '../model/article.ts'
import { isSpaceLike } from '../segment/marks.ts'
import { ArticleInputError } from './article-input-error.ts'
import { parseArticle } from './parse-article.ts'

// Text made of the pieces that make real scraped news hard: Arabic words, quote marks of both styles, sentence ends,
// glued paragraphs, line breaks, numbers, abbreviations, bidi controls and lone surrogates.
const piece = fc.constantFrom(
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
  '“',
  '”',
  '.',
  '؟',
  '!',
  '،',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '3.5',
  'د.',
  '\u202e',
  '\u200f',
  '\ud800',
  'ـ',
  'ً',
  'Reuters',
)
const articleText = fc.oneof(
  fc.array(piece, { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
)

function coveredOnce(text: string, spans: readonly { start: number; end: number }[]): boolean {
  const owner = new Int32Array(text.length).fill(0)
  for (const { start, end } of spans) for (let i = start; i < end; i++) owner[i]!++
  for (let i = 0; i < text.length; i++) {
    const expected = isSpaceLike(text.charCodeAt(i)) ? owner[i]! <= 1 : owner[i] === 1
    if (!expected) return false
  }
  return true
}

describe('parseArticle on any text', () => {
  it('never throws but for empty input, and returns a valid, lossless model', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        let article: ReturnType<typeof parseArticle>
        try {
          article = parseArticle(text)
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleInputError)
          expect(text.trim()).toBe('')
          return
        }
        expect(ArticleSchema.safeParse(article).success).toBe(true)
        expect(article.text).toBe(text)
        expect(coveredOnce(text, article.blocks)).toBe(true)
        for (const block of article.blocks) {
          expect(block.text).toBe(text.slice(block.start, block.end))
          const inBlock = article.sentences.filter((s) => s.block === article.blocks.indexOf(block))
          expect(inBlock.length).toBeGreaterThan(0)
        }
        for (const sentence of article.sentences)
          expect(sentence.text).toBe(text.slice(sentence.start, sentence.end))
        expect(coveredOnce(text, article.sentences)).toBe(true)
      }),
      { numRuns: 3000, seed: 1123 },
    )
  })
})
