import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { StaleVersionError } from '../repository.ts'
import { statement } from '../sql/driver.ts'
import { createSqlRepository } from '../sql-repository.ts'
import { migrationFiles } from './migrate.ts'
import { openSqlite } from './open.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-sqlite-'))
  dirs.push(dir)
  return join(dir, 'nested', 'marsad.sqlite')
}

describe('openSqlite', () => {
  it('creates the folder and the schema, in WAL mode, and migrates once', () => {
    const path = tempDb()
    const first = openSqlite(path)
    expect(first.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
    first.db.close()
    const again = openSqlite(path)
    const applied = again.db.prepare('SELECT name FROM d1_migrations').all()
    expect(applied.map((r) => r.name)).toEqual(migrationFiles().map((m) => m.name))
    again.db.close()
  })
})

describe('SqliteDriver.batch', () => {
  it.each([
    ['on its one connection', () => openSqlite(':memory:')],
    ['on a writer connection', () => openSqlite(tempDb(), { writer: true })],
  ])('applies all statements or, when one fails, none, %s', async (_, open) => {
    const driver = open()
    await expect(
      driver.batch([
        statement("INSERT INTO meta (key, value) VALUES ('a', 1)"),
        statement("INSERT INTO meta (key, value) VALUES ('a', 2)"),
      ]),
    ).rejects.toThrow(/UNIQUE/)
    expect(await driver.first("SELECT * FROM meta WHERE key = 'a'")).toBeUndefined()
    expect(driver.db.isTransaction).toBe(false)
    expect(await driver.batch([statement("INSERT INTO meta (key, value) VALUES ('a', 1)")])).toEqual([1])
    driver.close()
  })
})

describe('SqliteDriver with a writer connection', () => {
  it('answers reads during a large batch, as of the last commit, and applies the batch whole', async () => {
    const driver = openSqlite(tempDb(), { writer: true })
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      statement('INSERT INTO meta (key, value) VALUES (?, ?)', `k${i}`, i),
    )
    const count = async () => (await driver.first<{ n: number }>('SELECT count(*) AS n FROM meta'))!.n
    const before = await count()
    let done = false
    const writing = driver.batch(rows).finally(() => {
      done = true
    })
    const seen: number[] = []
    while (!done) {
      seen.push(await count())
      await new Promise((resolve) => setImmediate(resolve))
    }
    await writing
    expect(seen.length).toBeGreaterThan(1)
    expect(new Set(seen)).toEqual(new Set([before]))
    expect(await count()).toBe(before + rows.length)
    driver.close()
  })
})

describe('version guard', () => {
  const empty = { insert: [], remove: [], putStories: [], dropStories: [], links: [] }

  it('refuses a changeset computed from an older version, and leaves the database as it was', async () => {
    const repo = createSqlRepository(openSqlite(':memory:'))
    await repo.commit({ baseVersion: 0, ...empty })
    expect(await repo.version()).toBe(1)
    await expect(repo.commit({ baseVersion: 0, ...empty, dropStories: ['x'] })).rejects.toBeInstanceOf(
      StaleVersionError,
    )
    expect(await repo.version()).toBe(1)
  })

  it('orders writers of two connections to one file', async () => {
    const path = tempDb()
    const a = createSqlRepository(openSqlite(path))
    const b = createSqlRepository(openSqlite(path))
    const base = await a.version()
    await a.commit({ baseVersion: base, ...empty })
    await expect(b.commit({ baseVersion: base, ...empty })).rejects.toBeInstanceOf(StaleVersionError)
    await b.commit({ baseVersion: await b.version(), ...empty })
    expect(await a.version()).toBe(base + 2)
  })
})
