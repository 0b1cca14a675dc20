import type { Article } from '../model/article.ts'
import type { Coverage } from '../model/coverage.ts'
import type { StoryTimeline, TimelineEntry } from '../model/timeline.ts'
import { parseTime } from '../similarity/extraction-view.ts'

/** What the timeline reads of a member: its dates and outlet, not its text. */
export type TimelineArticle = Pick<Article, 'id' | 'source' | 'publishedAt' | 'date'>

/**
 * Orders a story's members by when they appeared (the publication date, else the date the text gives itself) and
 * follows its coverage through them: which outlet reported first, and which article first reported each shared
 * fact. Members with no known time keep their story order after the dated ones; equal times keep story order too,
 * so the same members and coverage always give the same timeline.
 */
export function storyTimeline(articles: readonly TimelineArticle[], coverage: Coverage): StoryTimeline {
  const dated = articles.map((article, order) => {
    const published = article.publishedAt
    const basis: TimelineEntry['basis'] =
      published !== undefined ? 'published' : article.date !== undefined ? 'text' : 'unknown'
    const at = published ?? article.date?.value ?? null
    return { article, order, at, basis, time: parseTime(at ?? undefined) }
  })
  dated.sort((a, b) => {
    if ((a.time === null) !== (b.time === null)) return a.time === null ? 1 : -1
    return (a.time ?? 0) - (b.time ?? 0) || a.order - b.order
  })
  const rank = new Map(dated.map((item, position) => [item.article.id, position]))

  const facts = coverage.shared.map((fact, index) => {
    const reporters = [...new Set(fact.sentences.map((ref) => ref.articleId))].filter((id) => rank.has(id))
    reporters.sort((a, b) => rank.get(a)! - rank.get(b)!)
    return { index, reporters }
  })
  const entries: TimelineEntry[] = dated.map(({ article, at, basis }) => ({
    articleId: article.id,
    source: article.source?.name ?? null,
    at,
    basis,
    newFacts: [],
    repeatedFacts: [],
    unique: coverage.unique[article.id]?.length ?? 0,
  }))
  for (const { index, reporters } of facts) {
    reporters.forEach((id, position) => {
      const entry = entries[rank.get(id)!]!
      ;(position === 0 ? entry.newFacts : entry.repeatedFacts).push(index)
    })
  }

  const outlets: StoryTimeline['outlets'] = []
  const outletAt = new Map<string | null, number>()
  for (const entry of entries) {
    const seen = outletAt.get(entry.source)
    if (seen !== undefined) outlets[seen]!.articles++
    else {
      outletAt.set(entry.source, outlets.length)
      outlets.push({ source: entry.source, first: entry.at, articles: 1 })
    }
  }

  return {
    entries,
    outlets,
    facts: facts
      .filter((fact) => fact.reporters.length >= 2)
      .sort((a, b) => rank.get(a.reporters[0]!)! - rank.get(b.reporters[0]!)! || a.index - b.index)
      .map(({ index, reporters }) => ({
        fact: index,
        firstArticleId: reporters[0]!,
        at: entries[rank.get(reporters[0]!)!]!.at,
        articles: reporters.length,
      })),
  }
}
