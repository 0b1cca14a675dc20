import type { OpenAPIHono } from '@hono/zod-openapi'
import { createApp } from '../app.ts'
import { parseRate } from '../http/rate-limit.ts'
import { D1Driver } from '../storage/d1/d1-driver.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
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
    }
  | undefined

/** One app per isolate and binding, so the ingest pipeline's corpus cache outlives a request. */
function appFor(env: Env): OpenAPIHono {
  if (
    cached?.db !== env.DB ||
    cached.token !== env.MARSAD_API_TOKEN ||
    cached.rate !== env.MARSAD_WRITE_RATE ||
    cached.limiter !== env.WRITE_LIMITER
  ) {
    const binding = env.WRITE_LIMITER
    const repo = createSqlRepository(new D1Driver(env.DB))
    const app = createApp({
      repo,
      token: env.MARSAD_API_TOKEN,
      maxBatch: WORKER_MAX_BATCH,
      maxModelBytes: WORKER_MAX_MODEL_BYTES,
      writeRate: parseRate(env.MARSAD_WRITE_RATE),
      writeLimiter: binding && ((rate) => new BindingLimiter(binding, rate)),
      clientOf: (c) => c.req.header('CF-Connecting-IP') ?? 'unknown',
    })
    cached = { db: env.DB, token: env.MARSAD_API_TOKEN, rate: env.MARSAD_WRITE_RATE, limiter: binding, app }
  }
  return cached.app
}

export default {
  fetch(request, env, ctx) {
    return appFor(env).fetch(request, env, ctx)
  },
} satisfies ExportedHandler<Env>
