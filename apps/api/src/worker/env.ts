import type { IngestMessage } from './ingest-queue.ts'
import type { RateLimitBinding } from './rate-limit-binding.ts'
import type { StoryIndexObject } from './story-object.ts'

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
  /**
   * `queue` (wrangler.toml's default): POSTs are queued to `INGEST_QUEUE` and answered 202, writes go through the
   * story Durable Object. `direct`: each request parses, clusters and commits itself, as on Node, with the story
   * state in D1 (for small deployments and tests).
   */
  MARSAD_INGEST?: string
  INGEST_QUEUE?: Queue<IngestMessage>
  STORY_INDEX?: DurableObjectNamespace<StoryIndexObject>
  /** Where site owners read about the feed poller, put in its User-Agent (`Marsad/<version> (+contact)`). */
  MARSAD_POLL_CONTACT?: string
}
