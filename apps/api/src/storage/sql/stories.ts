import type { ArticleRow, Page, PageRequest, StoryFilter, StoryRecord } from '../repository.ts'
import { ARTICLE_ROW_COLUMNS, articleConditions, paginate, toArticleRow } from './articles.ts'
import type { SqlDriver, SqlValue } from './driver.ts'

export async function findStory(db: SqlDriver, id: string): Promise<StoryRecord | undefined> {
  return db.first<StoryRecord>('SELECT id, body AS json FROM stories WHERE id = ?', [id])
}

export async function findCoverage(db: SqlDriver, id: string): Promise<string | undefined> {
  const row = await db.first<{ coverage: string }>('SELECT coverage FROM stories WHERE id = ?', [id])
  return row?.coverage
}

/** Members in ingest order, the order the story was clustered in. */
export async function listMembers(db: SqlDriver, id: string): Promise<ArticleRow[]> {
  const rows = await db.all<ArticleRow>(
    `SELECT ${ARTICLE_ROW_COLUMNS} FROM article_story s JOIN articles a ON a.seq = s.article_seq
     WHERE s.story_id = ? ORDER BY s.article_seq`,
    [id],
  )
  return rows.map(toArticleRow)
}

/** Most recent first (stories without dates last). */
export async function listStories(
  db: SqlDriver,
  filter: StoryFilter,
  page: PageRequest,
): Promise<Page<StoryRecord>> {
  const where: string[] = []
  const params: SqlValue[] = []
  if (filter.minArticles !== undefined) {
    where.push('size >= ?')
    params.push(filter.minArticles)
  }
  if (filter.maxArticles !== undefined) {
    where.push('size <= ?')
    params.push(filter.maxArticles)
  }
  if (filter.article !== undefined) {
    where.push('id IN (SELECT story_id FROM article_story WHERE article_id = ?)')
    params.push(filter.article)
  }
  if (filter.members !== undefined) {
    const { match, ...articles } = filter.members
    const members = articleConditions(articles)
    if (match !== undefined) {
      members.where.unshift('a.seq IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)')
      members.params.unshift(match)
    }
    if (members.where.length > 0) {
      where.push(
        `id IN (SELECT s.story_id FROM article_story s JOIN articles a ON a.seq = s.article_seq
          WHERE ${members.where.join(' AND ')})`,
      )
      params.push(...members.params)
    }
  }
  if (page.after) {
    where.push('(latest_key, id) < (?, ?)')
    params.push(page.after[0] ?? '', page.after[1] ?? '')
  }
  const rows = await db.all<StoryRecord & { k1: string }>(
    `SELECT id, body AS json, latest_key AS k1 FROM stories
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY latest_key DESC, id DESC LIMIT ?`,
    [...params, page.limit + 1],
  )
  return paginate(
    rows,
    page.limit,
    (row) => ({ id: row.id, json: row.json }),
    (row) => [row.k1, row.id],
  )
}
