import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { SqlDriver, SqlValue, Statement } from '../sql/driver.ts'

/**
 * `SqlDriver` over Node's built-in SQLite. Statements are prepared once and cached. `batch` runs inside
 * `BEGIN IMMEDIATE`, which takes the write lock up front: two processes writing the same file queue on the
 * busy timeout instead of failing half-way, and any error rolls the whole batch back.
 */
export class SqliteDriver implements SqlDriver {
  readonly db: DatabaseSync
  readonly blobs = true
  readonly #statements = new Map<string, StatementSync>()

  constructor(db: DatabaseSync) {
    this.db = db
  }

  async all<Row>(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    return this.#prepare(sql).all(...params) as Row[]
  }

  async first<Row>(sql: string, params: SqlValue[] = []): Promise<Row | undefined> {
    return this.#prepare(sql).get(...params) as Row | undefined
  }

  async batch(statements: Statement[]): Promise<number[]> {
    return this.transaction(() =>
      statements.map((s) => Number(this.#prepare(s.sql).run(...s.params).changes)),
    )
  }

  /** Runs `work` synchronously inside one immediate transaction. */
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

  #prepare(sql: string): StatementSync {
    let prepared = this.#statements.get(sql)
    if (!prepared) {
      prepared = this.db.prepare(sql)
      this.#statements.set(sql, prepared)
    }
    return prepared
  }
}
