import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractHtmlArticle } from './extract-html-article.ts'

// Markup soup: tags a news page uses, opened and closed in any order, attributes that steer the extractor, Arabic and
// Latin words, entities, stray brackets and control characters.
const tag = fc.constantFrom(
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'li',
  'ul',
  'a',
  'strong',
  'br',
  'article',
  'nav',
  'span',
  'script',
  'table',
  'td',
)
const attributes = fc.constantFrom(
  '',
  ' class="content"',
  ' class="share"',
  ' class="entry-content no-share"',
  ' hidden',
  ' href="/x"',
  ' itemprop="articleBody"',
)
const word = fc.constantFrom(
  'وقال',
  'الوزير',
  'إن',
  'المحادثات',
  'بناءة.',
  '،',
  'news',
  '&amp;',
  '&nbsp;',
  '<',
  '>',
  '\u0000',
  '2017/02/25',
  'اقرأ أيضاً:',
)
const piece = fc.oneof(
  fc.tuple(tag, attributes).map(([name, attrs]) => `<${name}${attrs}>`),
  tag.map((name) => `</${name}>`),
  fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 20 }),
)
const page = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''))

describe('extractHtmlArticle on any markup', () => {
  it('never throws, and its text is its blocks joined, its heading spans the heading blocks', () => {
    fc.assert(
      fc.property(page, (html) => {
        const result = extractHtmlArticle(html, 'https://example.org/a')
        expect(result.text).toBe(result.blocks.map((block) => block.text).join('\n\n'))
        expect(result.headings.map(({ start, end }) => result.text.slice(start, end))).toEqual(
          result.blocks.filter((block) => block.kind === 'heading').map((block) => block.text),
        )
        for (const block of result.blocks) expect(block.text).toBe(block.text.trim())
      }),
      { seed: 15, numRuns: 300 },
    )
  })
})
