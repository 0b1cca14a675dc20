import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { viteAliases } from './test/wrangler-alias.ts'

const migrations = fileURLToPath(new URL('./src/storage/schema', import.meta.url))

// Two projects, both run by `vitest run`: the API on Node (node:sqlite, loopback HTTP) and the Worker in workerd
// (D1, through the Cloudflare plugin).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/node/**/*.test.ts'],
          exclude: ['src/worker/**'],
          // A guard against hangs, not a speed target: servers that ingest the seeds passed 30 s at a load average of 16.
          testTimeout: 120_000,
          // Hooks start servers (migrations, worker threads) and post fixtures: on a loaded machine more than 10 s.
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [
          // SQL files as their text, as wrangler.toml's `Text` rule bundles them.
          {
            name: 'sql-text',
            transform: (code: string, id: string) =>
              id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)}`, map: null } : undefined,
          },
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                MARSAD_API_TOKEN: 'worker-test-token',
                // The API's own tests ingest directly; test/worker/queue.test.ts runs the queue.
                MARSAD_INGEST: 'direct',
                TEST_MIGRATIONS: await readD1Migrations(migrations),
              },
              // A small limit of the binding's own, so that a test reaches it in three writes.
              ratelimits: { TEST_WRITE_LIMITER: { namespace_id: '1002', simple: { limit: 2, period: 60 } } },
              // Every fetch of the Worker comes here: loopback (the feed poller's test site) is fetched as asked,
              // redirects left to the Worker; anything else is refused, never sent.
              outboundService: (request: Request) => {
                if (new URL(request.url).hostname !== '127.0.0.1') {
                  return new Response('refused: tests reach loopback only', {
                    status: 502,
                    headers: { 'X-Refused': 'not-loopback' },
                  })
                }
                return fetch(request.url, {
                  method: request.method,
                  headers: request.headers,
                  redirect: 'manual',
                })
              },
            },
          })),
        ],
        // wrangler.toml's `alias` (zod without its other locales), as wrangler bundles the Worker.
        resolve: { alias: viteAliases() },
        test: {
          name: 'workers',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['./test/worker/apply-migrations.ts'],
          globalSetup: ['./test/worker/feed-site.setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
