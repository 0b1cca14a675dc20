import { join } from 'node:path'
import { startServer } from '@marsad/api/node'
import { buildSite, siteRoot } from '../test/site-server.ts'

// What the site's benches share: the API over the seeds and the test corpus, and the site's Node build.

/** The API in this process on a free port, over a throwaway database of the seeds and `test/fixtures/corpus`. */
export function startBenchApi() {
  return startServer({
    port: 0,
    dbPath: ':memory:',
    writeRate: false,
    corpus: [join(siteRoot, 'test/fixtures/corpus')],
    log: () => {},
  })
}

/** The site's Node build: `MARSAD_SITE_TEST_DIST` when given (it holds no data), else built now. */
export async function benchSiteDist(): Promise<string> {
  if (process.env.MARSAD_SITE_TEST_DIST) return process.env.MARSAD_SITE_TEST_DIST
  const dist = join(siteRoot, 'test-results/bench-dist')
  await buildSite({ outDir: dist })
  return dist
}
