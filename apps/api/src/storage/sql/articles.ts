import type { ArticleFilter, ArticleRow, Page, PageRequest, StoredArticle } from '../repository.ts'
import type { SqlDriver, SqlValue } from './driver.ts'

/** The list columns of `articles a` joined with `article_story s`, named as `ArticleRow` fields. */
export const ARTICLE_ROW_COLUMNS = `a.id, a.title, a.source, a.published_at AS publishedAt, a.lead,
  a.ingested_at AS ingestedAt, s.story_id AS storyId`

export function toArticleRow(row: ArticleRow): ArticleRow {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    publishedAt: row.publishedAt,
    lead: row.lead,
    ingestedAt: row.ingestedAt,
    storyId: row.storyId,
  }
}

export async function findArticle(db: SqlDriver, id: string): Promise<StoredArticle | undefined> {
  const body = db.blobs ? 'CAST(body AS BLOB)' : 'body'
  return db.first<StoredArticle>(`SELECT id, hash, ${body} AS json FROM articles WHERE id = ?`, [id])
}

/** SQL conditions on `articles a` for a filter, shared by lists and search. */
export function articleConditions(filter: ArticleFilter): { where: string[]; params: SqlValue[] } {
  const where: string[] = []
  const params: SqlValue[] = []
  if (filter.source !== undefined) {
    where.push('a.source_key = ?')
    params.push(filter.source)
  }
  if (filter.from !== undefined || filter.to !== undefined) where.push("a.published_key <> ''")
  if (filter.from !== undefined) {
    where.push('a.published_key >= ?')
    params.push(filter.from)
  }
  if (filter.to !== undefined) {
    where.push('a.published_key <= ?')
    params.push(filter.to)
  }
  if (filter.story !== undefined) {
    where.push('a.id IN (SELECT article_id FROM article_story WHERE story_id = ?)')
    params.push(filter.story)
  }
  if (filter.entity !== undefined) {
    where.push('a.seq IN (SELECT article_seq FROM article_entities WHERE entity_id = ?)')
    params.push(filter.entity)
  }
  return { where, params }
}

/** Newest first by publication date (unknown dates last), then latest ingested first. */
export async function listArticles(
  db: SqlDriver,
  filter: ArticleFilter,
  page: PageRequest,
): Promise<Page<ArticleRow>> {
  const { where, params } = articleConditions(filter)
  if (page.after) {
    where.push('(a.published_key, a.seq) < (?, ?)')
    params.push(page.after[0] ?? '', page.after[1] ?? 0)
  }
  const rows = await db.all<ArticleRow & { k1: string; k2: number }>(
    `SELECT ${ARTICLE_ROW_COLUMNS}, a.published_key AS k1, a.seq AS k2
     FROM articles a LEFT JOIN article_story s ON s.article_id = a.id
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.published_key DESC, a.seq DESC LIMIT ?`,
    [...params, page.limit + 1],
  )
  return paginate(rows, page.limit, toArticleRow, (row) => [row.k1, row.k2])
}

/** Cuts the extra row fetched to learn whether another page exists. */
export function paginate<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  positionOf: (row: Row) => SqlValue[],
): Page<Item> {
  const more = rows.length > limit
  const kept = more ? rows.slice(0, limit) : rows
  const last = kept.at(-1)
  return { items: kept.map(toItem), ...(more && last ? { next: positionOf(last) } : {}) }
}

/** The stored hash and story of each of these ids that is stored. */
export async function findHashes(
  db: SqlDriver,
  ids: readonly string[],
): Promise<Map<string, { hash: string; storyId: string | null }>> {
  const rows = await db.all<{ id: string; hash: string; storyId: string | null }>(
    `SELECT a.id, a.hash, s.story_id AS storyId FROM articles a LEFT JOIN article_story s ON s.article_id = a.id
     WHERE a.id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(ids)],
  )
  return new Map(rows.map((row) => [row.id, { hash: row.hash, storyId: row.storyId }]))
}

/** The Article JSON of each of these ids that is stored, read in slices so a long list stays a few queries. */
export async function findModels(db: SqlDriver, ids: readonly string[]): Promise<Map<string, string>> {
  const models = new Map<string, string>()
  for (let at = 0; at < ids.length; at += 200) {
    const rows = await db.all<{ id: string; json: string }>(
      'SELECT id, body AS json FROM articles WHERE id IN (SELECT value FROM json_each(?))',
      [JSON.stringify(ids.slice(at, at + 200))],
    )
    for (const row of rows) models.set(row.id, row.json)
  }
  return models
}

/** Whether an id is stored, or waits in `ingest_queue` (queued, or refused with a reason). */
export async function findIngestStatus(
  db: SqlDriver,
  id: string,
): Promise<{ status: 'stored' | 'queued' | 'refused'; detail: string | null } | undefined> {
  return db.first(
    `SELECT 'stored' AS status, NULL AS detail FROM articles WHERE id = ?
     UNION ALL
     SELECT CASE WHEN refused IS NULL THEN 'queued' ELSE 'refused' END, refused FROM ingest_queue WHERE id = ?
     LIMIT 1`,
    [id, id],
  )
}
