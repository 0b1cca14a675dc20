import { ArticleInputError, ArticleSchema, parseArticle } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { testPage } from '../test/pages.ts'
import { htmlArticleInput, parseHtmlArticle } from './parse-html-article.ts'

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

describe('htmlArticleInput', () => {
  it('is the input parseHtmlArticle parses, with the id the article will have, before any parse', () => {
    const url = 'https://alwadi-news.example/news/x'
    const input = htmlArticleInput(testPage('json-ld-graph'), url)
    expect(input.id).toMatch(/^[0-9a-f]{16}$/)
    expect(parseArticle(input)).toEqual(parseHtmlArticle(testPage('json-ld-graph'), url))
    expect(
      htmlArticleInput(testPage('json-ld-graph'), url, { id: 'given', title: 'عنوان آخر' }),
    ).toMatchObject({
      id: 'given',
      title: 'عنوان آخر',
    })
  })

  it('throws ArticleInputError as parseHtmlArticle does', () => {
    expect(() => htmlArticleInput(testPage('no-article'), 'https://alwadi-news.example/local')).toThrow(
      /no article text/,
    )
    expect(() => htmlArticleInput(testPage('dateline'), 'news/cotton.html')).toThrow(ArticleInputError)
  })
})
