import type { OpenAPIHono } from '@hono/zod-openapi'
import { createApp } from '../app.ts'
import { parseRate } from '../http/rate-limit.ts'
import { coreStories } from '../ingest/core-stories.ts'
import { Ingestor } from '../ingest/ingestor.ts'
import { D1Driver } from '../storage/d1/d1-driver.ts'
import type { Repository } from '../storage/repository.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { pollFeeds } from './poll-feeds.ts'
import { BindingLimiter, type RateLimitBinding } from './rate-limit-binding.ts'

export interface Env {
  DB: D1Database
  MARSAD_API_TOKEN?: string
  /**
   * Writes per client address and window, as `MARSAD_WRITE_RATE` on Node: what `WRITE_LIMITER` is configured to
   * count, announced in `RateLimit-Policy`; without the binding, counted per isolate.
   */
  MARSAD_WRITE_RATE?: string
  /** Cloudflare's Rate Limiting binding (`[[ratelimits]]` in wrangler.toml): one count for every isolate. */
  WRITE_LIMITER?: RateLimitBinding
  /** Where site owners read about the feed poller, put in its User-Agent (`Marsad/<version> (+contact)`). */
  MARSAD_POLL_CONTACT?: string
}

/** A Worker invocation may run only so many D1 queries; an article costs a few, so Workers take smaller batches. */
const WORKER_MAX_BATCH = 100
/** D1 rows hold at most 1 MB; the article row keeps room for its other columns. */
const WORKER_MAX_MODEL_BYTES = 900_000

let cached:
  | {
      db: D1Database
      token: string | undefined
      rate: string | undefined
      limiter: RateLimitBinding | undefined
      app: OpenAPIHono
      repo: Repository
      ingestor: Ingestor
    }
  | undefined

/**
 * One app per isolate and binding, so the ingest pipeline's corpus cache outlives a request; the Cron poll shares
 * its repository and ingest pipeline.
 */
function stateFor(env: Env) {
  if (
    cached?.db !== env.DB ||
    cached.token !== env.MARSAD_API_TOKEN ||
    cached.rate !== env.MARSAD_WRITE_RATE ||
    cached.limiter !== env.WRITE_LIMITER
  ) {
    const binding = env.WRITE_LIMITER
    const repo = createSqlRepository(new D1Driver(env.DB))
    const ingestor = new Ingestor(repo, { stories: coreStories, maxModelBytes: WORKER_MAX_MODEL_BYTES })
    const app = createApp({
      repo,
      ingestor,
      token: env.MARSAD_API_TOKEN,
      maxBatch: WORKER_MAX_BATCH,
      writeRate: parseRate(env.MARSAD_WRITE_RATE),
      writeLimiter: binding && ((rate) => new BindingLimiter(binding, rate)),
      clientOf: (c) => c.req.header('CF-Connecting-IP') ?? 'unknown',
    })
    cached = {
      db: env.DB,
      token: env.MARSAD_API_TOKEN,
      rate: env.MARSAD_WRITE_RATE,
      limiter: binding,
      app,
      repo,
      ingestor,
    }
  }
  return cached
}

export default {
  fetch(request, env, ctx) {
    return stateFor(env).app.fetch(request, env, ctx)
  },
  // The Cron Trigger (`[triggers] crons` in wrangler.toml): one poll of the feed registry.
  scheduled(_controller, env, ctx) {
    const { repo, ingestor } = stateFor(env)
    ctx.waitUntil(
      pollFeeds(repo, ingestor, {
        contact: env.MARSAD_POLL_CONTACT,
        log: (message) => console.log(message),
      }).then((s) =>
        console.log(
          `polled ${s.feeds} feeds: ${s.newItems} new items, ${s.ingested} pages stored, ${s.itemFailures} not`,
        ),
      ),
    )
  },
} satisfies ExportedHandler<Env>
