import { flatten } from '../http/validation.ts'
import { ArticleConflictError, InvalidArticlesError } from '../ingest/errors.ts'
import type { IngestOutcome, Ingestor } from '../ingest/ingestor.ts'
import { IngestArticleSchema } from '../schemas/article.ts'
import type { CorpusRecord } from './corpus.ts'

/** Articles per transaction when loading a corpus at start-up. */
const LOAD_BATCH = 500

/**
 * Ingests the corpus read at start, so that no record can stop the server:
 * - a record the API would refuse (its checks are `IngestArticleSchema`'s, the same as `POST /v1/articles`) is
 *   skipped and logged with its file and line;
 * - an id read twice with other content keeps its first record; the later one is skipped and logged;
 * - an id stored with other content, as when an article was edited in its file after it was stored, is replaced
 *   by the corpus's version: the stored article is deleted (its story regrouped), then the new one ingested.
 *   The corpus files are the source of their ids: this also replaces an article posted under one of them.
 */
export async function loadCorpus(
  ingestor: Ingestor,
  records: readonly CorpusRecord[],
  log: (message: string) => void,
): Promise<IngestOutcome[]> {
  const accepted: CorpusRecord[] = []
  const firstOf = new Map<string, { record: CorpusRecord; key: string }>()
  for (const record of records) {
    const checked = IngestArticleSchema.safeParse(record.input)
    if (!checked.success) {
      const reasons = flatten(checked.error.issues).map(
        (i) => `${i.path.join('.') || 'record'}: ${i.message}`,
      )
      log(`skipped ${where(record)}: ${reasons.join('; ')}`)
      continue
    }
    const { id, title, source, publishedAt, text } = checked.data
    if (id !== undefined) {
      const key = JSON.stringify([title, source, publishedAt, text])
      const first = firstOf.get(id)
      if (first?.key === key) continue
      if (first) {
        log(
          `skipped ${where(record)}: the id ${JSON.stringify(id)} was read with other content at ${where(first.record)}`,
        )
        continue
      }
      firstOf.set(id, { record, key })
    }
    // The record's input is already the core's (text) input; the check above only refuses what the API would.
    accepted.push(record)
  }
  const outcomes: IngestOutcome[] = []
  for (let i = 0; i < accepted.length; i += LOAD_BATCH) {
    outcomes.push(...(await ingestBatch(ingestor, accepted.slice(i, i + LOAD_BATCH), log)))
  }
  return outcomes
}

async function ingestBatch(
  ingestor: Ingestor,
  batch: CorpusRecord[],
  log: (message: string) => void,
): Promise<IngestOutcome[]> {
  const replaced = new Set<string>()
  let pending = batch
  while (pending.length > 0) {
    try {
      return await ingestor.ingest(pending.map((r) => r.input))
    } catch (error) {
      if (error instanceof InvalidArticlesError) {
        const refused = new Map<number, string[]>()
        for (const { index, path, message } of error.issues)
          refused.set(index, [...(refused.get(index) ?? []), `${path || 'record'}: ${message}`])
        for (const [index, reasons] of refused)
          log(`skipped ${where(pending[index]!)}: ${reasons.join('; ')}`)
        pending = pending.filter((_, index) => !refused.has(index))
      } else if (error instanceof ArticleConflictError && error.ids.every((id) => !replaced.has(id))) {
        for (const id of error.ids) {
          replaced.add(id)
          await ingestor.remove(id)
          const record = pending.find((r) => r.input.id === id)
          log(
            `replacing the stored article ${JSON.stringify(id)} by its new version at ${record ? where(record) : id}`,
          )
        }
      } else throw error
    }
  }
  return []
}

function where(record: CorpusRecord): string {
  return `${record.file}:${record.line}`
}
