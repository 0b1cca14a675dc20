import type { Repository, StoredArticle } from '../repository.ts'
import type { SqliteDriver } from './sqlite-driver.ts'

/** Bytes of article JSON the cache keeps by default. */
export const ARTICLE_CACHE_BYTES = 32 * 1024 * 1024

/**
 * Ids read once and not yet kept, at most: an article is kept at its second read within this many other first
 * reads, so a pass over the whole corpus (a crawler, a backup) reads through without replacing the hot articles or
 * filling the heap with bytes kept only to be dropped.
 */
export const SEEN_ONCE = 4096

/** Milliseconds between two questions to SQLite whether another connection committed. */
export const CHECK_MS = 10

export interface CachedRepository extends Repository {
  /** The article if the cache holds it, without waiting: what `article` would answer from memory. */
  cachedArticle(id: string): StoredArticle | undefined
}

/**
 * `repo` with the articles it last read more than once kept in memory as their stored bytes, those read least
 * recently going first, up to `maxBytes`: a read of a cached article costs a map lookup instead of a SQLite row, and a hot set of articles
 * costs memory in proportion to the cache, not the corpus. Stored articles never change under their id, so an
 * entry goes stale only when the article is deleted or parsed again: the cache is emptied when this repository
 * commits either, and when another connection to the file commits anything (`PRAGMA data_version`, asked at most
 * once every `CHECK_MS`: the question costs about 10 µs, as much as several cached reads, and a read within a few
 * milliseconds of another process's commit could as well have been served before it).
 */
export function withArticleCache(
  repo: Repository,
  driver: SqliteDriver,
  limits: { maxBytes?: number; maxEntryBytes?: number } = {},
): CachedRepository {
  const maxBytes = limits.maxBytes ?? ARTICLE_CACHE_BYTES
  // One large article does not empty the cache of the others.
  const maxEntryBytes = limits.maxEntryBytes ?? maxBytes / 16
  const dataVersion = driver.db.prepare('PRAGMA data_version')
  const versionNow = () => (dataVersion.get() as { data_version: number }).data_version
  let checkedAt = performance.now()
  // In the order they came in; `used` marks those read since they came in (read twice to come in) or were last
  // passed over.
  const cached = new Map<string, { stored: StoredArticle; used: boolean }>()
  let bytes = 0
  let version = versionNow()
  // Counts clears, so that a read that was under way when the cache was emptied does not put back what it read.
  let generation = 0
  const seenOnce = new Set<string>()
  const clear = () => {
    cached.clear()
    bytes = 0
    generation++
  }
  const cachedArticle = (id: string): StoredArticle | undefined => {
    const at = performance.now()
    if (at - checkedAt >= CHECK_MS) {
      checkedAt = at
      const now = versionNow()
      if (now !== version) {
        clear()
        version = now
      }
    }
    const hit = cached.get(id)
    if (hit === undefined) return undefined
    hit.used = true
    return hit.stored
  }
  return {
    ...repo,
    cachedArticle,
    async article(id) {
      const hit = cachedArticle(id)
      if (hit) return hit
      const before = generation
      const stored = await repo.article(id)
      const size = stored === undefined || typeof stored.json === 'string' ? 0 : stored.json.byteLength
      if (stored === undefined || size === 0 || size > maxEntryBytes || generation !== before) return stored
      if (!seenOnce.delete(id)) {
        if (seenOnce.size >= SEEN_ONCE) seenOnce.clear()
        seenOnce.add(id)
        return stored
      }
      cached.set(id, { stored, used: true })
      bytes += size
      // The oldest entry not read again goes; one read again gets a second chance at the end of the line (the
      // "clock" approximation of least recently used: a hit only sets a flag, where moving the entry to the end of
      // the map on every hit cost the hot read its largest share of the cache's time).
      for (const [oldest, entry] of cached) {
        if (bytes <= maxBytes) break
        cached.delete(oldest)
        if (entry.used) {
          entry.used = false
          cached.set(oldest, entry)
        } else {
          bytes -= (entry.stored.json as Uint8Array).byteLength
        }
      }
      return stored
    },
    async commit(changes) {
      try {
        await repo.commit(changes)
      } finally {
        if (changes.remove.length > 0 || (changes.replace?.length ?? 0) > 0) clear()
      }
    },
  }
}
