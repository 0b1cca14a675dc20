import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { env } from 'node:process'
import { Worker } from 'node:worker_threads'
import { createApp } from '../src/app.ts'
import { coreStories } from '../src/ingest/core-stories.ts'
import { Ingestor } from '../src/ingest/ingestor.ts'
import type { PreparedArticle } from '../src/ingest/prepare.ts'
import { REPO_ROOT } from '../src/node/server.ts'
import { createSqlRepository } from '../src/storage/sql-repository.ts'
import { openSqlite } from '../src/storage/sqlite/open.ts'
import { BENCH_QUERIES } from './corpus.ts'

// The ingest and search points of the scaling curves (`pnpm bench:curves`). Streams the scale bench's corpus (one
// event per four articles, 1,000 a day) through the Ingestor with the core's stories into a new SQLite file, 50
// articles a write, parsed ahead in a worker thread. When argv's sizes are stored it measures the CPU time of
// writing the next 1,000 articles (parsing excluded) and the p50 CPU time of `GET /v1/search` (in process, each
// query of the bench corpus several times), and prints one JSON line per size. Stops after MARSAD_CURVES_SECONDS
// of wall time at the first size it then reaches. CPU times are this thread's (the parsing worker's are left out); RSS
// is the whole process's, the worker included.
const sizes = process.argv.slice(2).map(Number)
const budget = Number(env.MARSAD_CURVES_SECONDS ?? 480) * 1000
const BATCH = 50
const BLOCK = 1000
const SEARCH_ROUNDS = 5

const dir = join(REPO_ROOT, '.data/bench-curves')
mkdirSync(dir, { recursive: true })
// One file per run: two runs side by side must not delete each other's database.
const dbPath = join(dir, `ingest-${process.pid}.sqlite`)
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true })
const repo = createSqlRepository(openSqlite(dbPath))
const ingestor = new Ingestor(repo, { stories: coreStories })
const app = createApp({ repo })

const worker = new Worker(new URL('./curve-prepare.ts', import.meta.url), {
  workerData: { chunk: BATCH, perDay: 1000 },
})
const ready: PreparedArticle[][] = []
let wake: (() => void) | undefined
worker.on('message', (batch: PreparedArticle[]) => {
  ready.push(batch)
  wake?.()
})
worker.on('error', (error) => {
  throw error
})
const AHEAD = 4
for (let i = 0; i < AHEAD; i++) worker.postMessage('next')

/** Writes the next batch and returns the CPU time of the write in milliseconds. */
async function writeBatch(): Promise<number> {
  while (ready.length === 0) await new Promise<void>((resolve) => (wake = resolve))
  const batch = ready.shift()!
  worker.postMessage('next')
  const start = process.threadCpuUsage()
  await ingestor.ingestPrepared(batch)
  const used = process.threadCpuUsage(start)
  return (used.user + used.system) / 1000
}

async function searchP50(): Promise<number> {
  const times: number[] = []
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const query of BENCH_QUERIES) {
      const start = process.threadCpuUsage()
      const response = await app.request(`/v1/search?q=${encodeURIComponent(query)}`)
      if (response.status !== 200) throw new Error(`search "${query}" answered ${response.status}`)
      await response.arrayBuffer()
      const used = process.threadCpuUsage(start)
      // The first round warms the statement cache and the JIT.
      if (round > 0) times.push((used.user + used.system) / 1000)
    }
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

const started = performance.now()
let stored = 0
for (const size of sizes) {
  while (stored < size) {
    await writeBatch()
    stored += BATCH
  }
  const search = await searchP50()
  let cpu = 0
  for (let written = 0; written < BLOCK; written += BATCH) cpu += await writeBatch()
  stored += BLOCK
  const rss = process.memoryUsage().rss
  process.stdout.write(`${JSON.stringify({ size, ingestMsPer1000: cpu, searchP50Ms: search, rss })}\n`)
  if (performance.now() - started > budget) {
    process.stderr.write(`ingest-curve: stopped after ${size} stored (budget ${budget / 1000} s)\n`)
    break
  }
}
await worker.terminate()
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true })
