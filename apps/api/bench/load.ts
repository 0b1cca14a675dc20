import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { REPO_ROOT } from '../src/node/server.ts'
import { BENCH_QUERIES, benchArticle } from './corpus.ts'

// `pnpm bench:load` (not part of `pnpm test`): a load and soak run against the Node server on loopback. Article
// reads, lists, searches and authenticated writes and deletes, each at a fixed rate whatever the answers' speed
// (open loop), for MARSAD_LOAD_SECONDS (default 180). Reports throughput, latency, errors and the server's memory
// over time, and writes them into BENCHMARKS.md between its `load` markers. Progress goes to stderr.

const env = process.env
const SECONDS = Number(env.MARSAD_LOAD_SECONDS ?? 180)
const ARTICLES = Number(env.MARSAD_LOAD_ARTICLES ?? 2000)
/** Multiplies every rate. */
const SCALE = Number(env.MARSAD_LOAD_SCALE ?? 1)
const SAMPLE_EVERY = 15
/** Requests still unanswered past this are not sent: the load generator would only measure its own queue. */
const MAX_IN_FLIGHT = 256
/** Articles the writes keep alive: each POST past this many is matched by a DELETE of the oldest. */
const LIVE_WRITES = 20
const TOKEN = randomBytes(24).toString('base64url')
const log = (line: string) => process.stderr.write(`${line}\n`)

if (!(SECONDS > 0 && ARTICLES >= 0 && SCALE > 0)) {
  log('bench:load: MARSAD_LOAD_SECONDS and MARSAD_LOAD_SCALE must be positive, MARSAD_LOAD_ARTICLES a count')
  process.exit(2)
}
const deadline = setTimeout(
  () => {
    log('bench:load: over its time budget, stopping')
    process.exit(1)
  },
  (SECONDS + 240) * 1000,
)
deadline.unref()

const dir = join(REPO_ROOT, '.data/bench-load')
const dbPath = join(dir, 'load.sqlite')
const corpus = join(dir, 'corpus.jsonl')
mkdirSync(dir, { recursive: true })
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true })
writeFileSync(corpus, Array.from({ length: ARTICLES }, (_, i) => JSON.stringify(benchArticle(i))).join('\n'))

