import { ArticleInputError, ArticleSchema } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { testPage } from '../test/pages.ts'
import { parseHtmlArticle } from './parse-html-article.ts'

describe('parseHtmlArticle', () => {
  const article = parseHtmlArticle(testPage('json-ld-graph'), 'https://alwadi-news.example/news/x')

  it('gives the core Article of the body, with the page title, date and outlet', () => {
    expect(ArticleSchema.parse(article)).toEqual(article)
    expect(article).toMatchObject({
      title: 'افتتاح جسر الوادي الجديد بعد عامين من العمل',
      publishedAt: '2025-10-12T21:40:00+03:00',
      source: { name: 'صحيفة الوادي', url: 'https://alwadi-news.example/news/2025/10/bridge-opening' },
    })
  })

  it('makes heading blocks of the markup headings, and paragraphs of the rest, nothing glued', () => {
    expect(article.blocks.map((block) => [block.kind, block.text.slice(0, 12)])).toEqual([
      ['paragraph', 'افتتح رئيس ب'],
      ['paragraph', 'وقال رئيس ال'],
      ['heading', 'خطة النقل'],
      ['paragraph', 'وأوضح مدير ا'],
      ['paragraph', 'ويتوقع أن تن'],
    ])
    expect(article.quotes.some((quote) => quote.text.startsWith('الجسر سيخفف'))).toBe(true)
  })

  it('takes an id, and a title, outlet and date that override those of the page', () => {
    expect(parseHtmlArticle(testPage('dateline'), 'https://x.example/', { id: 'cotton' }).id).toBe('cotton')
    const given = parseHtmlArticle(testPage('json-ld-graph'), 'https://alwadi-news.example/news/x', {
      title: 'عنوان من الخلاصة',
      source: { name: 'الوادي' },
      publishedAt: '2025-10-13',
    })
    expect(given).toMatchObject({
      title: 'عنوان من الخلاصة',
      source: { name: 'الوادي' },
      publishedAt: '2025-10-13',
    })
  })

  it('throws ArticleInputError for a page without an article or a URL that is not absolute', () => {
    expect(() => parseHtmlArticle(testPage('no-article'), 'https://alwadi-news.example/local')).toThrow(
      /no article text/,
    )
    expect(() => parseHtmlArticle(testPage('dateline'), 'news/cotton.html')).toThrow(ArticleInputError)
  })
})
