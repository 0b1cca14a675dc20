import type { Article } from '../model/article.ts'
import type { Story } from '../model/story.ts'
import { type ArticleGraphOptions, articleGraph } from './article-graph.ts'
import { averageLinkGroups } from './average-link.ts'
import { buildStory } from './build-story.ts'
import { storyOrder } from './story-order.ts'

export interface CorpusStoryOptions extends ArticleGraphOptions {
  /** Mean weighted similarity two groups of articles need to merge into one story. Default 0.16. */
  threshold?: number
}

/**
 * The stories of articles read at once: average-link agglomerative clustering over their similarity graph
 * (`articleGraph`) of the articles in `storyOrder`, so any order of the same articles gives the same stories. Unlike a
 * one-pass stream, an early wrong join does not decide the rest: the closest groups merge first. Stories come in
 * order of their first article, members in `storyOrder`.
 */
export function corpusStories(input: readonly Article[], options: CorpusStoryOptions = {}): Story[] {
  const threshold = options.threshold ?? 0.16
  const articles = storyOrder(input)
  const { signals, edges } = articleGraph(articles, options)
  const groups = averageLinkGroups(articles.length, edges, threshold)
  const group = new Int32Array(articles.length)
  groups.forEach((members, g) => {
    for (const i of members) group[i] = g
  })
  // Centrality: a member's summed similarity to the rest of its story (the title comes from the most central).
  const centrality = new Float64Array(articles.length)
  for (const { a, b, weight } of edges) {
    if (group[a] !== group[b]) continue
    centrality[a]! += weight
    centrality[b]! += weight
  }
  return groups.map((members) =>
    buildStory(
      members.map((i) => ({
        article: articles[i]!,
        print: signals[i]!.print,
        time: signals[i]!.time,
        centrality: centrality[i]!,
      })),
    ),
  )
}
