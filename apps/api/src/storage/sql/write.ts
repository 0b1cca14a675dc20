import type { ArticleWrite, Changeset } from '../repository.ts'
import { type Statement, statement } from './driver.ts'

/**
 * The statements of one changeset, in the order they must run. The first bumps the version; the schema's trigger
 * aborts it when the corpus moved past `baseVersion`, and with it the rest of the batch.
 */
export function changesetStatements(changes: Changeset): Statement[] {
  const out: Statement[] = [
    statement("UPDATE meta SET value = ? WHERE key = 'version'", changes.baseVersion + 1),
  ]
  for (const id of changes.remove) {
    out.push(...derivedRowsRemoved(id), statement('DELETE FROM article_story WHERE article_id = ?', id))
    out.push(statement('DELETE FROM articles WHERE id = ?', id))
  }
  for (const a of changes.replace ?? []) {
    out.push(
      ...derivedRowsRemoved(a.id),
      statement(
        `UPDATE articles SET hash = ?, title = ?, source = ?, source_key = ?, published_at = ?, published_key = ?,
         lead = ?, body = ?, passage = ? WHERE id = ?`,
        a.hash,
        a.title,
        a.source,
        a.sourceKey,
        a.publishedAt,
        a.publishedKey,
        a.lead,
        a.json,
        a.passage,
        a.id,
      ),
      ...derivedRowsInserted(a),
    )
  }
  if (changes.remove.length > 0 || (changes.replace?.length ?? 0) > 0) {
    out.push(statement('DELETE FROM entities WHERE articles <= 0'))
  }
  for (const id of changes.dropStories) out.push(statement('DELETE FROM stories WHERE id = ?', id))
  for (const a of changes.insert) {
    out.push(
      statement(
        `INSERT INTO articles (id, hash, title, source, source_key, published_at, published_key, lead, ingested_at, body,
         passage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        a.id,
        a.hash,
        a.title,
        a.source,
        a.sourceKey,
        a.publishedAt,
        a.publishedKey,
        a.lead,
        a.ingestedAt,
        a.json,
        a.passage,
      ),
      ...derivedRowsInserted(a),
    )
  }
  for (const s of changes.putStories) {
    out.push(
      statement(
        `INSERT INTO stories (id, title, size, latest_key, body, coverage) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, size = excluded.size,
         latest_key = excluded.latest_key, body = excluded.body, coverage = excluded.coverage`,
        s.id,
        s.title,
        s.size,
        s.latestKey,
        s.json,
        s.coverageJson,
      ),
    )
  }
  for (const link of changes.links) {
    out.push(
      statement(
        `INSERT INTO article_story (article_id, article_seq, story_id) SELECT id, seq, ? FROM articles WHERE id = ?
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`,
        link.storyId,
        link.articleId,
      ),
    )
  }
  if (changes.model !== undefined) {
    out.push(
      statement(
        `INSERT INTO model (key, value) VALUES ('fingerprint', ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        changes.model,
      ),
    )
  }
  return out
}

/** Removes an article's search row, entity rows and its share of the entity counts; the article row stays. */
function derivedRowsRemoved(id: string): Statement[] {
  return [
    // Entity counts shrink by what the article's own rows say it added.
    statement(
      `UPDATE entities SET articles = articles - 1,
       mentions = mentions - (SELECT e.mentions FROM article_entities e WHERE e.entity_id = entities.id AND e.article_id = ?)
       WHERE id IN (SELECT entity_id FROM article_entities WHERE article_id = ?)`,
      id,
      id,
    ),
    statement('DELETE FROM article_search WHERE rowid = (SELECT seq FROM articles WHERE id = ?)', id),
    statement('DELETE FROM article_entities WHERE article_id = ?', id),
  ]
}

/** The search row and entity rows of an article whose row exists. */
function derivedRowsInserted(a: ArticleWrite): Statement[] {
  const out = [
    statement(
      'INSERT INTO article_search (rowid, title, body) SELECT seq, ?, ? FROM articles WHERE id = ?',
      a.searchTitle,
      a.searchBody,
      a.id,
    ),
  ]
  for (const e of a.entities) {
    out.push(
      statement(
        `INSERT INTO entities (id, kind, name, name_key, articles, mentions) VALUES (?, ?, ?, ?, 1, ?)
         ON CONFLICT (id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions`,
        e.id,
        e.kind,
        e.name,
        e.nameKey,
        e.mentions,
      ),
      statement(
        `INSERT INTO article_entities (entity_id, article_id, article_seq, mentions, quotes, roles, aliases)
         SELECT ?, id, seq, ?, ?, ?, ? FROM articles WHERE id = ?`,
        e.id,
        e.mentions,
        e.quotes,
        JSON.stringify(e.roles),
        JSON.stringify(e.aliases),
        a.id,
      ),
    )
  }
  return out
}
