import type { FeedRecord, FeedState, FeedStore, PendingItem } from '../feed-store.ts'
import { type SqlDriver, statement } from './driver.ts'

const RECORD_COLUMNS = `url, added_at AS addedAt, last_polled_at AS lastPolledAt, last_success_at AS lastSuccessAt,
  last_error AS lastError, last_error_at AS lastErrorAt, failures, retry_at AS retryAt,
  (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = feeds.url) AS itemsSeen,
  (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = feeds.url AND i.status = 'ingested') AS itemsIngested,
  (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = feeds.url AND i.status = 'queued') AS itemsQueued,
  (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = feeds.url AND i.status = 'pending') AS itemsPending,
  (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = feeds.url AND i.status = 'failed') AS itemsFailed,
  (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = feeds.url AND i.status = 'refused') AS itemsRefused`

interface StateRow {
  url: string
  sourceKey: string
  sourceName: string
  sourceUrl: string | null
  etag: string | null
  lastModified: string | null
  failures: number
}

/** The feed registry over any `SqlDriver`: the same queries on Node's SQLite and on D1. */
export function createSqlFeedStore(db: SqlDriver): FeedStore {
  return {
    async add(source, urls, at) {
      await db.batch(
        urls.map((url) =>
          statement(
            `INSERT INTO feeds (url, source_key, source_name, source_url, added_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (url) DO UPDATE SET source_key = excluded.source_key, source_name = excluded.source_name,
             source_url = COALESCE(excluded.source_url, feeds.source_url)`,
            url,
            source.key,
            source.name,
            source.url ?? null,
            at,
          ),
        ),
      )
    },
    async remove(url) {
      const [items, feeds] = await db.batch([
        statement('DELETE FROM feed_items WHERE feed_url = ?', url),
        statement('DELETE FROM feeds WHERE url = ?', url),
      ])
      return (feeds ?? items ?? 0) > 0
    },
    of: (sourceKey) =>
      db.all<FeedRecord>(
        `SELECT ${RECORD_COLUMNS} FROM feeds WHERE source_key = ? ORDER BY added_at, rowid`,
        [sourceKey],
      ),
    async due(now) {
      const rows = await db.all<StateRow>(
        `SELECT url, source_key AS sourceKey, source_name AS sourceName, source_url AS sourceUrl, etag,
         last_modified AS lastModified, failures FROM feeds WHERE retry_at IS NULL OR retry_at <= ? ORDER BY url`,
        [now],
      )
      return rows.map(stateOf)
    },
    async recordPoll(url, record) {
      if (record.ok) {
        // A 304 keeps the validators it was asked with; a 200 replaces them, with null where it sent none.
        const keep = record.etag === undefined && record.lastModified === undefined
        await db.batch([
          statement(
            `UPDATE feeds SET last_polled_at = ?, last_success_at = ?, failures = 0, retry_at = NULL,
             etag = CASE WHEN ? THEN etag ELSE ? END, last_modified = CASE WHEN ? THEN last_modified ELSE ? END
             WHERE url = ?`,
            record.at,
            record.at,
            keep ? 1 : 0,
            record.etag ?? null,
            keep ? 1 : 0,
            record.lastModified ?? null,
            url,
          ),
        ])
      } else {
        await db.batch([
          statement(
            `UPDATE feeds SET last_polled_at = ?, last_error = ?, last_error_at = ?, failures = failures + 1,
             retry_at = ? WHERE url = ?`,
            record.at,
            record.error,
            record.at,
            record.retryAt,
            url,
          ),
        ])
      }
    },
    async addItems(feedUrl, items, at) {
      const changed = await db.batch(
        items.map((item) =>
          statement(
            `INSERT INTO feed_items (feed_url, item_key, link, published_at, status, seen_at)
             VALUES (?, ?, ?, ?, 'pending', ?) ON CONFLICT (feed_url, item_key) DO NOTHING`,
            feedUrl,
            item.key,
            item.link,
            item.publishedAt ?? null,
            at,
          ),
        ),
      )
      return items.filter((_, i) => (changed[i] ?? 0) > 0).map((item) => item.key)
    },
    pending: (feedUrl, now, limit) =>
      db.all<PendingItem>(
        `SELECT feed_url AS feedUrl, item_key AS key, link, published_at AS publishedAt, attempts FROM feed_items
         WHERE feed_url = ? AND status = 'pending' AND (retry_at IS NULL OR retry_at <= ?)
         ORDER BY seen_at, item_key LIMIT ?`,
        [feedUrl, now, limit],
      ),
    async ingestedFrom(link) {
      const row = await db.first<{ id: string }>(
        `SELECT article_id AS id FROM feed_items WHERE link = ? AND status IN ('ingested', 'queued') LIMIT 1`,
        [link],
      )
      return row?.id
    },
    async recordItem(feedUrl, key, record) {
      const handedOn = record.status === 'ingested' || record.status === 'queued'
      const articleId = handedOn ? record.articleId : null
      const error = handedOn ? (record.note ?? null) : record.error
      const retryAt = record.status === 'pending' ? record.retryAt : null
      await db.batch([
        statement(
          `UPDATE feed_items SET status = ?, article_id = ?, error = ?, retry_at = ?, attempts = attempts + ?
           WHERE feed_url = ? AND item_key = ?`,
          record.status,
          articleId,
          error,
          retryAt,
          record.status === 'refused' ? 0 : 1,
          feedUrl,
          key,
        ),
      ])
    },
    async settleQueued(articleId, outcome) {
      const stored = 'stored' in outcome
      await db.batch([
        statement(
          `UPDATE feed_items SET status = ?, error = ? WHERE article_id = ? AND status = 'queued'`,
          stored ? 'ingested' : 'failed',
          stored ? null : `the ingest queue refused the article: ${outcome.refused}`,
          articleId,
        ),
      ])
    },
  }
}

function stateOf(row: StateRow): FeedState {
  return {
    url: row.url,
    source: {
      key: row.sourceKey,
      name: row.sourceName,
      ...(row.sourceUrl !== null && { url: row.sourceUrl }),
    },
    etag: row.etag,
    lastModified: row.lastModified,
    failures: row.failures,
  }
}
