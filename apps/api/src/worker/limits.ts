import type { WindowLimits } from '../ingest/story-window.ts'

/** A Worker invocation may run only so many D1 queries; an article costs a few, so Workers take smaller batches. */
export const WORKER_MAX_BATCH = 100
/** D1 rows hold at most 1 MB; the article row keeps room for its other columns. */
export const WORKER_MAX_MODEL_BYTES = 900_000
/**
 * The story Durable Object's window: it runs in an isolate of 128 MB. At 100,000 stored articles of 400 characters
 * its heap after a first write is 52 MB (BENCHMARKS.md); an article held costs more the longer it is.
 */
export const DURABLE_WINDOW: WindowLimits = { articles: 1500, undated: 300 }
