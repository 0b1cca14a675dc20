import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { ArticleSchema } from '@marsad/core'
import { bodyLimit } from 'hono/body-limit'
import type { Deps } from '../deps.ts'
import { articleResponse } from '../http/article-response.ts'
import { requireToken } from '../http/auth.ts'
import { cacheable } from '../http/cache.ts'
import { decodeCursor } from '../http/cursor.ts'
import { headersGiven } from '../http/headers.ts'
import { jsonBody } from '../http/json-body.ts'
import { Problem } from '../http/problem.ts'
import { onlyParameters } from '../http/query-parameters.ts'
import { cursorOf } from '../http/respond.ts'
import { pointerTo, validationHook } from '../http/validation.ts'
import { ArticleConflictError, InvalidArticlesError, WriteContentionError } from '../ingest/errors.ts'
import { toIngestInput } from '../ingest/prepare.ts'
import {
  ArticleIdParamSchema,
  ArticleListQuerySchema,
  ArticlePageSchema,
  IngestRequestSchema,
  IngestResultSchema,
  MAX_ID_LENGTH,
} from '../schemas/article.ts'
import { NOT_MODIFIED, problems, RATE_LIMIT_HEADERS } from '../schemas/common.ts'
import { articleFilter } from './filters.ts'

const TAGS = ['Articles']
const SECURITY = [{ bearerAuth: [] }]

const LIST_CACHE = 'public, max-age=30'

const articleQuery = onlyParameters()

const listArticles = createRoute({
  method: 'get',
  path: '/articles',
  operationId: 'listArticles',
  tags: TAGS,
  security: [],
  summary: 'List articles',
  description:
    'Newest first by publication date (articles without one last). Filter by story, entity, outlet and date range; page with `cursor`.',
  middleware: [onlyParameters(ArticleListQuerySchema), cacheable(LIST_CACHE)] as const,
  request: { query: ArticleListQuerySchema },
  responses: {
    200: {
      description: 'A page of articles',
      content: { 'application/json': { schema: ArticlePageSchema } },
    },
    304: NOT_MODIFIED,
    ...problems(400),
  },
})

const getArticle = createRoute({
  method: 'get',
  path: '/articles/{id}',
  operationId: 'getArticle',
  tags: TAGS,
  security: [],
  summary: 'Get an article',
  description:
    'The full `Article` model as `@marsad/core` parsed it: blocks, sentences and extracted fields.',
  request: { params: ArticleIdParamSchema },
  responses: {
    200: { description: 'The article', content: { 'application/json': { schema: ArticleSchema } } },
    304: NOT_MODIFIED,
    ...problems(400, 404),
  },
})

const deleteArticle = createRoute({
  method: 'delete',
  path: '/articles/{id}',
  operationId: 'deleteArticle',
  tags: TAGS,
  summary: 'Delete an article',
  description:
    'Removes the article, its search rows and entity counts, and recomputes the stories it was part of.',
  security: SECURITY,
  request: { params: ArticleIdParamSchema },
  responses: {
    204: { description: 'Deleted', headers: RATE_LIMIT_HEADERS },
    ...problems(400, 401, 403, 404, 429, 503),
  },
})

