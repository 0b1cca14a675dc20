import {
  type Article,
  type ArticleInput,
  ArticleInputError,
  contentId,
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

/** What a page gives the core, with what the caller knows better than the page. */
export type HtmlArticleFields = Pick<HtmlParseOptions, 'id' | 'title' | 'source' | 'publishedAt'>

/**
 * The core's input for a news page, without parsing it: the body found by `extractHtmlArticle` as `text`
 * (paragraphs separated by blank lines, headings as heading spans), the page's title, date and outlet (`source:
 * { name, url }`, the URL being the canonical one), and the id the core will give it (its content id, unless one is
 * given). A queue can store this and answer the article's id at once, leaving the parse to its consumer. Throws the
 * core's `ArticleInputError` when `url` is not an absolute URL or the page holds no article text.
 */
export function htmlArticleInput(html: string, url: string, fields: HtmlArticleFields = {}): ArticleInput {
  if (typeof html !== 'string') throw new ArticleInputError(['html: is not a string'])
  if (typeof url !== 'string' || !isAbsoluteUrl(url))
    throw new ArticleInputError(['url: is not an absolute URL'])
  const page = extractHtmlArticle(html, url)
  if (page.text === '') throw new ArticleInputError(['html: no article text found in the page'])
  const { id = contentId(page.text), title = page.title, source, publishedAt = page.publishedAt } = fields
  return {
    id,
    text: page.text,
    headings: page.headings,
    ...(title !== undefined && { title }),
    source: source ?? { ...(page.source !== undefined && { name: page.source }), url: page.canonicalUrl },
    ...(publishedAt !== undefined && { publishedAt }),
  }
}

/**
 * Parses a news page into the core's `Article`: `htmlArticleInput`'s text, headings, title, date and outlet, parsed
 * by the core with `options`. Throws the core's `ArticleInputError` when `url` is not an absolute URL or the page
 * holds no article text.
 */
export function parseHtmlArticle(html: string, url: string, options: HtmlParseOptions = {}): Article {
  const { id, title, source, publishedAt, ...parseOptions } = options
  return parseArticle(htmlArticleInput(html, url, { id, title, source, publishedAt }), parseOptions)
}