log(`bench:load: starting the server and ingesting ${ARTICLES} articles`)
const started = performance.now()
const server = fork(new URL('./load-server.ts', import.meta.url), [dbPath, corpus, TOKEN], {
  execArgv: ['--expose-gc'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})
const [{ url }] = (await once(server, 'message')) as [{ url: string }]
log(
  `bench:load: ready in ${((performance.now() - started) / 1000).toFixed(1)} s on ${url}; loading for ${SECONDS} s`,
)

interface Sample {
  t: number
  rss: number
  heapUsed: number
  heapTotal: number
  external: number
  cpu: number
  /** Longest the server's event loop was held since the previous sample, in ms. */
  blocked: number
}
async function sample(t: number): Promise<Sample> {
  server.send('sample')
  const [reply] = (await once(server, 'message')) as [Omit<Sample, 't'>]
  return { t, ...reply }
}

interface Load {
  name: string
  rate: number
  /** The request to send, or undefined when there is nothing to do this time (no article to delete yet). */
  next(n: number): { path: string; init?: RequestInit; done?: (ok: boolean) => void } | undefined
}

const authorized = { Authorization: `Bearer ${TOKEN}` }
const sources = ['وكالة الأنباء', 'صحيفة الرصد', 'الإذاعة الوطنية']
const created: string[] = []
let writes = 0
const RATES: Load[] = [
  {
    name: 'GET /v1/articles/{id}',
    rate: 20,
    next: (n) => ({ path: `/v1/articles/bench-${(n * 7919) % Math.max(ARTICLES, 1)}` }),
  },
  {
    name: 'GET lists (articles, stories, entities)',
    rate: 8,
    next: (n) => ({
      path: [
        '/v1/articles?limit=20',
        `/v1/articles?source=${encodeURIComponent(sources[n % sources.length]!)}`,
        '/v1/stories?limit=20',
        '/v1/entities?limit=20',
        '/health',
      ][n % 5]!,
    }),
  },
  {
    name: 'GET /v1/search',
    rate: 5,
    next: (n) => ({ path: `/v1/search?q=${encodeURIComponent(BENCH_QUERIES[n % BENCH_QUERIES.length]!)}` }),
  },
  {
    name: 'POST /v1/articles (one article)',
    rate: 0.5,
    next: () => {
      const article = { ...benchArticle(1_000_000 + writes), id: `load-${writes++}` }
      return {
        path: '/v1/articles',
        init: {
          method: 'POST',
          headers: { ...authorized, 'Content-Type': 'application/json' },
          body: JSON.stringify(article),
        },
        done: (ok) => ok && created.push(article.id),
      }
    },
  },
  {
    name: 'DELETE /v1/articles/{id}',
    rate: 0.5,
    next: () => {
      if (created.length <= LIVE_WRITES) return undefined
      return { path: `/v1/articles/${created.shift()}`, init: { method: 'DELETE', headers: authorized } }
    },
  },
]
const LOADS = RATES.map((load) => ({ ...load, rate: load.rate * SCALE }))

const stats = LOADS.map(() => ({
  sent: 0,
  latencies: [] as number[],
  errors: 0,
  statuses: new Map<string, number>(),
}))
let inFlight = 0
let notSent = 0

function fire(index: number, n: number): void {
  const request = LOADS[index]!.next(n)
  if (!request) return
  if (inFlight >= MAX_IN_FLIGHT) {
    notSent++
    return
  }
  const stat = stats[index]!
  stat.sent++
  inFlight++
  const start = performance.now()
  fetch(`${url}${request.path}`, request.init)
    .then(async (res) => {
      await res.arrayBuffer()
      return String(res.status)
    })
    .catch((error: Error) => `network error: ${(error.cause as Error | undefined)?.message ?? error.message}`)
    .then((status) => {
      inFlight--
      stat.latencies.push(performance.now() - start)
      stat.statuses.set(status, (stat.statuses.get(status) ?? 0) + 1)
      const ok = /^[23]\d\d$/.test(status)
      if (!ok) stat.errors++
      request.done?.(ok)
    })
}

const generatorDelay = monitorEventLoopDelay({ resolution: 10 })
generatorDelay.enable()
const loadAverage = loadavg()[0]!
const samples: Sample[] = [await sample(0)]
const begin = performance.now()
const due = LOADS.map(() => 0)
await new Promise<void>((resolve) => {
  let nextSample = SAMPLE_EVERY
  let sampling = false
  const timer = setInterval(() => {
    const elapsed = (performance.now() - begin) / 1000
    if (elapsed >= SECONDS) {
      clearInterval(timer)
      resolve()
      return
    }
    for (const [i, load] of LOADS.entries()) {
      const target = Math.floor(elapsed * load.rate)
      while (due[i]! < target) fire(i, due[i]++)
    }
    if (elapsed >= nextSample && !sampling) {
      sampling = true
      const t = Math.round(elapsed)
      nextSample += SAMPLE_EVERY
      sample(t).then((s) => {
        samples.push(s)
        sampling = false
        log(
          `  ${t} s: ${stats.reduce((sum, s) => sum + s.sent, 0)} requests, RSS ${mb(s.rss)} MB, heap ${mb(s.heapUsed)} MB`,
        )
      })
    }
  }, 5)
})
const elapsed = (performance.now() - begin) / 1000
const generatorBlocked = generatorDelay.max / 1e6
while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20))
samples.push(await sample(Math.round(elapsed)))
server.disconnect()
await once(server, 'exit')

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}
function percentile(sorted: number[], q: number): string {
  if (sorted.length === 0) return '–'
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!.toFixed(1)
}
/** Least-squares slope of `value` over time, per minute. */
function slope(points: { t: number; value: number }[]): number {
  const n = points.length
  const mt = points.reduce((s, p) => s + p.t, 0) / n
  const mv = points.reduce((s, p) => s + p.value, 0) / n
  const num = points.reduce((s, p) => s + (p.t - mt) * (p.value - mv), 0)
  const den = points.reduce((s, p) => s + (p.t - mt) ** 2, 0)
  return den === 0 ? 0 : (num / den) * 60
}

