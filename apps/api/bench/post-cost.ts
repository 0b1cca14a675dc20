import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { env } from 'node:process'
import { coreStories } from '../src/ingest/core-stories.ts'
import { Ingestor } from '../src/ingest/ingestor.ts'
import { createSqlRepository } from '../src/storage/sql-repository.ts'
import { openSqlite } from '../src/storage/sqlite/open.ts'
import { benchArticle } from './corpus.ts'

// CPU time of the ingest call for single-article and batch POSTs on a copy of one stored database of
// MARSAD_POST_ARTICLES generated articles with their stories (built once under .data/bench-post/), after one
// unmeasured write that restores the story index as a server's first write does.

const ARTICLES = Number(env.MARSAD_POST_ARTICLES ?? 2000)
const SINGLES = 20
const BATCHES = 5
const BATCH = 10
const dir = join(import.meta.dirname, '../../../.data/bench-post')
const base = join(dir, `base-${ARTICLES}.sqlite`)

if (!existsSync(base)) {
  mkdirSync(dir, { recursive: true })
  const ingestor = new Ingestor(createSqlRepository(openSqlite(`${base}.building`)), { stories: coreStories })
  for (let from = 0; from < ARTICLES; from += 500) {
    const size = Math.min(500, ARTICLES - from)
    await ingestor.ingest(Array.from({ length: size }, (_, i) => benchArticle(from + i)))
  }
  copyFileSync(`${base}.building`, base)
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${base}.building${suffix}`, { force: true })
}

const copy = join(dir, 'run.sqlite')
for (const suffix of ['-wal', '-shm']) rmSync(copy + suffix, { force: true })
copyFileSync(base, copy)
const ingestor = new Ingestor(createSqlRepository(openSqlite(copy)), { stories: coreStories })
let next = 1_000_000
const fresh = (n: number) =>
  Array.from({ length: n }, () => ({ ...benchArticle(next), id: `post-${next++}` }))
await ingestor.ingest(fresh(1))

async function measure(size: number, times: number): Promise<string> {
  const cpu: number[] = []
  for (let i = 0; i < times; i++) {
    const batch = fresh(size)
    const start = process.cpuUsage()
    await ingestor.ingest(batch)
    const used = process.cpuUsage(start)
    cpu.push((used.user + used.system) / 1000)
  }
  cpu.sort((a, b) => a - b)
  const median = cpu[Math.floor(cpu.length / 2)]!
  return `${times} POSTs of ${size}: CPU ms min ${cpu[0]!.toFixed(1)}, median ${median.toFixed(1)}, max ${cpu.at(-1)!.toFixed(1)}`
}

console.log(`post-cost on ${ARTICLES} articles`)
console.log(await measure(1, SINGLES))
console.log(await measure(BATCH, BATCHES))
