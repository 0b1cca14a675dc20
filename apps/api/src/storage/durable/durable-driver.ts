import type { SqlDriver, SqlValue, Statement } from '../sql/driver.ts'

/** The part of a Durable Object's storage (`DurableObjectStorage`) the driver uses. */
export interface DurableStorageLike {
  sql: {
    exec(query: string, ...bindings: unknown[]): { toArray(): unknown[]; readonly rowsWritten: number }
  }
  transactionSync<T>(closure: () => T): T
}

/**
 * `SqlDriver` over a SQLite-backed Durable Object's own storage. Its SQL API is synchronous and local to the
 * object; `batch` is one `transactionSync`.
 */
export class DurableDriver implements SqlDriver {
  readonly blobs = false
  readonly #storage: DurableStorageLike

  constructor(storage: DurableStorageLike) {
    this.#storage = storage
  }

  async all<Row>(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    return this.#storage.sql.exec(sql, ...params).toArray() as Row[]
  }

  async first<Row>(sql: string, params: SqlValue[] = []): Promise<Row | undefined> {
    return (await this.all<Row>(sql, params))[0]
  }

  async batch(statements: Statement[]): Promise<number[]> {
    return this.#storage.transactionSync(() =>
      statements.map((s) => this.#storage.sql.exec(s.sql, ...s.params).rowsWritten),
    )
  }

  /** Runs a schema script once: `marker`, a table it creates, tells whether it ran. */
  applyOnce(script: string, marker: string): void {
    const seen = this.#storage.sql
      .exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", marker)
      .toArray()
    if (seen.length > 0) return
    this.#storage.transactionSync(() => {
      // One statement per exec: the script's statements end a line with ';' (its comments never do).
      for (const part of script.split(/;\s*$/m))
        if (part.replace(/--.*$/gm, '').trim()) this.#storage.sql.exec(part)
    })
  }
}
