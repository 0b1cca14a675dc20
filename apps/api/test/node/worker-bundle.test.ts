import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

/** The most the Worker may weigh, minified and gzipped. About 268 KB in December 2026: 40 KB of it zod's locales, which
 * `@hono/zod-openapi` keeps by handing the whole `z` namespace to `extendZodWithOpenApi`, and 32 KB `@marsad/web`
 * (htmlparser2, its entity tables, and the page reading) since the API takes news pages. */
const CEILING = 290_000

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
      write: false,
      logLevel: 'silent',
    })
    const [output] = result.outputFiles
    expect(gzipSync(output!.contents, { level: 9 }).length).toBeLessThanOrEqual(CEILING)
  })
})
