import type { CoEntityRow, RelatedStoryRow } from '../repository.ts'
import type { SqlDriver } from './driver.ts'

/**
 * The entities of a story that relate it to others: the rarest first (an entity every story names relates nothing),
 * and none named by more articles than this, which bounds the join whatever the corpus size.
 */
const RELATING_ENTITIES = 32
const MAX_ENTITY_ARTICLES = 2_000
/** Candidates read before they are scored by time. */
const CANDIDATES = 200

/**
 * Stories sharing entities with the story `id`, each with the ids of the shared entities and their weight: the sum
 * over shared entities of 1 / (articles naming the entity), so that a rare name counts for more than a country.
 */
export async function findRelatedStories(db: SqlDriver, id: string): Promise<RelatedStoryRow[]> {
  const rows = await db.all<{ id: string; json: string; latestKey: string; weight: number; shared: string }>(
    `WITH mine AS (
       SELECT DISTINCT e.entity_id FROM article_story s JOIN article_entities e ON e.article_id = s.article_id
       WHERE s.story_id = ?
     ), rare AS (
       SELECT n.id AS entity_id, 1.0 / n.articles AS w FROM mine m JOIN entities n ON n.id = m.entity_id
       WHERE n.articles <= ? ORDER BY n.articles, n.id LIMIT ?
     ), pairs AS (
       SELECT DISTINCT s2.story_id, r.entity_id, r.w FROM rare r
       JOIN article_entities e2 ON e2.entity_id = r.entity_id
       JOIN article_story s2 ON s2.article_id = e2.article_id
       WHERE s2.story_id <> ?
     ), scored AS (
       SELECT story_id, sum(w) AS weight, json_group_array(entity_id) AS shared FROM pairs
       GROUP BY story_id ORDER BY weight DESC, story_id LIMIT ?
     )
     SELECT st.id AS id, st.body AS json, st.latest_key AS latestKey, sc.weight AS weight, sc.shared AS shared
     FROM scored sc JOIN stories st ON st.id = sc.story_id`,
    [id, MAX_ENTITY_ARTICLES, RELATING_ENTITIES, id, CANDIDATES],
  )
  return rows.map((row) => ({
    id: row.id,
    json: row.json,
    latestKey: row.latestKey,
    weight: row.weight,
    shared: JSON.parse(row.shared) as string[],
  }))
}

/** Articles of an entity read for its co-occurrences: its latest, which bounds the work for a name in every article. */
const CO_OCCURRENCE_ARTICLES = 5_000

/** Entities named in the same articles as the entity `id`, most often together first. */
export async function findCoEntities(
  db: SqlDriver,
  id: string,
  options: { limit: number; kind?: string },
): Promise<CoEntityRow[]> {
  return db.all<CoEntityRow>(
    `SELECT n.id AS id, n.kind AS kind, n.name AS name, n.articles AS articles, count(*) AS together
     FROM (SELECT article_id FROM article_entities WHERE entity_id = ? ORDER BY article_seq DESC LIMIT ?) a
     JOIN article_entities e ON e.article_id = a.article_id AND e.entity_id <> ?
     JOIN entities n ON n.id = e.entity_id
     ${options.kind === undefined ? '' : 'WHERE n.kind = ?'}
     GROUP BY n.id ORDER BY together DESC, n.articles DESC, n.id LIMIT ?`,
    [id, CO_OCCURRENCE_ARTICLES, id, ...(options.kind === undefined ? [] : [options.kind]), options.limit],
  )
}
