import type { Article } from '../model/article.ts'
import { isContentBlock } from '../model/content-blocks.ts'
import type { ArticleCoverageStats, Coverage, SharedFact } from '../model/coverage.ts'
import { type Token, tokenize } from '../normalize/tokenize.ts'
import { duplicateGroups } from '../similarity/duplicates.ts'
import { parseTime } from '../similarity/extraction-view.ts'
import { fingerprint } from '../similarity/fingerprint.ts'
import { alignSentences, sharedFacts } from './align.ts'
import { differences, type FactGroup } from './differences.ts'
import { quoteVariants } from './quotes.ts'
import { type SentenceSpace, sentenceSpace } from './sentence-space.ts'
import { compareTitles } from './titles.ts'

/**
 * Compares articles that report one story: which sentences of different articles state the same fact (`shared`),
 * which sentences no other article has (`unique`), the same statement quoted differently (`quoteVariants`), and
 * details that disagree (`differences`: a person's conflicting titles, a date, a quantity), and titles of one person that
 * differ without contradicting each other (`titles`). Headings and sentences without content words are neither shared
 * nor unique, and page clutter has no sentences. Uses the articles' quotes, entities and dates when the extraction stage has
 * filled them; from sentences alone it still finds shared and unique sentences and number differences.
 */
export function compareCoverage(articles: readonly Article[]): Coverage {
  const { list, space, shared, facts } = comparedSpace(articles)
  const factOf = new Map<string, number>()
  facts.forEach((fact, group) => {
    for (const [article, sentence] of fact) factOf.set(`${article}:${sentence}`, group)
  })

  const unique: Record<string, number[]> = {}
  const stats: Record<string, ArticleCoverageStats> = {}
  list.forEach((article, a) => {
    const counts: ArticleCoverageStats = {
      sentences: 0,
      shared: 0,
      unique: 0,
      sharedChars: 0,
      uniqueChars: 0,
    }
    const alone: number[] = []
    space.vectors[a]!.forEach((vector, i) => {
      if (vector === null) return
      const length = article.sentences[i]!.end - article.sentences[i]!.start
      counts.sentences++
      if (factOf.has(`${a}:${i}`)) {
        counts.shared++
        counts.sharedChars += length
      } else {
        counts.unique++
        counts.uniqueChars += length
        alone.push(i)
      }
    })
    unique[article.id] = alone
    stats[article.id] = counts
  })

  const titles = compareTitles(space)
  const duplicates = wireCopies(space)
  for (const [original, ...copies] of duplicates) {
    for (const copy of copies) stats[copy]!.duplicateOf = original!
  }

  return {
    articles: list.map((article) => article.id),
    shared,
    unique,
    quoteVariants: quoteVariants(space, factOf),
    differences: [...titles.differences, ...differences(space, facts)],
    titles: titles.titles,
    duplicates,
    stats,
  }
}

/** The articles (each id once) in one sentence space, and their shared facts as sentence refs and as indices. */
export function comparedSpace(articles: readonly Article[]): {
  list: Article[]
  space: SentenceSpace
  shared: SharedFact[]
  facts: FactGroup[]
} {
  const seen = new Set<string>()
  const list = articles.filter((article) => !seen.has(article.id) && seen.add(article.id))
  const space = sentenceSpace(list)
  const shared = sharedFacts(space, alignSentences(space))
  const position = new Map(list.map((article, index) => [article.id, index]))
  const facts: FactGroup[] = shared.map((fact) =>
    fact.sentences.map((ref): [number, number] => [position.get(ref.articleId)!, ref.index]),
  )
  return { list, space, shared, facts }
}

/** Groups of near-duplicate articles, earliest published first. */
function wireCopies(space: SentenceSpace): string[][] {
  // Content only: two pages of one site share their menus and footers, not their news.
  const prints = space.articles.map((article) =>
    fingerprint(contentTokens(article).map((token) => space.table.word(token).hash)),
  )
  const time = (index: number) => parseTime(space.articles[index]!.publishedAt) ?? Number.POSITIVE_INFINITY
  return duplicateGroups(prints).map((group) =>
    [...group].sort((x, y) => time(x) - time(y) || x - y).map((index) => space.articles[index]!.id),
  )
}

function contentTokens(article: Article): Token[] {
  if (article.blocks.length === 0) return tokenize(article.text)
  return article.blocks.filter((block) => isContentBlock(block.kind)).flatMap((block) => tokenize(block.text))
}
