import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { migrate } from './migrate.ts'
import { SqliteDriver } from './sqlite-driver.ts'

export interface OpenSqliteOptions {
  /** How long a writer waits for another process's write lock, in milliseconds. */
  busyTimeout?: number
}

/**
 * Opens (creating it and its folder if needed) and migrates a Marsad SQLite database. `:memory:` gives a private
 * in-memory database, for tests.
 */
export function openSqlite(path: string, options: OpenSqliteOptions = {}): SqliteDriver {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new DatabaseSync(path, { timeout: options.busyTimeout ?? 10_000 })
  try {
    // WAL lets readers run beside the writer; NORMAL sync in WAL mode survives a killed process (only power
    // loss can drop the last commits).
    if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL')
    db.exec('PRAGMA synchronous = NORMAL')
    // Reads of a large database hit the page cache or the memory map instead of a system call per page.
    db.exec('PRAGMA cache_size = -65536')
    db.exec('PRAGMA mmap_size = 1073741824')
    migrate(db)
  } catch (error) {
    db.close()
    throw error
  }
  return new SqliteDriver(db)
}
