import { storageFault } from '../storage/faults.ts'

/**
 * The server could not start. The message names the database and says what to do; the original error is the
 * `cause`, for `MARSAD_DEBUG=1`.
 */
export class StartupError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause })
    this.name = 'StartupError'
  }
}

/** A start-up failure on the database at `dbPath`, explained. */
export function startupError(dbPath: string, error: unknown): StartupError {
  const reason = error instanceof Error ? error.message : String(error)
  const code = (error as NodeJS.ErrnoException).code
  const errcode = (error as { errcode?: number }).errcode
  const fault = storageFault(error)
  let advice: string
  if (fault === 'damaged') {
    advice = `${dbPath} is not a SQLite database, or its header is damaged (${reason}). Restore it from a backup, or move it away (or set MARSAD_DB to another file) to start a new database.`
  } else if (fault === 'read-only') {
    advice = `${dbPath} is read-only, and this version must upgrade its schema (${reason}). Make the file and its folder writable for one start.`
  } else if (fault === 'full') {
    advice = `the disk holding ${dbPath} is full (${reason}). Free some space, or set MARSAD_DB to a file on another disk.`
  } else if (
    errcode === 14 ||
    code === 'EACCES' ||
    code === 'ENOTDIR' ||
    code === 'EROFS' ||
    code === 'EEXIST'
  ) {
    advice = `cannot open the database ${dbPath} (${reason}). Check that its folder exists or can be created and that both can be written, or set MARSAD_DB to another path.`
  } else {
    advice = `could not start on the database ${dbPath}: ${reason}. Run again with MARSAD_DEBUG=1 to see where it failed.`
  }
  return new StartupError(advice, error)
}
