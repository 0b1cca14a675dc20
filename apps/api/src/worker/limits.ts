import type { WindowLimits } from '../ingest/story-window.ts'

/** A Worker invocation may run only so many D1 queries; an article costs a few, so Workers take smaller batches. */
export const WORKER_MAX_BATCH = 100
/** D1 rows hold at most 1 MB; the article row keeps room for its other columns. */
export const WORKER_MAX_MODEL_BYTES = 900_000
/**
 * The story Durable Object's window: it runs in an isolate of 128 MB. A held article costs 12 kB of heap at 400
 * characters, 28 kB at the seeds' 2,500 and 49 kB at 5,000 (`bench/held-heap.ts`); besides them, a first write at
 * 100,000 stored leaves some 39 MB (the term counts every index starts from, BENCHMARKS.md). Up to 1,000 held articles
 * of 5,000 characters is then about 90 MB, leaving room for a write's own garbage.
 */
export const DURABLE_WINDOW: WindowLimits = { articles: 1000, undated: 200 }
