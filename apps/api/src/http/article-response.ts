import type { StoredArticle } from '../storage/repository.ts'
import { etagOf, matchesEtag } from './cache.ts'
import { STANDARD_HEADERS } from './headers.ts'
import { JSON_UTF8 } from './respond.ts'

/** Stored articles are immutable: an id always names the same bytes until it is deleted. */
export const ARTICLE_CACHE = 'public, max-age=300'

/**
 * The answer to `GET /v1/articles/{id}` of a stored article: its stored bytes as they are (the model is not parsed
 * and serialised again), or 304 when `If-None-Match` names its ETag, with every header given here. A Response made
 * with a plain header object keeps it plain: `c.body` with several headers builds a `Headers`, which Node's adapter
 * must then walk and copy.
 */
export function articleResponse(stored: StoredArticle, ifNoneMatch: string | undefined): Response {
  const etag = etagOf(stored.hash)
  if (matchesEtag(ifNoneMatch, etag)) {
    const headers = { ...STANDARD_HEADERS, ETag: etag, 'Cache-Control': ARTICLE_CACHE }
    return new Response(null, { status: 304, headers })
  }
  const headers = {
    ...STANDARD_HEADERS,
    ETag: etag,
    'Cache-Control': ARTICLE_CACHE,
    'Content-Type': JSON_UTF8,
  }
  return new Response(stored.json as string, { status: 200, headers })
}
