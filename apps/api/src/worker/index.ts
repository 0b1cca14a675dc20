import type { OpenAPIHono } from '@hono/zod-openapi'
import { createApp } from '../app.ts'
import { parseRate } from '../http/rate-limit.ts'
import { D1Driver } from '../storage/d1/d1-driver.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import type { Env } from './env.ts'
import { consumeIngest, type IngestMessage, queuedWriter } from './ingest-queue.ts'
import { WORKER_MAX_BATCH, WORKER_MAX_MODEL_BYTES } from './limits.ts'
import { BindingLimiter } from './rate-limit-binding.ts'

export type { Env } from './env.ts'
export { StoryIndexObject } from './story-object.ts'

let cached: { env: Partial<Env>; app: OpenAPIHono } | undefined

const CACHE_KEYS = [
  'DB',
  'MARSAD_API_TOKEN',
  'MARSAD_WRITE_RATE',
  'WRITE_LIMITER',
  'MARSAD_INGEST',
  'INGEST_QUEUE',
  'STORY_INDEX',
] as const

/** One app per isolate and bindings, so the ingest pipeline's story window outlives a request. */
function appFor(env: Env): OpenAPIHono {
  if (cached !== undefined && CACHE_KEYS.every((key) => cached!.env[key] === env[key])) return cached.app
  const binding = env.WRITE_LIMITER
  const repo = createSqlRepository(new D1Driver(env.DB))
  const { INGEST_QUEUE: queue, STORY_INDEX: index } = env
  const queued = env.MARSAD_INGEST !== 'direct' && queue !== undefined && index !== undefined
  const app = createApp({
    repo,
    ...(queued && { ingestor: queuedWriter({ ...env, INGEST_QUEUE: queue, STORY_INDEX: index }) }),
    token: env.MARSAD_API_TOKEN,
    maxBatch: WORKER_MAX_BATCH,
    maxModelBytes: WORKER_MAX_MODEL_BYTES,
    writeRate: parseRate(env.MARSAD_WRITE_RATE),
    writeLimiter: binding && ((rate) => new BindingLimiter(binding, rate)),
    clientOf: (c) => c.req.header('CF-Connecting-IP') ?? 'unknown',
  })
  cached = { env: Object.fromEntries(CACHE_KEYS.map((key) => [key, env[key]])), app }
  return app
}

export default {
  fetch(request, env, ctx) {
    return appFor(env).fetch(request, env, ctx)
  },
  queue(batch, env) {
    return consumeIngest(batch, env)
  },
} satisfies ExportedHandler<Env, IngestMessage>
