import type { SourceRow } from '../repository.ts'
import type { SqlDriver } from './driver.ts'

// One row per normalised outlet name; a URL one of its articles gave, for the host of an outlet the core does not know.
const SOURCE_COLUMNS = `source_key AS id, MAX(source) AS name, COUNT(*) AS articles,
  MAX(NULLIF(published_at, '')) AS latest, MAX(json_extract(body, '$.source.url')) AS url`

// Outlets known only from the feed registry, with no article stored yet.
const FEED_ONLY_COLUMNS = `source_key AS id, MAX(source_name) AS name, 0 AS articles, NULL AS latest,
  MAX(source_url) AS url`
const FEED_ONLY = `NOT EXISTS (SELECT 1 FROM articles a WHERE a.source_key = feeds.source_key)`

/** Outlets with the most articles first, then those only registered with feeds. */
export async function listSources(db: SqlDriver, limit: number): Promise<SourceRow[]> {
  return db.all<SourceRow>(
    `SELECT * FROM (
       SELECT ${SOURCE_COLUMNS} FROM articles WHERE source_key IS NOT NULL GROUP BY source_key
       UNION ALL
       SELECT ${FEED_ONLY_COLUMNS} FROM feeds WHERE ${FEED_ONLY} GROUP BY source_key
     ) ORDER BY articles DESC, id LIMIT ?`,
    [limit],
  )
}

export async function findSource(db: SqlDriver, id: string): Promise<SourceRow | undefined> {
  return (
    (await db.first<SourceRow>(
      `SELECT ${SOURCE_COLUMNS} FROM articles WHERE source_key = ? GROUP BY source_key`,
      [id],
    )) ??
    (await db.first<SourceRow>(
      `SELECT ${FEED_ONLY_COLUMNS} FROM feeds WHERE source_key = ? GROUP BY source_key`,
      [id],
    ))
  )
}

/** The registered feed URLs of each outlet, by normalised name. */
export async function listFeedUrls(db: SqlDriver, ids: readonly string[]): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>()
  if (ids.length === 0) return byId
  const rows = await db.all<{ id: string; url: string }>(
    `SELECT source_key AS id, url FROM feeds WHERE source_key IN (SELECT value FROM json_each(?))
     ORDER BY added_at, rowid`,
    [JSON.stringify(ids)],
  )
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row.url])
  return byId
}
