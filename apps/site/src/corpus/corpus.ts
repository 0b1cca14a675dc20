import { type Article, compareCoverage, parseArticle, storiesOf } from '@marsad/core'
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
  const stories = storyEntries(articles)
  const storyOf = new Map(
    stories.flatMap(({ story }) => story.articleIds.map((id) => [id, story.id] as const)),
  )
  return { articles, stories, entities: collectEntities(articles, storyOf), problems }
}

/**
 * The stories of the articles by the core's `storiesOf` (its one corpus order, the CLI's and the API's), each with the
 * coverage comparison of its members.
 */
export function storyEntries(articles: readonly Article[]): StoryEntry[] {
  const byId = new Map(articles.map((article) => [article.id, article]))
  return storiesOf(articles).map((story) => ({
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
