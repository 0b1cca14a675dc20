import { fork } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, rmSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { env } from 'node:process'
import { Worker } from 'node:worker_threads'
import { coreStories } from '../src/ingest/core-stories.ts'
import { Ingestor } from '../src/ingest/ingestor.ts'
import type { PreparedArticle } from '../src/ingest/prepare.ts'
import { DEFAULT_WINDOW } from '../src/ingest/story-window.ts'
import { REPO_ROOT } from '../src/node/server.ts'
import { createSqlRepository } from '../src/storage/sql-repository.ts'
import { openSqlite } from '../src/storage/sqlite/open.ts'
import { DURABLE_WINDOW } from '../src/worker/limits.ts'
import type { Probe } from './scale-memory.ts'

// `pnpm --filter @marsad/api bench:scale`: the figures of the scale model in the API README. Streams the bench
// corpus (generated articles, dated in time order at MARSAD_SCALE_PER_DAY a day) through the ingest pipeline with
// the core's stories, MARSAD_SCALE_BATCH articles a write, into a new SQLite file, parsing in two worker threads. At
// each size of MARSAD_SCALE_SIZES it reports the stories a write touched, the bytes per article of the story state
// (what the story Durable Object stores) and of the rest (what D1 stores), and the memory of a restarted process's
// first write, with the Node server's window and with the Durable Object's.

const SIZES = (env.MARSAD_SCALE_SIZES ?? '10000,100000').split(',').map(Number)
const PER_DAY = Number(env.MARSAD_SCALE_PER_DAY ?? 1000)
const BATCH = Number(env.MARSAD_SCALE_BATCH ?? 50)
const THREADS = 2
const log = (line: string) => process.stderr.write(`${line}\n`)

const dir = join(REPO_ROOT, '.data/bench-scale')
mkdirSync(dir, { recursive: true })
const dbPath = join(dir, 'scale.sqlite')
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true })
const driver = openSqlite(dbPath)
const ingestor = new Ingestor(createSqlRepository(driver), { stories: coreStories })
log(
  `bench:scale: ${SIZES.join(', ')} articles, ${PER_DAY} a day, ${BATCH} a write (load ${loadavg()[0]!.toFixed(1)})`,
)

/** Prepared articles [from, to), in order, parsed by worker threads a chunk at a time. */
async function* prepared(from: number, to: number): AsyncGenerator<PreparedArticle[]> {
  const chunk = BATCH
  const per = Math.ceil((to - from) / THREADS)
  const queues = Array.from({ length: THREADS }, (_, t) => {
    const start = from + t * per
    const worker = new Worker(new URL('./scale-prepare.ts', import.meta.url), {
      workerData: { from: start, to: Math.min(to, start + per), chunk, perDay: PER_DAY },
    })
    const chunks: PreparedArticle[][] = []
    let wake: (() => void) | undefined
    worker.on('message', (batch: PreparedArticle[]) => {
      chunks.push(batch)
      wake?.()
    })
    // Ahead by at most a few chunks: the parsed articles of a whole range would fill memory.
    return { worker, chunks, wait: () => new Promise<void>((resolve) => (wake = resolve)), start }
  })
  // Writes keep time order: each thread's range is taken whole, one after the other, while the others parse ahead.
  for (const queue of queues) {
    const end = Math.min(to, queue.start + per)
    for (let done = queue.start; done < end; ) {
      while (queue.chunks.length === 0) await queue.wait()
      const batch = queue.chunks.shift()!
      done += batch.length
      yield batch
    }
    await queue.worker.terminate()
  }
}

/** A restarted process's first write with a window of `window` articles, or, with none, the whole corpus held. */
async function probe(stored: number, window?: number): Promise<Probe> {
  const [script, args] =
    window === undefined
      ? ['./scale-whole.ts', [dbPath]]
      : ['./scale-probe.ts', [dbPath, String(stored), String(PER_DAY), String(window)]]
  const child = fork(new URL(script, import.meta.url), args, {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const [reply] = (await once(child, 'message')) as [Probe]
  return reply
}

function tableBytes(prefix: 'story' | 'other'): number {
  const rows = driver.db
    .prepare(`SELECT sum(pgsize) AS bytes FROM dbstat WHERE (name LIKE 'story\\_%' ESCAPE '\\') = ?`)
    .get(prefix === 'story' ? 1 : 0) as { bytes: number }
  return rows.bytes
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)
let stored = 0
let writes = 0
let touched = 0
let cpu = 0
for (const size of SIZES) {
  for await (const batch of prepared(stored, size)) {
    const start = process.cpuUsage()
    const outcomes = await ingestor.ingestPrepared(batch)
    const used = process.cpuUsage(start)
    cpu += used.user + used.system
    touched += new Set(outcomes.map((o) => o.storyId)).size
    writes++
    stored += batch.length
    if (stored % 10_000 === 0) log(`  ${stored} articles, held ${ingestor.heldArticles}`)
  }
  driver.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  const storyBytes = tableBytes('story')
  const otherBytes = tableBytes('other')
  const node = await probe(stored, DEFAULT_WINDOW.articles)
  const durable = await probe(stored, DURABLE_WINDOW.articles)
  const whole = await probe(stored)
  const stories = driver.db.prepare('SELECT count(*) AS n, max(size) AS largest FROM stories').get() as {
    n: number
    largest: number
  }
  console.log(
    [
      `${stored} articles (${(stored / PER_DAY).toFixed(0)} days), ${stories.n} stories (largest ${stories.largest})`,
      `  stories touched per write of ${BATCH}: ${(touched / writes).toFixed(1)}; ingest CPU ${(cpu / stored / 1000).toFixed(1)} ms/article (parse excluded)`,
      `  story state (Durable Object storage): ${mb(storyBytes)} MB, ${(storyBytes / stored).toFixed(0)} B/article`,
      `  articles, search, entities, stories (D1): ${mb(otherBytes)} MB, ${(otherBytes / stored / 1024).toFixed(1)} kB/article; file ${mb(statSync(dbPath).size)} MB`,
      `  restarted Node process, first write (window ${DEFAULT_WINDOW.articles}): RSS ${mb(node.rssBefore)} → ${mb(node.rss)} MB, heap ${mb(node.heapBefore)} → ${mb(node.heap)} MB, holds ${node.held}, ${node.ms.toFixed(0)} ms`,
      `  Durable Object window (${DURABLE_WINDOW.articles}): heap ${mb(durable.heapBefore)} → ${mb(durable.heap)} MB, holds ${durable.held}, ${durable.ms.toFixed(0)} ms`,
      `  before the window (every article held, as a first write used to): RSS ${mb(whole.rssBefore)} → ${mb(whole.rss)} MB, heap ${mb(whole.heapBefore)} → ${mb(whole.heap)} MB, ${whole.ms.toFixed(0)} ms`,
    ].join('\n'),
  )
  stored += 2
}
log(`load ${loadavg()[0]!.toFixed(1)}`)
driver.db.close()
