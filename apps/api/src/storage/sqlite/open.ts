import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { migrate } from './migrate.ts'
import { SqliteDriver } from './sqlite-driver.ts'

export interface OpenSqliteOptions {
  /** How long a writer waits for another process's write lock, in milliseconds. */
  busyTimeout?: number
  /**
   * Largest size the file may grow to, in bytes (SQLite's `max_page_count`); a write past it fails as a full disk
   * would. Default: SQLite's own limit.
   */
  maxBytes?: number
  /**
   * Writes through a second connection, in slices between which the event loop runs (see `SqliteDriver`): for a
   * server that answers reads while it writes. Ignored for `:memory:`, which a second connection cannot share.
   */
  writer?: boolean
}

/**
 * Opens (creating it and its folder if needed) and migrates a Marsad SQLite database. `:memory:` gives a private
 * in-memory database, for tests.
 */
export function openSqlite(path: string, options: OpenSqliteOptions = {}): SqliteDriver {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new DatabaseSync(path, { timeout: options.busyTimeout ?? 10_000 })
  let writer: DatabaseSync | undefined
  try {
    // WAL lets readers run beside the writer; NORMAL sync in WAL mode survives a killed process (only power
    // loss can drop the last commits).
    if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL')
    db.exec('PRAGMA synchronous = NORMAL')
    // Reads of a large database hit the page cache or the memory map instead of a system call per page.
    db.exec('PRAGMA cache_size = -65536')
    db.exec('PRAGMA mmap_size = 1073741824')
    migrate(db)
    limitSize(db, options.maxBytes)
    if (options.writer && path !== ':memory:') {
      writer = new DatabaseSync(path, { timeout: options.busyTimeout ?? 10_000 })
      writer.exec('PRAGMA synchronous = NORMAL')
      // Writes touch few pages again: a small cache, which spills to the WAL along the way, keeps the second
      // connection cheap and leaves little to write out at the commit.
      writer.exec('PRAGMA cache_size = -2048')
      // The commit that fills the WAL past 1,000 pages would copy it into the file there and then, on the event
      // loop (about 100–300 ms after a 1,000-article batch): `SqliteDriver.checkpoint` does it, where it is told.
      writer.exec('PRAGMA wal_autocheckpoint = 0')
      limitSize(writer, options.maxBytes)
    }
  } catch (error) {
    writer?.close()
    db.close()
    throw error
  }
  return new SqliteDriver(db, writer)
}

/** `max_page_count` is a connection's setting: each connection that writes gets it. */
function limitSize(db: DatabaseSync, maxBytes: number | undefined): void {
  if (maxBytes === undefined) return
  const { page_size: pageSize } = db.prepare('PRAGMA page_size').get() as { page_size: number }
  db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(maxBytes / pageSize))}`)
}

/**
 * Checks the file with `PRAGMA quick_check` (or the slower `integrity_check`, which also compares every index with
 * its table) and answers what is wrong, or undefined when the file is sound.
 */
export function checkIntegrity(driver: SqliteDriver, mode: 'quick' | 'full' = 'quick'): string | undefined {
  const pragma = mode === 'full' ? 'integrity_check' : 'quick_check'
  const checker = checkingConnection(driver.db)
  try {
    const rows = (checker ?? driver.db).prepare(`PRAGMA ${pragma}(10)`).all()
    const found = rows.map((row) => String(Object.values(row)[0]))
    if (found.length === 1 && found[0] === 'ok') return undefined
    return `${pragma}: ${found.join('; ')}`
  } catch (error) {
    return `${pragma} failed: ${(error as Error).message}`
  } finally {
    checker?.close()
  }
}

/**
 * A read-only connection to the file of `db` that reads pages into a small cache of its own rather than through
 * the memory map: a check reads every page of the file, and pages read through the server's map stay in its
 * resident memory (the whole file, where the server's reads touch a fraction of it). Undefined for an in-memory
 * database, or when the file cannot be opened a second time (the server's own connection checks it then).
 */
function checkingConnection(db: DatabaseSync): DatabaseSync | undefined {
  const path = db.location()
  if (!path) return undefined
  let checker: DatabaseSync | undefined
  try {
    checker = new DatabaseSync(path, { readOnly: true })
    checker.exec('PRAGMA mmap_size = 0')
    checker.exec('PRAGMA cache_size = -2048')
    return checker
  } catch {
    checker?.close()
    return undefined
  }
}

/**
 * Reads a damaged file the careful way: pages copied out of the file rather than read in place through the memory
 * map, and every b-tree cell's size checked before use, so that a damaged page answers SQLITE_CORRUPT instead of
 * taking the process down (reading garbage in place through the map crashed the server now and then).
 */
export function readCarefully(driver: SqliteDriver): void {
  driver.db.exec('PRAGMA mmap_size = 0')
  driver.db.exec('PRAGMA cell_size_check = ON')
}
