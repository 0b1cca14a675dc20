import type { Article } from '../model/article.ts'
import type { Story } from '../model/story.ts'
import { extractionOf, inferredDate, parseTime } from '../similarity/extraction-view.ts'
import { createStoryIndex, type StoryIndexOptions } from './story-index.ts'

/**
 * The order in which Marsad reads a corpus into stories, as a stream would have brought it: articles with a
 * publication date first, oldest first; then articles whose text dates them (`Article.date`), by that date; then
 * articles with no date at all. Ties, within each group, go by id (code-unit order), so the order does not depend on
 * how the articles were listed, read or stored. Articles of one id keep their input order.
 */
export function storyOrder(articles: readonly Article[]): Article[] {
  return articles
    .map((article, index) => ({ article, index, ...orderKey(article) }))
    .sort(
      (a, b) =>
        a.group - b.group ||
        a.time - b.time ||
        (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : a.index - b.index),
    )
    .map(({ article }) => article)
}

function orderKey(article: Article): { group: number; time: number } {
  const published = parseTime(article.publishedAt)
  if (published !== null) return { group: 0, time: published }
  const inferred = parseTime(inferredDate(article, extractionOf(article))?.value)
  return inferred !== null ? { group: 1, time: inferred } : { group: 2, time: 0 }
}

/**
 * The stories of a corpus: its articles clustered in `storyOrder`, whatever order they are given in. The CLI, the
 * API's rebuild and the site all read a corpus through this, so the same articles give them the same stories.
 */
export function storiesOf(articles: readonly Article[], options?: StoryIndexOptions): Story[] {
  const index = createStoryIndex(options)
  for (const article of storyOrder(articles)) index.add(article)
  return index.stories()
}
