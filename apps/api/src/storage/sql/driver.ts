/** A value SQLite and D1 both bind and return as is. */
export type SqlValue = string | number | null

export interface Statement {
  sql: string
  params: SqlValue[]
}

/**
 * The little that the repository asks of a SQL database. Node's `node:sqlite` and Cloudflare D1 implement it;
 * both speak the same SQLite dialect, so every query is written once.
 */
export interface SqlDriver {
  /**
   * Whether a BLOB result arrives as a `Uint8Array` as cheap to get as text. Then large JSON is read as its UTF-8
   * bytes, sent as they are instead of decoded to a string and encoded again (D1 hands BLOBs out as number arrays).
   */
  readonly blobs: boolean
  all<Row>(sql: string, params?: SqlValue[]): Promise<Row[]>
  first<Row>(sql: string, params?: SqlValue[]): Promise<Row | undefined>
  /**
   * Runs the statements in order as one transaction: all of them take effect or none does. Resolves to the
   * number of rows each statement changed.
   */
  batch(statements: Statement[]): Promise<number[]>
}

/** A statement for `SqlDriver.batch`. */
export function statement(sql: string, ...params: SqlValue[]): Statement {
  return { sql, params }
}
