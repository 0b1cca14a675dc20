import type { SearchRequest, SearchRow } from '../repository.ts'
import { ARTICLE_ROW_COLUMNS, articleConditions, toArticleRow } from './articles.ts'
import type { SqlDriver } from './driver.ts'

// Title matches weigh three times a body match.
const RANK = 'bm25(article_search, 3.0, 1.0)'

/** Best matches first, by BM25 over the analysed title and text. */
export async function searchArticles(db: SqlDriver, request: SearchRequest): Promise<SearchRow[]> {
  const { where, params } = articleConditions(request)
  const rows = await db.all<SearchRow>(
    `SELECT ${ARTICLE_ROW_COLUMNS}, a.body AS json, ${RANK} AS score
     FROM article_search JOIN articles a ON a.seq = article_search.rowid
     LEFT JOIN article_story s ON s.article_id = a.id
     WHERE article_search MATCH ? ${where.map((w) => `AND ${w}`).join(' ')}
     ORDER BY score, a.seq DESC LIMIT ? OFFSET ?`,
    [request.match, ...params, request.limit, request.offset],
  )
  return rows.map((row) => ({ ...toArticleRow(row), score: row.score, json: row.json }))
}
