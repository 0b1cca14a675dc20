import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqlite } from '../../src/storage/sqlite/open.ts'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'marsad-processes-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('several processes writing one SQLite file', () => {
  it('lose no article, search row or story membership', async () => {
    const dbPath = join(dir, 'shared.sqlite')
    openSqlite(dbPath).db.close()
    const child = new URL('./ingest-child.ts', import.meta.url).pathname
    const writers = ['a', 'b', 'c', 'd']
    await Promise.all(writers.map((name) => run(process.execPath, [child, dbPath, name, '25', '3'])))

    const db = openSqlite(dbPath)
    const one = (sql: string) => (db.db.prepare(sql).get() as { n: number }).n
    expect(one('SELECT count(*) AS n FROM articles')).toBe(100)
    expect(one('SELECT count(*) AS n FROM article_search')).toBe(100)
    expect(one('SELECT count(*) AS n FROM article_story')).toBe(100)
    expect(one("SELECT value AS n FROM meta WHERE key = 'version'")).toBe(100)
    const stories = db.db.prepare('SELECT id, size FROM stories ORDER BY id').all() as {
      id: string
      size: number
    }[]
    expect(stories.map((s) => s.size)).toEqual([36, 32, 32])
    const linked = db.db
      .prepare('SELECT story_id AS id, count(*) AS n FROM article_story GROUP BY story_id ORDER BY story_id')
      .all()
    expect(linked.map((l) => l.n)).toEqual([36, 32, 32])
    db.db.close()
  }, 120_000)
})
