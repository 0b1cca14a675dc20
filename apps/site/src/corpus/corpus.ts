import { type Article, clusterStories, compareCoverage, parseArticle } from '@marsad/core'
import { parseIsoDate } from '../lib/format.ts'
import { collectEntities } from './entities.ts'
import { type CorpusRecord, listCorpusFiles, readCorpusRecords } from './read-corpus.ts'
import type { EntityEntry, StoryEntry } from './schemas.ts'

/** A record that was left out, and why. */
export type CorpusProblem = { origin: string; message: string }

/** Everything the site shows, derived from the corpus by the core. */
export type Corpus = {
  articles: Article[]
  stories: StoryEntry[]
  /** Most mentioned first. */
  entities: EntityEntry[]
  problems: CorpusProblem[]
}

/**
 * Parses every readable record with the core. A record the core rejects, or whose id an earlier record already
 * took, is reported as a problem and left out; the rest of the corpus is still built.
 */
export function buildCorpus(records: readonly CorpusRecord[]): Corpus {
  const problems: CorpusProblem[] = []
  const articles: Article[] = []
  const seen = new Map<string, string>()
  for (const record of records) {
    if (!record.ok) {
      problems.push({ origin: record.origin, message: record.message })
      continue
    }
    let article: Article
    try {
      article = parseArticle(record.input)
    } catch (error) {
      problems.push({ origin: record.origin, message: (error as Error).message })
      continue
    }
    const first = seen.get(article.id)
    if (first !== undefined) {
      problems.push({
        origin: record.origin,
        message: `duplicate id ${article.id}, first read from ${first}`,
      })
      continue
    }
    seen.set(article.id, record.origin)
    articles.push(article)
  }
  const stories = storiesOf(articles)
  const storyOf = new Map(
    stories.flatMap(({ story }) => story.articleIds.map((id) => [id, story.id] as const)),
  )
  return { articles, stories, entities: collectEntities(articles, storyOf), problems }
}

const time = (value: string | undefined) => parseIsoDate(value)?.getTime() ?? null

/**
 * Clusters the articles into stories, fed in publication order as the core asks (undated articles after the
 * dated ones, in corpus order), and compares the coverage of each story's members.
 */
export function storiesOf(articles: readonly Article[]): StoryEntry[] {
  const byId = new Map(articles.map((article) => [article.id, article]))
  const ordered = articles
    .map((article, index) => ({ article, index, time: time(article.publishedAt) }))
    .sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.index - b.index)
    .map(({ article }) => article)
  return clusterStories(ordered).map((story) => ({
    story,
    coverage: compareCoverage(story.articleIds.map((id) => byId.get(id)!)),
  }))
}

/** Reads and builds the corpus under the given files and folders. */
export async function loadCorpus(roots: string[]): Promise<Corpus> {
  const records: CorpusRecord[] = []
  for (const file of await listCorpusFiles(roots)) records.push(...(await readCorpusRecords(file)))
  return buildCorpus(records)
}
