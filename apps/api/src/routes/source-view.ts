import { outletKey, resolveOutlet } from '@marsad/core'
import type { FeedRecord } from '../storage/feed-store.ts'
import type { Repository, SourceRow } from '../storage/repository.ts'

/** A stored outlet with what the core's table of outlets says of it, and its registered feeds. */
export function sourceOf(row: SourceRow, feeds: readonly string[]) {
  const outlet = resolveOutlet({ name: row.name, ...(row.url !== null && { url: row.url }) })
  const forms = new Set([row.id, ...(outlet?.forms ?? [])])
  return {
    id: row.id,
    name: outlet?.outletName ?? row.name,
    forms: [...forms],
    domain: outlet?.domain ?? null,
    country: outlet?.country ?? null,
    kind: outlet?.kind ?? null,
    known: outlet?.known ?? false,
    articles: row.articles,
    latest: row.latest,
    feeds: [...feeds],
  }
}

/** The key an outlet is stored under, from any of its names as a path gives it. */
export function sourceKeyOf(id: string): string {
  return resolveOutlet({ name: id })?.key ?? outletKey(id)
}

/** One outlet with its feeds' records, summed up per outlet; undefined when neither articles nor feeds name it. */
export async function sourceDetail(repo: Repository, key: string) {
  const row = await repo.source(key)
  if (!row) return undefined
  const feeds = await repo.feeds.of(key)
  const latestError = feeds
    .filter((f) => f.lastErrorAt !== null)
    .sort((a, b) => b.lastErrorAt!.localeCompare(a.lastErrorAt!))[0]
  return {
    ...sourceOf(
      row,
      feeds.map((f) => f.url),
    ),
    lastSuccessAt: latest(feeds.map((f) => f.lastSuccessAt)),
    lastError: latestError ? `${latestError.url}: ${latestError.lastError}` : null,
    lastErrorAt: latestError?.lastErrorAt ?? null,
    itemsSeen: sum(feeds, 'itemsSeen'),
    itemsIngested: sum(feeds, 'itemsIngested'),
    feedStatus: feeds,
  }
}

function latest(values: (string | null)[]): string | null {
  return values.reduce<string | null>((max, v) => (v !== null && (max === null || v > max) ? v : max), null)
}

function sum(feeds: readonly FeedRecord[], field: 'itemsSeen' | 'itemsIngested'): number {
  return feeds.reduce((total, f) => total + f[field], 0)
}
