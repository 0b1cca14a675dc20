import {
  type Article,
  type ArticleInput,
  ArticleInputError,
  type ParseOptions,
  parseArticle,
} from '@marsad/core'
import { extractHtmlArticle } from './extract-html-article.ts'
import { isAbsoluteUrl } from './url.ts'

export interface HtmlParseOptions extends ParseOptions {
  /** The article's id; by default the core's content id of the body text. */
  id?: string
  /** What the caller knows better than the page (a feed's date, a curated outlet name): used instead of the page's. */
  title?: string
  source?: ArticleInput['source']
  publishedAt?: string
}

/**
 * Parses a news page into the core's `Article`: the body found by `extractHtmlArticle` becomes `text` (paragraphs
 * separated by blank lines, headings passed to the core as heading spans), with the page's title, date and outlet
 * (`source: { name, url }`, the URL being the canonical one). Throws the core's `ArticleInputError` when `url` is not
 * an absolute URL or the page holds no article text.
 */
export function parseHtmlArticle(html: string, url: string, options: HtmlParseOptions = {}): Article {
  if (typeof html !== 'string') throw new ArticleInputError(['html: is not a string'])
  if (typeof url !== 'string' || !isAbsoluteUrl(url))
    throw new ArticleInputError(['url: is not an absolute URL'])
  const page = extractHtmlArticle(html, url)
  if (page.text === '') throw new ArticleInputError(['html: no article text found in the page'])
  const { id, title = page.title, source, publishedAt = page.publishedAt, ...parseOptions } = options
  return parseArticle(
    {
      text: page.text,
      headings: page.headings,
      ...(id !== undefined && { id }),
      ...(title !== undefined && { title }),
      source: source ?? { ...(page.source !== undefined && { name: page.source }), url: page.canonicalUrl },
      ...(publishedAt !== undefined && { publishedAt }),
    },
    parseOptions,
  )
}
