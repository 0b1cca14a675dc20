import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { registerPlaces } from '@marsad/core'
import { arabPlaces } from '@marsad/core/places'
import { coreStories } from '../src/ingest/core-stories.ts'
import { modelFingerprint } from '../src/ingest/fingerprint.ts'
import { sha256Hex } from '../src/ingest/hash.ts'
import { Ingestor } from '../src/ingest/ingestor.ts'
import { prepareArticle } from '../src/ingest/prepare.ts'
import type { ArticleWrite } from '../src/storage/repository.ts'
import { createSqlRepository } from '../src/storage/sql-repository.ts'
import { migrationFiles } from '../src/storage/sqlite/migrate.ts'
import { openSqlite } from '../src/storage/sqlite/open.ts'
import { benchArticle } from './corpus.ts'

const CHUNK = 1000

// As the Node server does (`startServer`): the model fingerprint the file records must be the one the API computes,
// or the API re-parses every stored article when it opens the file.
registerPlaces(arabPlaces)

/**
 * The path of a SQLite database holding `size` bench articles, built once and kept under `dir`. Its name carries a
 * fingerprint of the schema and of what the core makes of an article, so a change to either builds a new one.
 * Articles go in through the repository's own write path, all but the last without stories; the last goes in
 * through the `Ingestor`, as the API writes, which clusters the stored articles once and records their stories and
 * the story state. A server opening the file then starts from its story window, as one that had written every
 * article would: without that state its first write would be the one-time build of the stories of the whole corpus.
 */
export async function benchDatabase(dir: string, size: number, log: (line: string) => void): Promise<string> {
  const probe = (await prepareArticle(benchArticle(0), '')).write
  const model = modelFingerprint()
  const fingerprint = (await sha256Hex(JSON.stringify([probe, migrationFiles(), model, 'stories']))).slice(
    0,
    12,
  )
  const path = join(dir, `search-${size}-${fingerprint}.sqlite`)
  if (existsSync(path)) return path
  mkdirSync(dir, { recursive: true })
  for (const stale of readdirSync(dir).filter((name) => name.startsWith(`search-${size}-`))) {
    rmSync(join(dir, stale), { force: true })
  }

  const building = `${path}.building`
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true })
  const started = performance.now()
  const driver = openSqlite(building)
  const repo = createSqlRepository(driver)
  const threads = Math.max(1, Math.min(availableParallelism(), 4))
  const raw = size - 1
  const per = Math.ceil(raw / threads)
  const ingestedAt = new Date().toISOString()
  let written = 0
  // Chunks are committed in arrival order; ids, not insertion order, name the articles.
  let queue = Promise.resolve()
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), {
        workerData: { from: t * per, to: Math.min(raw, (t + 1) * per), chunk: CHUNK, ingestedAt },
      })
      worker.on('message', (writes: ArticleWrite[]) => {
        queue = queue.then(async () => {
          const base = await repo.version()
          await repo.commit({
            baseVersion: base,
            insert: writes,
            remove: [],
            putStories: [],
            dropStories: [],
            links: [],
            // Recorded, so that a server opening the file does not parse every article again.
            ...(base === 0 && { model }),
          })
          written += writes.length
          if (written % 20_000 === 0) log(`  ${written} articles`)
        })
      })
      return new Promise<void>((resolve, reject) => {
        worker.once('error', reject)
        worker.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`)),
        )
      })
    }),
  )
  await queue
  const [last] = await new Ingestor(repo, { stories: coreStories }).ingest([benchArticle(raw)])
  if (last?.status !== 'created')
    throw new Error(`the bench's last article was not stored: ${JSON.stringify(last)}`)
  driver.db.exec('PRAGMA optimize')
  driver.db.exec("INSERT INTO article_search (article_search) VALUES ('optimize')")
  driver.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  driver.db.close()
  for (const suffix of ['-wal', '-shm']) rmSync(building + suffix, { force: true })
  renameSync(building, path)
  log(`built ${size} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return path
}
