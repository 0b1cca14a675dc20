import type { SqlDriver, SqlValue, Statement } from '../sql/driver.ts'

/** The part of a Cloudflare D1 binding (`D1Database`) the driver uses. */
export interface D1DatabaseLike {
  prepare(sql: string): D1StatementLike
  batch(statements: D1StatementLike[]): Promise<{ meta: { changes: number } }[]>
}

export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike
  all<Row>(): Promise<{ results: Row[] }>
  first<Row>(): Promise<Row | null>
}

/**
 * `SqlDriver` over Cloudflare D1. D1 has no interactive transactions; its `batch` is one: the statements run in
 * order and a failing statement rolls back the whole batch.
 */
export class D1Driver implements SqlDriver {
  readonly blobs = false
  readonly #db: D1DatabaseLike

  constructor(db: D1DatabaseLike) {
    this.#db = db
  }

  async all<Row>(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    const { results } = await this.#db
      .prepare(sql)
      .bind(...params)
      .all<Row>()
    return results
  }

  async first<Row>(sql: string, params: SqlValue[] = []): Promise<Row | undefined> {
    const row = await this.#db
      .prepare(sql)
      .bind(...params)
      .first<Row>()
    return row ?? undefined
  }

  async batch(statements: Statement[]): Promise<number[]> {
    if (statements.length === 0) return []
    const results = await this.#db.batch(statements.map((s) => this.#db.prepare(s.sql).bind(...s.params)))
    return results.map((r) => r.meta.changes)
  }
}
