import type { SearchRequest, SearchRow } from '../repository.ts'
import { ARTICLE_ROW_COLUMNS, articleConditions, toArticleRow } from './articles.ts'
import type { SqlDriver } from './driver.ts'

/**
 * Matches ranked per query, at most. BM25 costs about 1.5 µs a match in FTS5, so a word found in tens of thousands
 * of articles would cost tens of milliseconds to rank in full; beyond this many, only the most recently ingested
 * matches are ranked (news readers want recent reports first anyway).
 */
export const RANKED_CANDIDATES = 2000

// Title matches weigh three times a body match.
const RANK = 'bm25(article_search, 3.0, 1.0)'

/**
 * Best matches first, by BM25 over the analysed title and text, among the `RANKED_CANDIDATES` newest matches. One
 * pass: FTS5 walks its doclists newest first and scores only the rows the inner `LIMIT` lets through.
 */
export async function searchArticles(
  db: SqlDriver,
  request: SearchRequest,
  candidates = RANKED_CANDIDATES,
): Promise<SearchRow[]> {
  const { where, params } = articleConditions(request)
  // Filters need the article's columns; without them the candidates come from the index alone.
  const from =
    where.length > 0 ? 'article_search JOIN articles a ON a.seq = article_search.rowid' : 'article_search'
  const conditions = ['article_search MATCH ?', ...where].join(' AND ')
  const rows = await db.all<SearchRow>(
    `WITH candidates AS (
       SELECT article_search.rowid AS seq, ${RANK} AS score FROM ${from} WHERE ${conditions}
       ORDER BY article_search.rowid DESC LIMIT ?
     ), hits AS (
       SELECT seq, score FROM candidates ORDER BY score, seq DESC LIMIT ? OFFSET ?
     )
     SELECT ${ARTICLE_ROW_COLUMNS}, COALESCE(a.passage, a.body) AS json, hits.score AS score
     FROM hits JOIN articles a ON a.seq = hits.seq LEFT JOIN article_story s ON s.article_id = a.id
     ORDER BY hits.score, hits.seq DESC`,
    [request.match, ...params, candidates, request.limit, request.offset],
  )
  return rows.map((row) => ({ ...toArticleRow(row), score: row.score, json: row.json }))
}