export function articleRoutes(deps: Deps) {
  const auth = requireToken(deps.token)
  const ingest = createRoute({
    method: 'post',
    path: '/articles',
    operationId: 'ingestArticles',
    tags: TAGS,
    summary: 'Ingest articles',
    description: `One article or an array of up to ${deps.maxBatch}: each is parsed by \`@marsad/core\`, stored with its search index and entities, and the stories recomputed, all in one transaction: an invalid item or a conflicting id stores nothing. Idempotent: the same id with the same content answers \`unchanged\`. An article without an id gets a hash of its text. On Workers deployed with the ingest queue, the articles are queued instead (202, \`queued\`): the queue's consumer parses each and the story Durable Object stores and clusters it; one refused there (not an article, an id stored with other content) is not stored.`,
    security: SECURITY,
    middleware: [
      auth,
      bodyLimit({
        maxSize: deps.maxBodyBytes,
        onError: () => {
          throw new Problem(
            'payload-too-large',
            `The request body is over the limit of ${deps.maxBodyBytes} bytes`,
            // The rest of the body is never read, so the connection cannot carry another request.
            { headers: { Connection: 'close' } },
          )
        },
      }),
      jsonBody,
    ] as const,
    request: { body: { required: true, content: { 'application/json': { schema: IngestRequestSchema } } } },
    responses: {
      200: {
        description: 'Nothing new: every article was already stored',
        content: { 'application/json': { schema: IngestResultSchema } },
        headers: RATE_LIMIT_HEADERS,
      },
      201: {
        description: 'Stored',
        content: { 'application/json': { schema: IngestResultSchema } },
        headers: RATE_LIMIT_HEADERS,
      },
      202: {
        description:
          'Accepted for the ingest queue (on Workers): each article is parsed, stored and clustered by the queue’s consumer; `GET /v1/articles/{id}` answers 404 until it is stored (`Location` names it for a single article)',
        content: { 'application/json': { schema: IngestResultSchema } },
        headers: RATE_LIMIT_HEADERS,
      },
      ...problems(400, 401, 403, 409, 413, 415, 422, 429, 503),
    },
  })

  const app = new OpenAPIHono({ defaultHook: validationHook })
  // The hottest read is answered by hand (below), so its route is only documented.
  app.openAPIRegistry.registerPath(getArticle)
  return (
    app
      .openapi(listArticles, async (c) => {
        const query = c.req.valid('query')
        const after =
          query.cursor === undefined ? undefined : decodeCursor(query.cursor, ['string', 'number'])
        const page = await deps.repo.articles(articleFilter(query), {
          limit: query.limit,
          ...(after && { after }),
        })
        return c.json({ items: page.items, nextCursor: cursorOf(page.next) }, 200)
      })
      .openapi(ingest, async (c) => {
        const body = c.req.valid('json')
        const batch = Array.isArray(body)
        const items = batch ? body : [body]
        if (items.length > deps.maxBatch) {
          const detail = `A batch holds at most ${deps.maxBatch} articles; this one has ${items.length}`
          throw new Problem('invalid-body', detail, { errors: [{ detail, pointer: '#' }] })
        }
        const outcomes = await deps.ingestor.ingest(items.map(toIngestInput)).catch((error) => {
          throw ingestProblem(error, batch)
        })
        const created = outcomes.filter((o) => o.status === 'created').length
        const queued = outcomes.filter((o) => o.status === 'queued').length
        const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
        if (!batch && created + queued === 1)
          headers.Location = `/v1/articles/${encodeURIComponent(outcomes[0]!.id)}`
        const result = { articles: outcomes, created, unchanged: outcomes.length - created - queued, queued }
        if (queued > 0) return c.json(result, 202, headers)
        return created > 0 ? c.json(result, 201, headers) : c.json(result, 200, headers)
      })
      .openapi({ ...deleteArticle, middleware: [auth] as const }, async (c) => {
        const { id } = c.req.valid('param')
        const removed = await deps.ingestor.remove(id).catch((error) => {
          throw ingestProblem(error, false)
        })
        if (!removed) throw new Problem('not-found', `No article has the id ${JSON.stringify(id)}`)
        return c.body(null, 204)
      })
      // The id checked as its schema says, and nothing rewritten after the response is made: that halves the
      // framework's share of the request. (On Node, reads of cached articles are answered before the app: see
      // `src/node/cached-reads.ts`.)
      .get('/articles/:id', articleQuery, async (c) => {
        const id = c.req.param('id')
        if (id.length > MAX_ID_LENGTH) {
          const detail = `id: Too big: expected string to have <=${MAX_ID_LENGTH} characters`
          throw new Problem('invalid-request', detail, { errors: [{ detail, parameter: 'id' }] })
        }
        const stored = await deps.repo.article(id)
        if (!stored) throw new Problem('not-found', `No article has the id ${JSON.stringify(id)}`)
        headersGiven(c)
        return articleResponse(stored, c.req.header('If-None-Match'))
      })
  )
}

/** The problem a failed ingest answers; other errors pass through to the app's error handler. */
function ingestProblem(error: unknown, batch: boolean): unknown {
  if (error instanceof InvalidArticlesError) {
    const errors = error.issues.map((issue) => {
      const segments = [...(batch ? [String(issue.index)] : []), ...(issue.path ? issue.path.split('.') : [])]
      const where = segments.length > 0 ? `${segments.join('.')}: ` : ''
      return { detail: `${where}${issue.message}`, pointer: pointerTo(segments) }
    })
    return new Problem('invalid-body', errors.map((e) => e.detail).join('; '), { errors })
  }
  if (error instanceof ArticleConflictError) {
    return new Problem(
      'conflict',
      `Already stored with different content: ${error.ids.map((id) => JSON.stringify(id)).join(', ')}. Delete first to replace.`,
    )
  }
  if (error instanceof WriteContentionError) {
    return new Problem('write-contention', error.message, { headers: { 'Retry-After': '1' } })
  }
  return error
}
