import type { EntityArticle, EntityFilter, EntityLabel, EntityRow, Page, PageRequest } from '../repository.ts'
import { ARTICLE_ROW_COLUMNS, paginate, toArticleRow } from './articles.ts'
import type { SqlDriver, SqlValue } from './driver.ts'

const ENTITY_COLUMNS = 'id, kind, name, articles, mentions'

export async function findEntity(db: SqlDriver, id: string): Promise<EntityRow | undefined> {
  return db.first<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = ?`, [id])
}

/** Most widely named first. */
export async function listEntities(
  db: SqlDriver,
  filter: EntityFilter,
  page: PageRequest,
): Promise<Page<EntityRow>> {
  const where: string[] = []
  const params: SqlValue[] = []
  if (filter.kind !== undefined) {
    where.push('kind = ?')
    params.push(filter.kind)
  }
  if (filter.name !== undefined) {
    where.push("name_key LIKE ? ESCAPE '\\'")
    params.push(`%${filter.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
  }
  if (page.after) {
    where.push('(articles < ? OR (articles = ? AND id > ?))')
    params.push(page.after[0] ?? 0, page.after[0] ?? 0, page.after[1] ?? '')
  }
  const rows = await db.all<EntityRow>(
    `SELECT ${ENTITY_COLUMNS} FROM entities ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY articles DESC, id LIMIT ?`,
    [...params, page.limit + 1],
  )
  return paginate(
    rows,
    page.limit,
    (row) => ({ id: row.id, kind: row.kind, name: row.name, articles: row.articles, mentions: row.mentions }),
    (row) => [row.articles, row.id],
  )
}

/** Articles naming the entity, latest ingested first. */
export async function listEntityArticles(
  db: SqlDriver,
  id: string,
  page: PageRequest,
): Promise<Page<EntityArticle>> {
  const params: SqlValue[] = [id]
  let after = ''
  if (page.after) {
    after = 'AND e.article_seq < ?'
    params.push(page.after[0] ?? 0)
  }
  const rows = await db.all<EntityArticleRow>(
    `SELECT ${ARTICLE_ROW_COLUMNS}, a.body AS json, a.seq AS k1
     FROM article_entities e JOIN articles a ON a.seq = e.article_seq
     LEFT JOIN article_story s ON s.article_id = a.id
     WHERE e.entity_id = ? ${after} ORDER BY e.article_seq DESC LIMIT ?`,
    [...params, page.limit + 1],
  )
  return paginate(
    rows,
    page.limit,
    (row) => ({ row: toArticleRow(row), json: row.json }),
    (row) => [row.k1],
  )
}

export async function findEntityLabels(
  db: SqlDriver,
  id: string,
): Promise<{ roles: EntityLabel[]; aliases: EntityLabel[] }> {
  const labels = (column: 'roles' | 'aliases') =>
    db.all<EntityLabel>(
      `SELECT j.value AS value, count(*) AS articles FROM article_entities e, json_each(e.${column}) j
       WHERE e.entity_id = ? GROUP BY j.value ORDER BY articles DESC, j.value LIMIT 50`,
      [id],
    )
  const [roles, aliases] = await Promise.all([labels('roles'), labels('aliases')])
  return { roles, aliases }
}

type EntityArticleRow = Parameters<typeof toArticleRow>[0] & { json: string; k1: number }
