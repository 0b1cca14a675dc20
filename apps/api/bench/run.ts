import { fork } from 'node:child_process'
import { once } from 'node:events'
import { availableParallelism, loadavg } from 'node:os'
import autocannon from 'autocannon'
import { REPO_ROOT } from '../src/node/server.ts'
import { benchDatabase } from './build-db.ts'
import { BENCH_QUERIES } from './corpus.ts'

// `pnpm bench`: throughput and latency of article reads and search on a large database over loopback, each as a
// ratio to a bare Hono handler answering the same bytes in the same run. Bounded: about a minute once the database
// exists (the first run builds it). Results go to stdout as a table; progress to stderr.

const SIZE = Number(process.env.MARSAD_BENCH_ARTICLES ?? 100_000)
const SECONDS = Number(process.env.MARSAD_BENCH_SECONDS ?? 8)
const CONNECTIONS = 50
const ROUNDS = 4
const log = (line: string) => process.stderr.write(`${line}\n`)

const deadline = setTimeout(() => {
  log('bench: over its 170 s budget, stopping')
  process.exit(1)
}, 170_000)

log(`bench: database of ${SIZE} articles`)
const dbPath = await benchDatabase(`${REPO_ROOT}.data/bench`, SIZE, log)
const ids = Array.from({ length: 10_000 }, (_, i) => `bench-${(i * 7919) % SIZE}`)
const searchPaths = BENCH_QUERIES.map((q) => `/v1/search?q=${encodeURIComponent(q)}`)

const child = fork(new URL('./server.ts', import.meta.url), [dbPath, ids[0]!, searchPaths[0]!], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})
const [ports] = (await once(child, 'message')) as [{ api: number; baseline: number }]

interface Row {
  name: string
  rps: number
  /** Server CPU time per request, in microseconds. */
  cpu: number
  p50: number
  p95?: number
  p99: number
  /**
   * 95th percentile of each request's CPU time in its handler, in milliseconds; single-connection loads only (under
   * concurrency a handler's awaits let other requests run, and their time would be counted too).
   */
  handlerP95?: number
  bad: number
}

async function serverCpu(): Promise<number> {
  child.send('cpu')
  const [reply] = (await once(child, 'message')) as [{ cpu: number }]
  return reply.cpu
}

/** Each request's CPU time in its handler (µs) since the last call. */
async function handlerTimes(): Promise<number[]> {
  child.send('handled')
  const [reply] = (await once(child, 'message')) as [{ handled: number[] }]
  return reply.handled
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}

interface Load {
  name: string
  port: number
  paths: string[]
  connections?: number
}

/**
 * Measures loads in `ROUNDS` alternating rounds after a short warm-up, so that a change in what else the machine is
 * doing weighs on a handler and its bare baseline alike. Every latency is recorded, for exact percentiles.
 */
async function measure(...loads: Load[]): Promise<Row[]> {
  const state = loads.map(() => ({
    requests: 0,
    seconds: 0,
    bad: 0,
    cpu: 0,
    latencies: [] as number[],
    handled: [] as number[],
  }))
  const options = (load: Load) => {
    let n = 0
    return {
      url: `http://127.0.0.1:${load.port}`,
      connections: load.connections ?? CONNECTIONS,
      requests: [
        {
          setupRequest: (request: { path: string }) => ({
            ...request,
            path: load.paths[n++ % load.paths.length]!,
          }),
        },
      ],
    }
  }
  for (const load of loads) await autocannon({ ...options(load), duration: 1 })
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, load] of loads.entries()) {
      await handlerTimes()
      const before = await serverCpu()
      const instance = autocannon({ ...options(load), duration: SECONDS / ROUNDS })
      instance.on('response', (_client, _status, _bytes, ms) => state[i]!.latencies.push(ms))
      const result = await instance
      state[i]!.cpu += (await serverCpu()) - before
      state[i]!.handled.push(...(await handlerTimes()))
      state[i]!.requests += result.requests.total
      state[i]!.seconds += result.duration
      state[i]!.bad += result.errors + result.timeouts + result.non2xx
    }
  }
  return loads.map((load, i) => {
    const { requests, seconds, bad, cpu, latencies, handled } = state[i]!
    latencies.sort((a, b) => a - b)
    handled.sort((a, b) => a - b)
    const at = (q: number) => percentile(latencies, q)
    log(`  ${load.name}: ${Math.round(requests / seconds)} req/s`)
    return {
      name: load.name,
      rps: requests / seconds,
      cpu: cpu / requests,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      ...(load.connections === 1 && { handlerP95: percentile(handled, 0.95) / 1000 }),
      bad,
    }
  })
}

// The machine's load is part of the result: latencies on shared cores are the queue's as much as the server's.
const loadBefore = loadavg()[0]!
log('bench: loading')
const [bareArticle, article] = await measure(
  { name: 'bare Hono, article bytes', port: ports.baseline, paths: ['/article'] },
  { name: 'GET /v1/articles/{id}', port: ports.api, paths: ids.map((id) => `/v1/articles/${id}`) },
)
const [bareSearch, search] = await measure(
  { name: 'bare Hono, search bytes', port: ports.baseline, paths: ['/search'] },
  { name: 'GET /v1/search', port: ports.api, paths: searchPaths },
)
const [searchAlone] = await measure({
  name: 'GET /v1/search, 1 connection',
  port: ports.api,
  paths: searchPaths,
  connections: 1,
})
child.kill()
clearTimeout(deadline)

const ms = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2))
const rows: [Row, Row | undefined][] = [
  [bareArticle, undefined],
  [article, bareArticle],
  [bareSearch, undefined],
  [search, bareSearch],
  [searchAlone, undefined],
]
const loadAfter = loadavg()[0]!
console.log(
  `\nMarsad API on loopback: ${SIZE} articles, ${CONNECTIONS} connections unless said, ${SECONDS} s each; ${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after\n`,
)
console.log(
  '| load | req/s | ratio to bare | CPU µs/req | CPU ratio | p50 ms | p95 ms | p99 ms | handler CPU p95 ms | errors |',
)
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const [row, bare] of rows) {
  const ratio = bare ? (row.rps / bare.rps).toFixed(2) : ''
  const cpuRatio = bare ? (bare.cpu / row.cpu).toFixed(2) : ''
  console.log(
    `| ${row.name} | ${Math.round(row.rps)} | ${ratio} | ${Math.round(row.cpu)} | ${cpuRatio} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ${ms(row.handlerP95)} | ${row.bad} |`,
  )
}
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met')
console.log('')
console.log(
  `- article reads ≥ 0.5 × bare: ${(article.rps / bareArticle.rps).toFixed(2)} (${verdict(article.rps >= 0.5 * bareArticle.rps)})`,
)
console.log(
  `- article p99 < 10 ms at ${CONNECTIONS} connections: ${ms(article.p99)} ms (${verdict(article.p99 < 10)})`,
)
console.log(
  `- search p95 < 20 ms on ${SIZE} articles: ${ms(searchAlone.p95)} ms alone, ${ms(search.p95)} ms at ${CONNECTIONS} connections (${verdict((searchAlone.p95 ?? 0) < 20)}); handler CPU p95 ${ms(searchAlone.handlerP95)} ms`,
)
