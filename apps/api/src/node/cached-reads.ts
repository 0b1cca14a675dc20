import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { articleAnswer } from '../http/article-response.ts'
import { ACCEPTS_COMPRESSION } from '../http/compress.ts'
import type { CachedRepository } from '../storage/sqlite/article-cache.ts'

const ARTICLE_PATH = '/v1/articles/'
/**
 * Ids that need no decoding (RFC 3986's unreserved characters), and not a dot segment, which the adapter resolves
 * away; any other goes through the app.
 */
const PLAIN_ID = /^(?!\.\.?$)[\w.~-]+$/
/**
 * A host the adapter accepts without a word: its own test of the name, and any port a URL may have (its test leaves
 * ports from 60000 to the URL parser, which takes them). Any other host goes to the app, which may refuse it (400).
 */
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:\d{1,4}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d\d|655[0-2]\d|6553[0-5]))?$/

/**
 * A Node request listener that answers `GET /v1/articles/{id}` of an article the cache holds at once, and hands
 * every other request to `listener` (the app's, through `@hono/node-server`). The answer is the one the app's route
 * gives (`articleAnswer`: the same status, headers and bytes), written without the adapter's request and response
 * objects, the app's router and its middleware chain and their promises, which were all of a cached read's cost
 * beyond the socket's. Only the plainest form of the request takes this path: a plain id, no query, no compression
 * asked for, a plain `Host`; everything else (and every miss) goes to the app, which validates, compresses, reads through the cache
 * and answers errors in its shape.
 */
export function answerCachedReads<
  Request extends typeof IncomingMessage,
  Response extends typeof ServerResponse,
>(listener: RequestListener<Request, Response>, repo: CachedRepository): RequestListener<Request, Response> {
  return (incoming, outgoing) => {
    const target = incoming.url ?? ''
    if (incoming.method !== 'GET' || !target.startsWith(ARTICLE_PATH)) return listener(incoming, outgoing)
    const id = target.slice(ARTICLE_PATH.length)
    const headers = incoming.headers
    if (
      !PLAIN_ID.test(id) ||
      !PLAIN_HOST.test(headers.host ?? '') ||
      ACCEPTS_COMPRESSION.test(headers['accept-encoding'] ?? '')
    ) {
      return listener(incoming, outgoing)
    }
    const stored = repo.cachedArticle(id)
    if (!stored) return listener(incoming, outgoing)
    const answer = articleAnswer(stored, headers['if-none-match'], true)
    outgoing.writeHead(answer.status, answer.headers)
    if (answer.body === null) outgoing.end()
    else outgoing.end(answer.body)
  }
}
