import type { StoredArticle } from '../storage/repository.ts'
import { etagOf, matchesEtag } from './cache.ts'
import { STANDARD_HEADERS } from './headers.ts'
import { JSON_UTF8 } from './respond.ts'

/** Stored articles are immutable: an id always names the same bytes until it is deleted. */
export const ARTICLE_CACHE = 'public, max-age=300'

/** What `GET /v1/articles/{id}` answers for a stored article, before it is made a response of one kind or another. */
export interface ArticleAnswer {
  status: 200 | 304
  /** Every header of the answer, as a plain object. */
  headers: Record<string, string>
  body: StoredArticle['json'] | null
}

/**
 * The answer to `GET /v1/articles/{id}` of a stored article: its stored bytes as they are (the model is not parsed
 * and serialised again), or 304 when `If-None-Match` names its ETag, with every header given here (`Content-Length`
 * too when `withLength`, for a writer that does not count the bytes itself).
 */
export function articleAnswer(
  stored: StoredArticle,
  ifNoneMatch: string | undefined,
  withLength = false,
): ArticleAnswer {
  const etag = etagOf(stored.hash)
  if (matchesEtag(ifNoneMatch, etag)) {
    return {
      status: 304,
      headers: { ...STANDARD_HEADERS, ETag: etag, 'Cache-Control': ARTICLE_CACHE },
      body: null,
    }
  }
  const body = stored.json
  const headers: Record<string, string> = {
    ...STANDARD_HEADERS,
    ETag: etag,
    'Cache-Control': ARTICLE_CACHE,
    'Content-Type': JSON_UTF8,
  }
  if (withLength) {
    headers['Content-Length'] = String(typeof body === 'string' ? utf8Length(body) : body.byteLength)
  }
  return { status: 200, headers, body }
}

const utf8 = new TextEncoder()
const utf8Length = (text: string) => utf8.encode(text).byteLength

/**
 * `articleAnswer` as a `Response`. Made with a plain header object, it keeps it plain: `c.body` with several
 * headers builds a `Headers`, which Node's adapter must then walk and copy.
 */
export function articleResponse(stored: StoredArticle, ifNoneMatch: string | undefined): Response {
  const { status, headers, body } = articleAnswer(stored, ifNoneMatch)
  return new Response(body as string | null, { status, headers })
}
