import { type Article, parseArticle } from '@marsad/core'
import { type CorpusRecord, listCorpusFiles, readCorpusRecords } from './read-corpus.ts'

/** A record that was left out, and why. */
export type CorpusProblem = { origin: string; message: string }

/** Everything the site shows, derived from the corpus by the core. */
export type Corpus = {
  articles: Article[]
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
  return { articles, problems }
}

/** Reads and builds the corpus under the given files and folders. */
export async function loadCorpus(roots: string[]): Promise<Corpus> {
  const records: CorpusRecord[] = []
  for (const file of await listCorpusFiles(roots)) records.push(...(await readCorpusRecords(file)))
  return buildCorpus(records)
}
