/**
 * What a storage failure says about the database, whichever runtime raised it: node:sqlite gives SQLite's result
 * code as `errcode`, D1 only a message naming it.
 * - `damaged`: SQLITE_CORRUPT or SQLITE_NOTADB, the file is not what SQLite wrote;
 * - `full`: SQLITE_FULL, the disk or the database's size limit (`max_page_count`) is reached;
 * - `read-only`: SQLITE_READONLY, the file or its folder cannot be written.
 */
export type StorageFault = 'damaged' | 'full' | 'read-only'

const SQLITE_READONLY = 8
const SQLITE_CORRUPT = 11
const SQLITE_FULL = 13
const SQLITE_NOTADB = 26

export function storageFault(error: unknown): StorageFault | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const errcode = (e as { errcode?: unknown }).errcode
    // Extended result codes keep the primary code in their low byte.
    const code = typeof errcode === 'number' ? errcode & 0xff : undefined
    if (code === SQLITE_CORRUPT || code === SQLITE_NOTADB || /SQLITE_(CORRUPT|NOTADB)\b/.test(e.message))
      return 'damaged'
    if (code === SQLITE_FULL || /SQLITE_FULL\b/.test(e.message)) return 'full'
    if (code === SQLITE_READONLY || /SQLITE_READONLY\b/.test(e.message)) return 'read-only'
  }
  return undefined
}

/** Whether the database can be trusted; set at start by the integrity check, or by the first damaged read. */
export interface DatabaseHealth {
  /** Why the database is damaged; absent while it is not known to be. */
  damaged?: string
  /** The database's name as /health shows it (the file name, not its folder). */
  name?: string
}
