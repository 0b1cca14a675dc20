import { createHash } from 'node:crypto'
import { DatabaseSync } from 'node:sqlite'

/** Every table of the file (search index shadow tables included): its row count and a hash of its rows. */
export type DatabaseSnapshot = Record<string, { rows: number; hash: string }>

/** Reads the committed state of a Marsad SQLite file through a connection of its own, read-only. */
export function snapshotDatabase(path: string): DatabaseSnapshot {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
    const snapshot: DatabaseSnapshot = {}
    for (const { name } of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((row) => JSON.stringify(row, (_, value) => (value instanceof Uint8Array ? [...value] : value)))
        .sort()
      snapshot[name] = { rows: rows.length, hash: createHash('sha256').update(rows.join('\n')).digest('hex') }
    }
    return snapshot
  } finally {
    db.close()
  }
}
