import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Deps } from './deps.ts'
import { compressWhenAccepted } from './http/compress.ts'
import { standardHeaders } from './http/headers.ts'
import { Problem } from './http/problem.ts'
import { limitRate, type Rate, RateLimiter, type WriteLimiter } from './http/rate-limit.ts'
import { wellFormedUrl } from './http/url-encoding.ts'
import { validationHook } from './http/validation.ts'
import { coreStories } from './ingest/core-stories.ts'
import { type ArticleWriter, Ingestor } from './ingest/ingestor.ts'
import type { StoryEngine } from './ingest/story-engine.ts'
import { articleRoutes } from './routes/articles.ts'
import { entityRoutes } from './routes/entities.ts'
import { healthRoutes } from './routes/health.ts'
import { ingestStatusRoutes } from './routes/ingest-status.ts'
import { referenceRoutes } from './routes/reference.ts'
import { relatedRoutes } from './routes/related.ts'
import { searchRoutes } from './routes/search.ts'
import { sourceFeedRoutes } from './routes/source-feeds.ts'
import { sourceRoutes } from './routes/sources.ts'
import { storyRoutes } from './routes/stories.ts'
import { MAX_BATCH } from './schemas/article.ts'
import { type DatabaseHealth, storageFault } from './storage/faults.ts'
import type { Repository } from './storage/repository.ts'

export interface AppOptions {
  repo: Repository
  /** The write token (`MARSAD_API_TOKEN`). Without one, every write is refused. */
  token?: string | undefined
  /** Story clustering for the ingest pipeline. Default the core's; `false` stores articles with no story. */
  stories?: StoryEngine | false
  /**
   * Shares one ingest pipeline (and its story window) between apps over the same repository; on Workers, the
   * ingest queue.
   */
  ingestor?: ArticleWriter
  /** Largest write body, in bytes. Default 16 MiB. */
  maxBodyBytes?: number
  /** Most articles in one ingest request. Default and ceiling 1000. */
  maxBatch?: number
  /** Largest Article JSON stored, in UTF-8 bytes; larger articles are refused with 422. Default 4 MiB. */
  maxModelBytes?: number
  /** Writes allowed per client in a window, past which they get 429. Default: no limit. */
  writeRate?: Rate | false | undefined
  /** The counter of `writeRate` when not the in-memory one: on Workers, Cloudflare's Rate Limiting binding. */
  writeLimiter?: ((rate: Rate) => WriteLimiter) | undefined
  /** Who sent a request, for `writeRate`: the runtime's client address. Default: one key for every client. */
  clientOf?: (c: Context) => string
  /**
   * Gzip or deflate responses the client accepts (`Accept-Encoding`). On for Node; Cloudflare compresses at its
   * edge, so the Worker leaves it off.
   */
  compress?: boolean
  /** Where unexpected errors are reported. Default `console.error`. */
  logError?: (error: unknown) => void
  /**
   * The database's health, shared with whoever checked it at start. A damaged database refuses writes and makes
   * `/health` answer 503; a read that finds damage marks it so.
   */
  health?: DatabaseHealth
}

/** Paths and the methods they answer, for 405 answers to the others. */
const ALLOWED: [string, string][] = [
  ['/v1/articles', 'GET, HEAD, POST'],
  ['/v1/articles/:id', 'GET, HEAD, DELETE'],
  ['/v1/stories', 'GET, HEAD'],
  ['/v1/stories/:id', 'GET, HEAD'],
  ['/v1/entities', 'GET, HEAD'],
  ['/v1/entities/:id', 'GET, HEAD'],
  ['/v1/search', 'GET, HEAD'],
  ['/v1/sources', 'GET, HEAD'],
  ['/v1/sources/:id', 'GET, HEAD'],
  ['/v1/ingest/:id', 'GET, HEAD'],
  ['/v1/sources/:id/feeds', 'POST, DELETE'],
  ['/health', 'GET, HEAD'],
]

/**
 * The Marsad HTTP API as one Hono app over a `Repository`: the same app runs on Node (SQLite) and on Cloudflare
 * Workers (D1).
 */
