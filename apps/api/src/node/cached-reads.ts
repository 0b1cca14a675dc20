import type { Http2Bindings, HttpBindings } from '@hono/node-server'
import { articleResponse } from '../http/article-response.ts'
import { ACCEPTS_COMPRESSION } from '../http/compress.ts'
import type { CachedRepository } from '../storage/sqlite/article-cache.ts'

type Fetch = (request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response>

const ARTICLE_PATH = '/v1/articles/'
/** Ids that need no decoding (RFC 3986's unreserved characters); any other goes through the app. */
const PLAIN_ID = /^[\w.~-]+$/

/**
 * `fetch` with `GET /v1/articles/{id}` of an article the cache holds answered at once, before the app: the same
 * answer the app's route gives (`articleResponse`), without its router, its middleware chain and their promises,
 * which were the rest of a cached read's cost beyond bare Hono's. Only the plainest form of the request takes this
 * path: a plain id, no query, no compression asked for; everything else (and every miss) goes to the app, which
 * validates, compresses, reads through the cache and answers errors in its shape.
 */
export function answerCachedReads(fetch: Fetch, repo: CachedRepository): Fetch {
  return (request, env) => {
    const incoming = env?.incoming
    if (incoming?.method !== 'GET') return fetch(request, env)
    const target = incoming.url ?? ''
    if (!target.startsWith(ARTICLE_PATH)) return fetch(request, env)
    const id = target.slice(ARTICLE_PATH.length)
    const headers = incoming.headers
    if (!PLAIN_ID.test(id) || ACCEPTS_COMPRESSION.test(headers['accept-encoding'] ?? '')) {
      return fetch(request, env)
    }
    const stored = repo.cachedArticle(id)
    return stored ? articleResponse(stored, headers['if-none-match']) : fetch(request, env)
  }
}
