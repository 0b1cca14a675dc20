import {
  type Article,
  ArticleInputError,
  type CorpusError,
  type CorpusFormat,
  parseArticle,
} from '@marsad/core'
import { readArticles } from './read-articles.ts'

export interface ParsedArticles {
  articles: Article[]
  errors: CorpusError[]
}

/**
 * Reads and parses the articles of the inputs (see `readArticles`). An input the core refuses is reported and left
 * out; with `distinct`, so is a second article with an id already read, since stories and comparisons refer to
 * articles by id.
 */
export async function parseArticles(
  paths: readonly string[],
  options: { stdinFormat?: CorpusFormat; distinct?: boolean } = {},
): Promise<ParsedArticles> {
  const { articles: inputs, errors } = await readArticles(paths, options.stdinFormat)
  const articles: Article[] = []
  const ids = new Set<string>()
  for (const input of inputs) {
    let article: Article
    try {
      article = parseArticle(input)
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error
      errors.push({ file: input.id ?? 'input', message: error.message })
      continue
    }
    if (options.distinct && ids.has(article.id)) {
      errors.push({
        file: article.id,
        message: 'an article with this id was already read; this one is left out',
      })
      continue
    }
    ids.add(article.id)
    articles.push(article)
  }
  return { articles, errors }
}
