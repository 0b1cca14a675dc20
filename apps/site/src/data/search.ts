import { articleTitle, outletName } from '../lib/article-labels.ts'
import { routes } from '../lib/paths.ts'
import { buildSearchIndex, type SearchDoc, type SearchIndex } from '../lib/search-index.ts'
import { type SiteData, siteData } from './site.ts'

let built: Promise<SearchIndex> | undefined

/** The static search index of every article, built once per build and shared by the search routes. */
export function siteSearchIndex(): Promise<SearchIndex> {
  if (import.meta.env.DEV) return siteData().then(searchIndexOf)
  built ??= siteData().then(searchIndexOf)
  return built
}

function searchIndexOf({ articles, storyOfArticle }: SiteData): SearchIndex {
  return buildSearchIndex(
    [...articles.values()].map((article): SearchDoc => {
      const story = storyOfArticle.get(article.id)?.story
      return {
        id: article.id,
        href: routes.article(article.id),
        title: articleTitle(article),
        ...(!article.title?.trim() && { derivedTitle: true as const }),
        outlet: outletName(article),
        ...(article.publishedAt && { date: article.publishedAt }),
        ...(story &&
          story.articleIds.length > 1 && { story: { href: routes.story(story.id), title: story.title } }),
        sentences: article.sentences.map((sentence) => sentence.text),
      }
    }),
  )
}
