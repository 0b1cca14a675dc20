import { type Comparison, inTurn, median } from '../../../../bench/compare/harness.ts'
import { buildSearchQuery } from '../../src/search/query.ts'
import { BENCH_QUERIES } from '../corpus.ts'
import { load, STORED, startSides, stopSides } from './sides.ts'

const SECONDS = Number(process.env.MARSAD_COMPARE_SECONDS ?? 3)

/**
 * `GET /v1/search` of the bench queries, one connection, against the same database queried directly: FTS5's bm25
 * top 10 of the same MATCH expression, answered as JSON by bare Hono (both sides pay the same HTTP).
 */
const comparison: Comparison = {
  title: `GET /v1/search, 1 connection, ${STORED} articles stored`,
  measures: [
    {
      name: `/v1/search p50, ${STORED} articles, 1 connection`,
      anchor: 'the same database queried directly with FTS5 bm25 top 10',
      unit: 'ms',
      better: 'lower',
      target: 1.5,
    },
    {
      name: 'same, server CPU per search',
      anchor: 'the same database queried directly with FTS5 bm25 top 10',
      unit: 'µs',
      better: 'lower',
    },
  ],
  async start(log) {
    const { api, bare } = await startSides('search', log)
    const apiPaths = BENCH_QUERIES.map((q) => `/v1/search?q=${encodeURIComponent(q)}&limit=10`)
    const ftsPaths = BENCH_QUERIES.map((q) => `/fts?match=${encodeURIComponent(buildSearchQuery(q)!.match)}`)
    return {
      async round(anchorFirst) {
        const { marsad, anchor } = await inTurn(
          anchorFirst,
          () => load(api, apiPaths, 1, SECONDS),
          () => load(bare, ftsPaths, 1, SECONDS),
        )
        if (marsad.failed + anchor.failed > 0) throw new Error('searches failed')
        return [
          { marsad: median(marsad.latencies), anchor: median(anchor.latencies) },
          { marsad: marsad.cpuPerRequest, anchor: anchor.cpuPerRequest },
        ]
      },
      stop: () => stopSides(api, bare),
    }
  },
}
export default comparison
