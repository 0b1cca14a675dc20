import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'
import { fileURLToPath } from 'node:url'

const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url))

// The same bookkeeping table as `wrangler d1 migrations apply`, so a file migrated here and a D1 database
// migrated by wrangler record their history alike.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS d1_migrations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT UNIQUE,
  applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
)`

/** The schema's migration files (`NNNN_name.sql`), in the order they apply. */
export function migrationFiles(dir = SCHEMA_DIR): { name: string; sql: string }[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}_.+\.sql$/.test(name))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }))
}

/**
 * Applies the migrations the database has not seen, each in its own immediate transaction, so that two processes
 * opening a new file at once apply each migration exactly once. Returns the names applied.
 */
export function migrate(db: DatabaseSync, migrations = migrationFiles()): string[] {
  const applied: string[] = []
  // A database that needs nothing is only read, so that a read-only file still opens (and serves reads).
  if (pending(db, migrations).length === 0) return applied
  db.exec(MIGRATIONS_TABLE)
  for (const migration of migrations) {
    db.exec('BEGIN IMMEDIATE')
    try {
      const seen = db.prepare('SELECT 1 FROM d1_migrations WHERE name = ?').get(migration.name)
      if (!seen) {
        db.exec(migration.sql)
        db.prepare('INSERT INTO d1_migrations (name) VALUES (?)').run(migration.name)
        applied.push(migration.name)
      }
      db.exec('COMMIT')
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK')
      throw error
    }
  }
  return applied
}

function pending(db: DatabaseSync, migrations: { name: string }[]): string[] {
  const table = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'd1_migrations'")
    .get()
  if (!table) return migrations.map((m) => m.name)
  const seen = new Set(
    db
      .prepare('SELECT name FROM d1_migrations')
      .all()
      .map((row) => String(row.name)),
  )
  return migrations.map((m) => m.name).filter((name) => !seen.has(name))
}
