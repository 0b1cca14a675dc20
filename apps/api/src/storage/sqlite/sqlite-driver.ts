import type { DatabaseSync, StatementSync } from 'node:sqlite'
import { yieldEvery } from '../../ingest/yield.ts'
import type { SqlDriver, SqlValue, Statement } from '../sql/driver.ts'

/** Longest a batch holds the event loop at once on a driver with a writer connection, in milliseconds. */
const BATCH_SLICE_MS = 10

/**
 * `SqlDriver` over Node's built-in SQLite. Statements are prepared once and cached. `batch` runs inside
 * `BEGIN IMMEDIATE`, which takes the write lock up front: two processes writing the same file queue on the
 * busy timeout instead of failing half-way, and any error rolls the whole batch back.
 *
 * Given a `writer` (a second connection to the same WAL file), batches run there, and yield to the event loop
 * every few milliseconds: reads, answered on `db` meanwhile, see the database as of the last commit, never a batch
 * half-written, and a large batch no longer holds them up for the whole of its transaction.
 */
export class SqliteDriver implements SqlDriver {
  readonly db: DatabaseSync
  readonly blobs = true
  readonly #writer: DatabaseSync | undefined
  readonly #statements = new Map<string, StatementSync>()
  readonly #writes = new Map<string, StatementSync>()
  /** The writer's batches, one at a time: a batch that yields must not see another begin on its connection. */
  #writing: Promise<unknown> = Promise.resolve()
  /**
   * Copies the WAL into the database file after a writer's commit (a writer does not do it itself). Default: a
   * passive checkpoint on this thread; the Node server has its worker threads do it.
   */
  checkpoint: () => void = () => {
    this.#writer?.exec('PRAGMA wal_checkpoint(PASSIVE)')
  }

  constructor(db: DatabaseSync, writer?: DatabaseSync) {
    this.db = db
    this.#writer = writer
  }

  async all<Row>(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    return this.#prepare(sql).all(...params) as Row[]
  }

  async first<Row>(sql: string, params: SqlValue[] = []): Promise<Row | undefined> {
    return this.#prepare(sql).get(...params) as Row | undefined
  }

  async batch(statements: Statement[]): Promise<number[]> {
    const writer = this.#writer
    if (!writer) {
      return this.transaction(() =>
        statements.map((s) => Number(this.#prepare(s.sql).run(...s.params).changes)),
      )
    }
    const run = this.#writing.then(() => this.#sliced(writer, statements))
    this.#writing = run.catch(() => undefined)
    return run
  }

  async #sliced(writer: DatabaseSync, statements: Statement[]): Promise<number[]> {
    const pause = yieldEvery(BATCH_SLICE_MS)
    writer.exec('BEGIN IMMEDIATE')
    try {
      const changes: number[] = []
      for (const s of statements) {
        changes.push(Number(this.#prepareWrite(writer, s.sql).run(...s.params).changes))
        await pause()
      }
      writer.exec('COMMIT')
      this.checkpoint()
      return changes
    } catch (error) {
      if (writer.isTransaction) writer.exec('ROLLBACK')
      throw error
    }
  }

  /** Runs `work` synchronously inside one immediate transaction of `db`. */
  transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const result = work()
      this.db.exec('COMMIT')
      return result
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK')
      throw error
    }
  }

  /** Closes the connection, and the writer's. */
  close(): void {
    this.#writer?.close()
    this.db.close()
  }

  #prepare(sql: string): StatementSync {
    let prepared = this.#statements.get(sql)
    if (!prepared) {
      prepared = this.db.prepare(sql)
      this.#statements.set(sql, prepared)
    }
    return prepared
  }

  #prepareWrite(writer: DatabaseSync, sql: string): StatementSync {
    let prepared = this.#writes.get(sql)
    if (!prepared) {
      prepared = writer.prepare(sql)
      this.#writes.set(sql, prepared)
    }
    return prepared
  }
}
