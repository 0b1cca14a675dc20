import { type Article, clusterStories } from '@marsad/core'
import type { CommandResult } from '../command.ts'
import { parseArticles } from '../parse-articles.ts'

/**
 * `marsad stories <dir|file.jsonl|...>`: `{ "stories": Story[] }` of all the articles read. The clusterer reads them
 * in publication order, as a stream would arrive (articles without a date after the dated ones, each group in input
 * order), so the result does not depend on how the files are named.
 */
export async function stories(
  paths: string[],
  options: { pretty: boolean; jsonl: boolean },
): Promise<CommandResult> {
  const { articles, errors } = await parseArticles(paths, {
    stdinFormat: options.jsonl ? 'jsonl' : 'txt',
    distinct: true,
  })
  const result = { stories: clusterStories(inPublicationOrder(articles)) }
  return { output: [JSON.stringify(result, null, options.pretty ? 2 : undefined)], errors }
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
