import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from '../src/node/server.ts'
import { startFeedServer } from '../test/feeds/feed-server.ts'
import { OUTLET, sampleSite } from '../test/feeds/sample-site.ts'

// `pnpm --filter @marsad/api feeds:demo`: the sample Arabic site of the poller's tests on 127.0.0.1:8790 (the
// address sources.sample.json names), and the API on a throwaway database polling it every 30 seconds. Nothing
// leaves this machine.

const SAMPLE = fileURLToPath(new URL('../sources.sample.json', import.meta.url))
const site = await startFeedServer({}, 8790)
for (const [path, route] of Object.entries(sampleSite(site.url))) site.routes.set(path, route)
site.routes.set('/', {
  headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  body: `${OUTLET}: موقع تجريبي على هذا الجهاز`,
})

const dir = mkdtempSync(join(tmpdir(), 'marsad-feeds-demo-'))
const server = await startServer({
  port: Number(process.env.PORT ?? 8787),
  dbPath: join(dir, 'marsad.sqlite'),
  seeds: false,
  token: process.env.MARSAD_API_TOKEN || undefined,
  writeRate: false,
  sources: SAMPLE,
  // The sample site is on this machine, which the poller otherwise refuses to read.
  poll: { intervalMs: 30_000, contact: 'http://127.0.0.1:8787/docs', privateHosts: true },
})
const id = encodeURIComponent(OUTLET)
console.log(`the sample site: ${site.url} (feeds in ${SAMPLE})`)
console.log(`Marsad API: ${server.url}, polling every 30 s; in another shell:`)
console.log(
  `  curl -s ${server.url}/v1/sources/${id}    # feeds, last success, last error, items seen and ingested`,
)
console.log(`  curl -s ${server.url}/v1/articles         # the pages stored`)
console.log('Ctrl-C stops both.')

const stop = async () => {
  await server.close()
  await site.close()
  rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
