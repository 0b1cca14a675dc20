// Run as a separate process by crash.test.ts, which SIGKILLs it. Ingests `batches` batches of `size` articles into
// a SQLite file, one transaction each, and writes `committed <n>` to stdout after each commit. In `freeze` mode
// the last batch stops half-way through its transaction (after writing some of its rows) and says `frozen`, so
// the kill lands inside an open write transaction for certain.
import { statSync, writeSync } from 'node:fs'
import { coreStories } from '../../src/ingest/core-stories.ts'
import { Ingestor } from '../../src/ingest/ingestor.ts'
import type { Statement } from '../../src/storage/sql/driver.ts'
import { createSqlRepository } from '../../src/storage/sql-repository.ts'
import { openSqlite } from '../../src/storage/sqlite/open.ts'
import { SqliteDriver } from '../../src/storage/sqlite/sqlite-driver.ts'
import { crashBatch } from './crash-articles.ts'

const [dbPath = '', mode = 'run', batches = '1', size = '1'] = process.argv.slice(2)
const total = Number(batches)

const walBytes = () => statSync(`${dbPath}-wal`).size

class FreezingDriver extends SqliteDriver {
  commits = 0
  walAtCommit = 0
  override async batch(statements: Statement[]): Promise<number[]> {
    if (mode !== 'freeze' || this.commits < total - 1) return super.batch(statements)
    return this.transaction(() => {
      const half = statements.slice(0, Math.ceil(statements.length / 2))
      const changes = half.map((s) => Number(this.db.prepare(s.sql).run(...s.params).changes))
      const spilled = walBytes() - this.walAtCommit
      writeSync(
        1,
        `frozen after ${changes.length} of ${statements.length} statements, ${spilled} bytes in the WAL\n`,
      )
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000)
      throw new Error('not killed')
    })
  }
}

const driver = new FreezingDriver(openSqlite(dbPath).db)
// A small page cache spills the open transaction's pages into the WAL before it commits: recovery must ignore them.
if (mode === 'freeze') driver.db.exec('PRAGMA cache_size = 8')
const ingestor = new Ingestor(createSqlRepository(driver), { stories: coreStories })
for (let b = 0; b < total; b++) {
  await ingestor.ingest(crashBatch(b, Number(size)))
  driver.commits++
  driver.walAtCommit = walBytes()
  writeSync(1, `committed ${b}\n`)
}
