import {
  type Article,
  type ArticleInput,
  ArticleInputError,
  type CorpusError,
  parseArticle,
} from '@marsad/core'
import { parseHtmlArticle } from '@marsad/web'
import type { PageInput } from './read-articles.ts'

export interface ParseOptions {
  report: (error: CorpusError) => void
  /** Leave out, and report, an article whose id was already read: stories and comparisons refer to articles by id. */
  distinct?: boolean
}

/** Parses article inputs one at a time as they come. An input the core refuses is reported and left out. */
export async function* parseArticles(
  inputs: AsyncIterable<ArticleInput | PageInput>,
  options: ParseOptions,
): AsyncGenerator<Article> {
  const ids = new Set<string>()
  for await (const input of inputs) {
    let article: Article
    try {
      article =
        'html' in input ? parseHtmlArticle(input.html, input.url, { id: input.id }) : parseArticle(input)
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error
      options.report({ file: input.id ?? 'input', message: error.message })
      continue
    }
    if (options.distinct) {
      if (ids.has(article.id)) {
        options.report({
          file: article.id,
          message: 'an article with this id was already read; this one is left out',
        })
        continue
      }
      ids.add(article.id)
    }
    yield article
  }
}