const all = stats.flatMap((s) => s.latencies).sort((a, b) => a - b)
const total = stats.reduce((sum, s) => sum + s.sent, 0)
const errors = stats.reduce((sum, s) => sum + s.errors, 0)
const rows = LOADS.map((load, i) => {
  const s = stats[i]!
  const sorted = [...s.latencies].sort((a, b) => a - b)
  const statuses = [...s.statuses].map(([status, count]) => `${status} ×${count}`).join(', ')
  return `| ${load.name} | ${load.rate} | ${s.sent} | ${(s.sent / elapsed).toFixed(1)} | ${percentile(sorted, 0.5)} | ${percentile(sorted, 0.99)} | ${percentile(sorted, 1)} | ${s.errors} | ${statuses} |`
})
const loaded = samples.slice(1)
const memoryRows = samples.map((s, i) => {
  const previous = samples[i - 1]
  const cpu = previous ? (((s.cpu - previous.cpu) / 1e6 / (s.t - previous.t || 1)) * 100).toFixed(0) : '–'
  return `| ${s.t} | ${mb(s.rss)} | ${mb(s.heapUsed)} | ${mb(s.heapTotal)} | ${mb(s.external)} | ${cpu} | ${i === 0 ? '–' : s.blocked.toFixed(0)} |`
})
const heapSlope = slope(loaded.map((s) => ({ t: s.t, value: s.heapUsed / 1024 / 1024 })))
const rssSlope = slope(loaded.map((s) => ({ t: s.t, value: s.rss / 1024 / 1024 })))
const cpu = cpus()

const report = `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, load average ${loadAverage.toFixed(1)} at the start. ${SECONDS} s of load on a database of ${ARTICLES} generated articles and the seeds; the server in its own process, the load generator in another, over loopback.

| requests | rate/s (fixed) | sent | answered/s | p50 ms | p99 ms | max ms | errors | statuses |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}
| **all** | ${LOADS.reduce((s, l) => s + l.rate, 0)} | ${total} | ${(total / elapsed).toFixed(1)} | ${percentile(all, 0.5)} | ${percentile(all, 0.99)} | ${percentile(all, 1)} | ${errors} | |

Errors: **${errors}** of ${total} requests; not sent because ${MAX_IN_FLIGHT} were already waiting: **${notSent}**.

The server's memory every ${SAMPLE_EVERY} s (heap: what is alive after a forced garbage collection), its CPU use over
each interval (100% = one core), and the longest its event loop was held in the interval. The load generator's own
event loop was held at most ${generatorBlocked.toFixed(0)} ms (its lateness adds to every latency above):

| t (s) | RSS MB | heap used MB | heap reserved MB | outside the heap MB | CPU % | loop held, max ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${memoryRows.join('\n')}

Trend under load (least squares over the samples after the start): heap ${heapSlope >= 0 ? '+' : ''}${heapSlope.toFixed(2)} MB/min, RSS ${rssSlope >= 0 ? '+' : ''}${rssSlope.toFixed(2)} MB/min.`

process.stdout.write(`${report}\n`)

const benchmarks = join(REPO_ROOT, 'BENCHMARKS.md')
const START = '<!-- load:start (written by pnpm bench:load) -->'
const END = '<!-- load:end -->'
const current = existsSync(benchmarks) ? readFileSync(benchmarks, 'utf8') : '# Benchmarks\n'
const from = current.indexOf(START)
const to = current.indexOf(END)
const section = `${START}\n${report}\n${END}`
writeFileSync(
  benchmarks,
  from >= 0 && to > from
    ? `${current.slice(0, from)}${section}${current.slice(to + END.length)}`
    : `${current.trimEnd()}\n\n## Load and soak (\`pnpm bench:load\`)\n\n${section}\n`,
)
log(`bench:load: figures written to ${benchmarks}`)
process.exit(errors === 0 && notSent === 0 ? 0 : 1)