export function createApp(options: AppOptions) {
  const logError = options.logError ?? ((error: unknown) => console.error(error))
  const deps: Deps = {
    repo: options.repo,
    ingestor:
      options.ingestor ??
      new Ingestor(options.repo, {
        ...(options.stories !== false && { stories: options.stories ?? coreStories }),
        ...(options.maxModelBytes !== undefined && { maxModelBytes: options.maxModelBytes }),
        logError,
      }),
    token: options.token || undefined,
    maxBodyBytes: options.maxBodyBytes ?? 16 * 1024 * 1024,
    maxBatch: Math.min(options.maxBatch ?? MAX_BATCH, MAX_BATCH),
    health: options.health ?? {},
  }
  const app = new OpenAPIHono({ defaultHook: validationHook })
  if (options.compress) app.use(compressWhenAccepted())
  app.use(standardHeaders())
  app.use(wellFormedUrl)
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'The server’s MARSAD_API_TOKEN.',
  })

  if (options.writeRate) {
    const limiter = options.writeLimiter?.(options.writeRate) ?? new RateLimiter(options.writeRate)
    const limit = limitRate(limiter, options.clientOf ?? (() => 'client'))
    app.on('POST', '/v1/articles', limit)
    app.on('DELETE', '/v1/articles/:id', limit)
    app.on(['POST', 'DELETE'], '/v1/sources/:id/feeds', limit)
  }
  const refuseWhenDamaged: MiddlewareHandler = async (_c, next) => {
    if (deps.health.damaged !== undefined) {
      throw new Problem(
        'database-damaged',
        `The database is damaged (${deps.health.damaged}); writes are refused`,
      )
    }
    await next()
  }
  app.on('POST', '/v1/articles', refuseWhenDamaged)
  app.on('DELETE', '/v1/articles/:id', refuseWhenDamaged)
  app.on(['POST', 'DELETE'], '/v1/sources/:id/feeds', refuseWhenDamaged)
  // Chained, so that the app's type carries every route's parameters and answers (`AppType`).
  const api = app
    .route('/', healthRoutes(deps))
    .route('/v1', articleRoutes(deps))
    .route('/v1', storyRoutes(deps))
    .route('/v1', entityRoutes(deps))
    .route('/v1', relatedRoutes(deps))
    .route('/v1', searchRoutes(deps))
    .route('/v1', sourceRoutes(deps))
    .route('/v1', ingestStatusRoutes(deps))
    .route('/v1', sourceFeedRoutes(deps))
  app.route('/', referenceRoutes(app))
  app.get('/', (c) =>
    c.json({ name: 'Marsad API', docs: '/docs', openapi: '/openapi.json', health: '/health' }, 200, {
      'Cache-Control': 'public, max-age=300',
    }),
  )
  for (const [path, allow] of ALLOWED) {
    app.all(path, (c) => {
      throw new Problem('method-not-allowed', `${c.req.method} is not allowed here; use ${allow}`, {
        headers: { Allow: allow },
      })
    })
  }

  app.notFound((c) =>
    new Problem('not-found', `Nothing at ${c.req.method} ${c.req.path}`).toResponse(c.req.path),
  )
  app.onError((error, c) => {
    if (error instanceof Problem) return error.toResponse(c.req.path)
    if (error instanceof HTTPException) return fromHttpException(error).toResponse(c.req.path)
    const fault = storageFault(error)
    if (fault === 'full') return new Problem('storage-full', STORAGE_FULL).toResponse(c.req.path)
    if (fault === 'read-only') return new Problem('read-only', READ_ONLY).toResponse(c.req.path)
    logError(error)
    if (fault === 'damaged') {
      deps.health.damaged ??= `a read failed: ${(error as Error).message}`
      return new Problem('database-damaged', DAMAGED).toResponse(c.req.path)
    }
    return new Problem('internal', 'The server failed to answer this request').toResponse(c.req.path)
  })
  return api
}

/**
 * The API's routes as a type, for Hono's typed client: `hc<AppType>(url).v1.stories.$get({ query })` knows every
 * parameter and every answer's JSON.
 */
export type AppType = ReturnType<typeof createApp>

const STORAGE_FULL =
  'The disk holding the database is full, or the database reached its size limit; nothing was stored'
const READ_ONLY = 'The database cannot be written (a read-only file or folder); nothing was stored'
const DAMAGED = 'The database is damaged; this could not be read. Writes are refused until it is restored'

function fromHttpException(error: HTTPException): Problem {
  switch (error.status) {
    case 400:
      return new Problem('malformed-body', error.message || 'Malformed request')
    case 401:
      return new Problem('unauthorized', error.message)
    case 404:
      return new Problem('not-found', error.message)
    case 413:
      return new Problem('payload-too-large', error.message)
    case 415:
      return new Problem('unsupported-media-type', error.message || 'Unsupported media type')
    default:
      return new Problem('internal', error.message)
  }
}
