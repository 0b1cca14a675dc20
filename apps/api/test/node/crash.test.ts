import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startServer } from '../../src/node/server.ts'
import { openSqlite } from '../../src/storage/sqlite/open.ts'
import { fetchJson as fetch } from '../app.ts'
import { crashBatch } from './crash-articles.ts'

const dir = mkdtempSync(join(tmpdir(), 'marsad-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const child = new URL('./crash-child.ts', import.meta.url).pathname
const TOKEN = 'crash-test-token'

/** Starts the ingesting child and kills it with SIGKILL `delay` ms after a line of its output passes `until`. */
function ingestUntilKilled(args: string[], until: (line: string) => boolean, delay = 0): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc: ChildProcess = spawn(process.execPath, [child, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const lines: string[] = []
    let errors = ''
    let pending = ''
    proc.stderr!.on('data', (chunk) => (errors += chunk))
    proc.stdout!.on('data', (chunk) => {
      pending += chunk
      const complete = pending.split('\n')
      pending = complete.pop()!
      for (const line of complete) {
        lines.push(line)
        if (until(line)) setTimeout(() => proc.kill('SIGKILL'), delay)
      }
    })
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(lines)
      else reject(new Error(`the ingest ended before it was killed (${code}): ${errors}`))
    })
  })
}

/**
 * Checks that the file holds whole articles only: each with its search row and story link, no row pointing at a
 * missing article or story, counts that match their rows. Returns the ids stored.
 */
function checkConsistent(dbPath: string): string[] {
  const { db } = openSqlite(dbPath)
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    db.exec("INSERT INTO article_search (article_search) VALUES ('integrity-check')")
    const broken = {
      articlesWithoutSearchRow: count(
        'SELECT count(*) AS n FROM articles WHERE seq NOT IN (SELECT rowid FROM article_search)',
      ),
      searchRowsWithoutArticle: count(
        'SELECT count(*) AS n FROM article_search WHERE rowid NOT IN (SELECT seq FROM articles)',
      ),
      articlesWithoutStory: count(
        'SELECT count(*) AS n FROM articles WHERE id NOT IN (SELECT article_id FROM article_story)',
      ),
      storyLinksWithoutArticle: count(
        'SELECT count(*) AS n FROM article_story WHERE article_seq NOT IN (SELECT seq FROM articles)',
      ),
      storyLinksWithoutStory: count(
        'SELECT count(*) AS n FROM article_story WHERE story_id NOT IN (SELECT id FROM stories)',
      ),
      storiesOfWrongSize: count(
        'SELECT count(*) AS n FROM stories s WHERE size <> (SELECT count(*) FROM article_story WHERE story_id = s.id)',
      ),
      entityRowsWithoutArticle: count(
        'SELECT count(*) AS n FROM article_entities WHERE article_seq NOT IN (SELECT seq FROM articles)',
      ),
      entitiesWithWrongCount: count(
        'SELECT count(*) AS n FROM entities e WHERE articles <> (SELECT count(*) FROM article_entities WHERE entity_id = e.id)',
      ),
    }
    expect(broken).toEqual(Object.fromEntries(Object.keys(broken).map((key) => [key, 0])))
    expect(count('SELECT count(*) AS n FROM article_entities')).toBeGreaterThan(0)
    return (db.prepare('SELECT id FROM articles ORDER BY seq').all() as { id: string }[]).map((r) => r.id)
  } finally {
    db.close()
  }
}

/** The ids of batches 0 … n−1, in order. */
function batchIds(n: number, size: number): string[] {
  return Array.from({ length: n }, (_, b) => crashBatch(b, size).map((a) => a.id!)).flat()
}

async function restartAndServe(dbPath: string, stored: string[], next: number, size: number): Promise<void> {
  const server = await startServer({ port: 0, dbPath, seeds: false, token: TOKEN, log: () => {} })
  try {
    expect(await (await fetch(`${server.url}/health`)).json()).toMatchObject({ articles: stored.length })
    expect((await fetch(`${server.url}/v1/articles/${stored[0]}`)).status).toBe(200)
    const search = await (
      await fetch(`${server.url}/v1/search?q=${encodeURIComponent('قافلة مساعدات')}`)
    ).json()
    expect(search.items.length).toBeGreaterThan(0)
    const post = await fetch(`${server.url}/v1/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(crashBatch(next, size)),
    })
    expect(post.status).toBe(201)
    expect((await post.json()).created).toBe(size)
  } finally {
    await server.close()
  }
  expect(checkConsistent(dbPath)).toEqual([...stored, ...crashBatch(next, size).map((a) => a.id)])
}

describe('an ingest killed with SIGKILL', () => {
  it('inside an open write transaction leaves the committed batches whole and nothing of the open one', async () => {
    const dbPath = join(dir, 'frozen.sqlite')
    const lines = await ingestUntilKilled([dbPath, 'freeze', '4', '30'], (line) => line.startsWith('frozen'))
    expect(lines.slice(0, 3)).toEqual(['committed 0', 'committed 1', 'committed 2'])
    // The open transaction had already written pages of its own to the WAL, which recovery must ignore.
    const [, spilled] = /^frozen after \d+ of \d+ statements, (\d+) bytes in the WAL$/.exec(lines[3]!) ?? []
    expect(Number(spilled)).toBeGreaterThan(0)

    const stored = checkConsistent(dbPath)
    expect(stored).toEqual(batchIds(3, 30))
    await restartAndServe(dbPath, stored, 3, 30)
  }, 180_000)

  it('at whatever moment it lands keeps every article whole or absent, and the server restarts on the file', async () => {
    const dbPath = join(dir, 'running.sqlite')
    // Killed as it runs on at full speed, a moment after its second commit.
    const lines = await ingestUntilKilled([dbPath, 'run', '40', '25'], (line) => line === 'committed 1', 150)
    expect(lines.length).toBeLessThan(40)

    const stored = checkConsistent(dbPath)
    const whole = stored.length / 25
    expect(Number.isInteger(whole)).toBe(true)
    expect(whole).toBeGreaterThanOrEqual(2)
    expect(stored).toEqual(batchIds(whole, 25))
    await restartAndServe(dbPath, stored, whole, 25)
  }, 180_000)
})
