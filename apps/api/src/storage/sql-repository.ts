import type { Changeset, Repository } from './repository.ts'
import { STALE_VERSION_MARKER, StaleVersionError } from './repository.ts'
import { findArticle, listArticles } from './sql/articles.ts'
import type { SqlDriver } from './sql/driver.ts'
import { findEntity, findEntityLabels, listEntities, listEntityArticles } from './sql/entities.ts'
import { findCoEntities, findRelatedStories } from './sql/related.ts'
import { searchArticles } from './sql/search.ts'
import { readCounts, readModel, readSnapshot, readVersion } from './sql/snapshot.ts'
import { findSource, listSources } from './sql/sources.ts'
import { findCoverage, findStory, listMembers, listStories } from './sql/stories.ts'
import { changesetStatements } from './sql/write.ts'

/** The repository over any `SqlDriver`: one set of queries for Node's SQLite and for D1. */
export function createSqlRepository(db: SqlDriver): Repository {
  return {
    article: (id) => findArticle(db, id),
    articles: (filter, page) => listArticles(db, filter, page),
    story: (id) => findStory(db, id),
    storyCoverage: (id) => findCoverage(db, id),
    storyMembers: (id) => listMembers(db, id),
    stories: (filter, page) => listStories(db, filter, page),
    entity: (id) => findEntity(db, id),
    entities: (filter, page) => listEntities(db, filter, page),
    entityArticles: (id, page) => listEntityArticles(db, id, page),
    entityLabels: (id) => findEntityLabels(db, id),
    search: (request) => searchArticles(db, request),
    relatedStories: (id) => findRelatedStories(db, id),
    coEntities: (id, options) => findCoEntities(db, id, options),
    sources: (limit) => listSources(db, limit),
    source: (id) => findSource(db, id),
    counts: () => readCounts(db),
    version: () => readVersion(db),
    model: () => readModel(db),
    snapshot: () => readSnapshot(db),
    commit: (changes) => commit(db, changes),
  }
}

async function commit(db: SqlDriver, changes: Changeset): Promise<void> {
  try {
    await db.batch(changesetStatements(changes))
  } catch (error) {
    if (isStale(error)) throw new StaleVersionError()
    throw error
  }
}

function isStale(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e.message.includes(STALE_VERSION_MARKER)) return true
  }
  return false
}
