import { type SqlDriver, type Statement, statement } from './driver.ts'

/** Term counts in order of first use, and how many articles they count (-1: never built). */
export interface StoredTermCounts {
  documents: number
  frequencies: [term: string, count: number][]
}

/** A story as `story_spans` has it. */
export interface StorySpan {
  storyId: string
  size: number
  /** Event times in ms; null when no member is dated. */
  earliest: number | null
  latest: number | null
  lastSeq: number
}

/** A stored article's place, in the order the index took it. */
export interface StoredPlace {
  articleId: string
  storyId: string
  seq: number
}

/** What one write changes of the story index's state (`0006_story_state.sql`). */
export interface StoryStateChange {
  /** Everything recorded before is replaced (a rebuild from the whole corpus). */
  reset?: boolean
  /** Term count deltas, terms in order of first use. */
  terms: [term: string, delta: number][]
  documents: number
  /** Articles placed or moved, with the seq each keeps (new ones take the next). */
  places: { articleId: string; storyId: string }[]
  unplaced: string[]
  putSpans: Omit<StorySpan, 'lastSeq'>[]
  dropSpans: string[]
}

export async function readTermCounts(db: SqlDriver): Promise<StoredTermCounts> {
  const meta = await db.first<{ value: number }>("SELECT value FROM story_meta WHERE key = 'documents'")
  const rows = await db.all<{ term: string; articles: number }>(
    'SELECT term, articles FROM story_terms WHERE articles > 0 ORDER BY seq',
  )
  return { documents: meta?.value ?? -1, frequencies: rows.map((row) => [row.term, row.articles]) }
}

/**
 * The stories to hold in memory at start: the dated ones with the latest events, newest first, until they hold
 * `articles` members, and the undated ones joined by the last `undated` articles placed.
 */
export async function readWindow(db: SqlDriver, articles: number, undated: number): Promise<string[]> {
  const dated = await db.all<{ storyId: string; size: number }>(
    `SELECT story_id AS storyId, size FROM story_spans WHERE latest IS NOT NULL ORDER BY latest DESC LIMIT ?`,
    [articles],
  )
  const chosen: string[] = []
  let held = 0
  for (const story of dated) {
    if (held >= articles) break
    chosen.push(story.storyId)
    held += story.size
  }
  const recent = await db.all<{ storyId: string }>(
    `SELECT story_id AS storyId FROM story_spans WHERE latest IS NULL
     AND last_seq > (SELECT coalesce(max(seq), 0) FROM story_members) - ?`,
    [undated],
  )
  return [...chosen, ...recent.map((story) => story.storyId)]
}

/** Stories with a member within `[from, to]` in time or on both sides of it: those an article there may join. */
export async function readStoriesNear(db: SqlDriver, from: number, to: number): Promise<StorySpan[]> {
  return db.all<StorySpan>(
    `SELECT story_id AS storyId, size, earliest, latest, last_seq AS lastSeq FROM story_spans
     WHERE latest >= ? AND earliest <= ?`,
    [from, to],
  )
}

/** The members of these stories, in the order the index took them. */
export async function readPlaces(db: SqlDriver, storyIds: readonly string[]): Promise<StoredPlace[]> {
  if (storyIds.length === 0) return []
  return db.all<StoredPlace>(
    `SELECT article_id AS articleId, story_id AS storyId, seq FROM story_members
     WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY seq`,
    [JSON.stringify(storyIds)],
  )
}

/** The statements that record a change, in order. */
export function storyStateStatements(change: StoryStateChange): Statement[] {
  const out: Statement[] = []
  if (change.reset) {
    out.push(
      statement('DELETE FROM story_terms'),
      statement('DELETE FROM story_members'),
      statement('DELETE FROM story_spans'),
      statement("UPDATE story_meta SET value = 0 WHERE key = 'documents'"),
    )
  }
  if (change.terms.length > 0) {
    // json_each yields the array in order, so new terms take seqs in their order of first use.
    out.push(
      statement(
        `INSERT INTO story_terms (term, articles) SELECT value ->> 0, value ->> 1 FROM json_each(?) WHERE true
         ON CONFLICT (term) DO UPDATE SET articles = articles + excluded.articles`,
        JSON.stringify(change.terms),
      ),
    )
  }
  if (change.documents !== 0) {
    out.push(
      statement("UPDATE story_meta SET value = max(value, 0) + ? WHERE key = 'documents'", change.documents),
    )
  }
  if (change.places.length > 0) {
    out.push(
      statement(
        `INSERT INTO story_members (article_id, seq, story_id)
         SELECT value ->> 0, (SELECT coalesce(max(seq), 0) FROM story_members) + key + 1, value ->> 1
         FROM json_each(?) WHERE true
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`,
        JSON.stringify(change.places.map((p) => [p.articleId, p.storyId])),
      ),
    )
  }
  if (change.unplaced.length > 0) {
    out.push(
      statement(
        'DELETE FROM story_members WHERE article_id IN (SELECT value FROM json_each(?))',
        JSON.stringify(change.unplaced),
      ),
    )
  }
  for (const span of change.putSpans) {
    out.push(
      statement(
        `INSERT INTO story_spans (story_id, size, earliest, latest, last_seq)
         SELECT ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) FROM story_members WHERE story_id = ?) WHERE true
         ON CONFLICT (story_id) DO UPDATE SET size = excluded.size, earliest = excluded.earliest,
         latest = excluded.latest, last_seq = excluded.last_seq`,
        span.storyId,
        span.size,
        span.earliest,
        span.latest,
        span.storyId,
      ),
    )
  }
  // After the puts: a rebuilt state's story that this write empties is put, then dropped.
  for (const id of change.dropSpans) out.push(statement('DELETE FROM story_spans WHERE story_id = ?', id))
  return out
}
