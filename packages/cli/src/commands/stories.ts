import { type Article, clusterStories } from '@marsad/core'
import { type CommandOptions, type CommandResult, stdinFormat, toJson } from '../command.ts'
import { parseArticles } from '../parse-articles.ts'

/**
 * `marsad stories <dir|file.jsonl|...>`: `{ "stories": Story[] }` of all the articles read. The clusterer reads them
 * in publication order, as a stream would arrive (articles without a date after the dated ones, each group in input
 * order), so the result does not depend on how the files are named.
 */
export async function stories(paths: string[], options: CommandOptions): Promise<CommandResult> {
  const { articles, errors } = await parseArticles(paths, {
    stdinFormat: stdinFormat(options),
    distinct: true,
  })
  const result = { stories: clusterStories(inPublicationOrder(articles)) }
  return { output: [toJson(result, options)], errors }
}

function inPublicationOrder(articles: Article[]): Article[] {
  const time = (article: Article) => {
    const value = article.publishedAt === undefined ? Number.NaN : Date.parse(article.publishedAt)
    return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value
  }
  return articles
    .map((article, index) => ({ article, index, time: time(article) }))
    .sort((a, b) => (a.time === b.time ? a.index - b.index : a.time - b.time))
    .map(({ article }) => article)
}
