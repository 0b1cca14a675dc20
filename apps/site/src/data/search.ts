import { getCollection } from 'astro:content'
import { articleTitle, outletName } from '../lib/article-labels.ts'
import { routes } from '../lib/paths.ts'
import { buildSearchIndex, type SearchDoc, type SearchIndex } from '../lib/search-index.ts'

let built: Promise<SearchIndex> | undefined

/** The static search index of every article, built once per build and shared by the search routes. */
export function siteSearchIndex(): Promise<SearchIndex> {
  built ??= getCollection('articles').then((entries) =>
    buildSearchIndex(
      entries.map(
        ({ data: article }): SearchDoc => ({
          id: article.id,
          href: routes.article(article.id),
          title: articleTitle(article),
          outlet: outletName(article),
          ...(article.publishedAt && { date: article.publishedAt }),
          sentences: article.sentences.map((sentence) => sentence.text),
        }),
      ),
    ),
  )
  return built
}
