import type { SourceRow } from '../repository.ts'
import type { SqlDriver } from './driver.ts'

// One row per normalised outlet name; a URL one of its articles gave, for the host of an outlet the core does not know.
const SOURCE_COLUMNS = `source_key AS id, MAX(source) AS name, COUNT(*) AS articles,
  MAX(NULLIF(published_at, '')) AS latest, MAX(json_extract(body, '$.source.url')) AS url`

/** Outlets with the most articles first. */
export async function listSources(db: SqlDriver, limit: number): Promise<SourceRow[]> {
  return db.all<SourceRow>(
    `SELECT ${SOURCE_COLUMNS} FROM articles WHERE source_key IS NOT NULL
     GROUP BY source_key ORDER BY articles DESC, id LIMIT ?`,
    [limit],
  )
}

export async function findSource(db: SqlDriver, id: string): Promise<SourceRow | undefined> {
  return db.first<SourceRow>(
    `SELECT ${SOURCE_COLUMNS} FROM articles WHERE source_key = ? GROUP BY source_key`,
    [id],
  )
}
