import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

/** The most the Worker may weigh, minified and gzipped. About 315 KB in December 2026: 40 KB of it zod's locales, which
 * `@hono/zod-openapi` keeps by handing the whole `z` namespace to `extendZodWithOpenApi`, 31 KB `@marsad/web`
 * (htmlparser2, its entity tables, and the page reading) since the API takes news pages, about 22 KB the feed
 * poller's XML parser (fast-xml-parser, for its well-formedness errors), and the ingest queue's consumer with the
 * story Durable Object and its schema. The comparison's pairing of quantities (the learned decision over value pairs,
 * match results, elimination) added 4.0 KB in round 8 (327.7 → 331.7 KB). Round 9 added 0.5 KB (335.7 → 336.3 KB):
 * the story index's second pass for small groups (0.35 KB, off by default) and two readings of goal minutes.
 * Cloudflare's own limit is 3 MB gzipped on the Free plan. */
const CEILING = 337_000

describe('the Worker bundle', () => {
  it(`stays within ${CEILING / 1000} KB gzipped as wrangler would bundle it, minified`, async () => {
    const result = await build({
      entryPoints: [new URL('../../src/worker/index.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['workerd', 'worker', 'browser'],
      external: ['cloudflare:*'],
      charset: 'utf8',
      loader: { '.sql': 'text' },
      write: false,
      logLevel: 'silent',
    })
    const [output] = result.outputFiles
    expect(gzipSync(output!.contents, { level: 9 }).length).toBeLessThanOrEqual(CEILING)
  })
})
