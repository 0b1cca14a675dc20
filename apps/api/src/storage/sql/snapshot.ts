import type { CorpusSnapshot, Counts } from '../repository.ts'
import type { SqlDriver } from './driver.ts'

export async function readVersion(db: SqlDriver): Promise<number> {
  const row = await db.first<{ value: number }>("SELECT value FROM meta WHERE key = 'version'")
  return row?.value ?? 0
}

/**
 * The whole corpus in ingest order. The version is read first: a write that lands while the rest is read makes
 * the snapshot stale, and the commit computed from it is refused.
 */
export async function readSnapshot(db: SqlDriver): Promise<CorpusSnapshot> {
  const version = await readVersion(db)
  const articles = await db.all<{ id: string; hash: string; json: string }>(
    'SELECT id, hash, body AS json FROM articles ORDER BY seq',
  )
  const links = await db.all<{ articleId: string; storyId: string }>(
    'SELECT article_id AS articleId, story_id AS storyId FROM article_story',
  )
  return { version, articles, storyOf: new Map(links.map((l) => [l.articleId, l.storyId])) }
}

export async function readModel(db: SqlDriver): Promise<string | undefined> {
  const row = await db.first<{ value: string }>("SELECT value FROM model WHERE key = 'fingerprint'")
  return row?.value
}

export async function readCounts(db: SqlDriver): Promise<Counts> {
  const row = await db.first<Counts>(
    `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM stories) AS stories,
     (SELECT count(*) FROM entities) AS entities`,
  )
  return row ?? { articles: 0, stories: 0, entities: 0 }
}
