import { join } from 'node:path'
import { type Comparison, inTurn, median } from '../../../../bench/compare/harness.ts'
import { cpuMicros } from '../../../../bench/compare/proc.ts'
import { buildSite, type SiteServer, siteRoot, startSite } from '../../test/site-server.ts'
import { benchSiteDist, startBenchApi } from '../bench-sides.ts'

// The site's pages rendered on demand against a bare Astro site (`bare-site/`: the same adapter, one route per
// page, a plain fetch of the same API answer and the article's paragraphs as HTML). Both read one API, in this
// process, over the seeds and the test corpus; each site is its own Node server, so its CPU time is its own.

/** Sequential requests of each page per side and round (`MARSAD_COMPARE_PAGE_REQUESTS`). */
const REQUESTS = Number(process.env.MARSAD_COMPARE_PAGE_REQUESTS ?? 200)

interface Timing {
  /** Median time per request, ms. */
  ms: number
  /** The site server's CPU time per request, µs. */
  cpu: number
}

async function time(site: SiteServer, path: string): Promise<Timing> {
  const times: number[] = []
  const cpuBefore = cpuMicros(site.pid)
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now()
    // Identity: the bare site does not compress, and the site compresses only for clients that ask.
    const response = await fetch(site.url + path, { headers: { 'accept-encoding': 'identity' } })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${site.url}${path} answered ${response.status}`)
    times.push(performance.now() - started)
  }
  return { ms: median(times), cpu: (cpuMicros(site.pid) - cpuBefore) / REQUESTS }
}

const comparison: Comparison = {
  title: 'site pages on demand against a bare Astro site',
  rounds: 9,
  measures: ['article', 'story (two outlets)'].flatMap((page) => [
    {
      name: `site ${page} page, time per request (1 connection)`,
      anchor: 'a bare Astro server route of the same API answer',
      unit: 'ms',
      better: 'lower' as const,
      target: 1.3,
    },
    {
      name: `same, site server CPU per request`,
      anchor: 'a bare Astro server route of the same API answer',
      unit: 'µs',
      better: 'lower' as const,
    },
  ]),
  async start(log) {
    const api = await startBenchApi()
    log('  building the site and the bare Astro site')
    const dist = await benchSiteDist()
    const bareDist = join(siteRoot, 'test-results/bench-bare-dist')
    await buildSite({ outDir: bareDist, root: join(import.meta.dirname, 'bare-site') })
    const stories = (await (await fetch(`${api.url}/v1/stories?minArticles=2`)).json()) as {
      items: { id: string }[]
    }
    const paths = [
      '/articles/003_52349cd9e965743e/',
      `/stories/${encodeURIComponent(stories.items.at(-1)!.id)}/`,
    ]
    const site = await startSite({ dist, apiUrl: api.url })
    const bare = await startSite({ dist: bareDist, apiUrl: api.url, readyPath: paths[0] })
    return {
      async round(anchorFirst) {
        const samples = []
        for (const path of paths) {
          const { marsad, anchor } = await inTurn(
            anchorFirst,
            () => time(site, path),
            () => time(bare, path),
          )
          samples.push({ marsad: marsad.ms, anchor: anchor.ms }, { marsad: marsad.cpu, anchor: anchor.cpu })
        }
        return samples
      },
      async stop() {
        await Promise.all([site.close(), bare.close()])
        await api.close()
      },
    }
  },
}

export default comparison
