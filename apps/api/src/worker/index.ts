import type { OpenAPIHono } from '@hono/zod-openapi'
import { createApp } from '../app.ts'
import { parseRate } from '../http/rate-limit.ts'
import { coreStories } from '../ingest/core-stories.ts'
import { type ArticleWriter, Ingestor } from '../ingest/ingestor.ts'
import { D1Driver } from '../storage/d1/d1-driver.ts'
import type { Repository } from '../storage/repository.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import type { Env } from './env.ts'
import { consumeIngest, type IngestMessage, queuedWriter } from './ingest-queue.ts'
import { WORKER_MAX_BATCH, WORKER_MAX_MODEL_BYTES } from './limits.ts'
import { pollFeeds } from './poll-feeds.ts'
import { BindingLimiter } from './rate-limit-binding.ts'
import { registerWordListsOnce } from './word-lists.ts'

export type { Env } from './env.ts'
export { StoryIndexObject } from './story-object.ts'

let cached: { env: Partial<Env>; app: OpenAPIHono; repo: Repository; writer: ArticleWriter } | undefined

const CACHE_KEYS = [
  'DB',
  'MARSAD_API_TOKEN',
  'MARSAD_WRITE_RATE',
  'WRITE_LIMITER',
  'MARSAD_INGEST',
  'INGEST_QUEUE',
  'STORY_INDEX',
] as const

/**
 * One app per isolate and bindings, so the ingest pipeline's story window outlives a request; the Cron poll writes
 * through the same writer as `POST /v1/articles` (the ingest queue, or the direct pipeline).
 */
function stateFor(env: Env) {
  if (cached !== undefined && CACHE_KEYS.every((key) => cached!.env[key] === env[key])) return cached
  const binding = env.WRITE_LIMITER
  const repo = createSqlRepository(new D1Driver(env.DB))
  const { INGEST_QUEUE: queue, STORY_INDEX: index } = env
  const writer =
    env.MARSAD_INGEST !== 'direct' && queue !== undefined && index !== undefined
      ? queuedWriter({ ...env, INGEST_QUEUE: queue, STORY_INDEX: index })
      : new Ingestor(repo, { stories: coreStories, maxModelBytes: WORKER_MAX_MODEL_BYTES })
  const app = createApp({
    repo,
    ingestor: writer,
    token: env.MARSAD_API_TOKEN,
    maxBatch: WORKER_MAX_BATCH,
    maxModelBytes: WORKER_MAX_MODEL_BYTES,
    writeRate: parseRate(env.MARSAD_WRITE_RATE),
    writeLimiter: binding && ((rate) => new BindingLimiter(binding, rate)),
    clientOf: (c) => c.req.header('CF-Connecting-IP') ?? 'unknown',
  })
  cached = { env: Object.fromEntries(CACHE_KEYS.map((key) => [key, env[key]])), app, repo, writer }
  return cached
}

export default {
  fetch(request, env, ctx) {
    registerWordListsOnce()
    return stateFor(env).app.fetch(request, env, ctx)
  },
  queue(batch, env) {
    registerWordListsOnce()
    return consumeIngest(batch, env)
  },
  // The Cron Trigger (`[triggers] crons` in wrangler.toml): one poll of the feed registry.
  scheduled(_controller, env, ctx) {
    registerWordListsOnce()
    const { repo, writer } = stateFor(env)
    ctx.waitUntil(
      pollFeeds(repo, writer, {
        contact: env.MARSAD_POLL_CONTACT,
        log: (message) => console.log(message),
      }).then((s) =>
        console.log(
          `polled ${s.feeds} feeds: ${s.newItems} new items, ${s.ingested} pages stored, ${s.queued} queued, ${s.itemFailures} not`,
        ),
      ),
    )
  },
} satisfies ExportedHandler<Env, IngestMessage>
