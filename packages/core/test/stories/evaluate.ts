import { clusterStories } from '../../src/cluster/index.ts'
import type { StoryIndexOptions } from '../../src/cluster/story-index.ts'
import { extractArticle } from '../../src/extract/index.ts'
import type { Article } from '../../src/model/article.ts'
import { parseArticle } from '../../src/structure/parse-article.ts'
import { type BCubed, bcubed } from './bcubed.ts'
import type { LabelledInput } from './corpus.ts'

/**
 * Parses the labelled inputs with the extraction stage (quotes, entities, dates), optionally without their
 * publication dates.
 */
export function parseCorpus(corpus: readonly LabelledInput[], dates = true): Article[] {
  return corpus.map(({ story: _story, publishedAt, ...input }) =>
    withExtraction(parseArticle(dates && publishedAt !== undefined ? { ...input, publishedAt } : input)),
  )
}

/** The article with its extraction fields, whether or not `parseArticle` already adds them. */
export function withExtraction(article: Article): Article {
  return 'entities' in article ? article : Object.assign({}, article, extractArticle(article))
}

/** B-cubed scores of `clusterStories` over `articles` (in that order) against the corpus labels. */
export function scoreClustering(
  articles: readonly Article[],
  corpus: readonly LabelledInput[],
  options?: StoryIndexOptions,
): BCubed {
  const predicted = new Map<string, string>()
  for (const story of clusterStories(articles, options)) {
    for (const id of story.articleIds) predicted.set(id, story.id)
  }
  return bcubed(predicted, new Map(corpus.map((item) => [item.id, item.story])))
}

/** A deterministic shuffle (LCG-driven Fisher–Yates), so that order-robustness figures are reproducible. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items]
  let state = seed >>> 0
  for (let i = result.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    const j = state % (i + 1)
    ;[result[i], result[j]] = [result[j]!, result[i]!]
  }
  return result
}
