import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, it } from 'vitest'
import { startServer } from '../../src/node/server.ts'
import { fetchJson as fetch } from '../app.ts'
import { TALKS, WATER } from '../fixtures.ts'
import { snapshotDatabase } from './snapshot.ts'

// Damage, a full disk and a read-only file, on a real file served over loopback.

const dir = mkdtempSync(join(tmpdir(), 'marsad-faults-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const TOKEN = 'faults-token'
const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }

/** Sixty short articles written for this test, each its own id. */
function articles(count = 60) {
  const places = ['عمّان', 'بيروت', 'تونس', 'الرباط', 'بغداد', 'القاهرة']
  return Array.from({ length: count }, (_, i) => ({
    id: `report-${i}`,
    title: `تقرير رقم ${i} من ${places[i % places.length]}`,
    text: `أعلنت بلدية ${places[i % places.length]} اليوم عن مشروع جديد لتوسعة الطرق رقم ${i}.\nوقال رئيس البلدية إن المشروع سيكتمل خلال ${i + 2} أشهر، وإن كلفته ستغطى من الموازنة العامة.\n${'وأضاف أن الأعمال ستبدأ من الأحياء الشرقية ثم تمتد إلى الغربية. '.repeat(8)}`,
  }))
}

async function seeded(name: string) {
  const dbPath = join(dir, `${name}.sqlite`)
  const corpus = join(dir, `${name}.jsonl`)
  writeFileSync(
    corpus,
    articles()
      .map((a) => JSON.stringify(a))
      .join('\n'),
  )
  await (await startServer({ port: 0, dbPath, corpus: [corpus], seeds: false, log: () => {} })).close()
  const log: string[] = []
  const start = (options: { maxDatabaseBytes?: number } = {}) =>
    startServer({ port: 0, dbPath, seeds: false, token: TOKEN, log: (m) => log.push(m), ...options })
  return { dbPath, log, start }
}

async function problemOf(res: Response, status: number, type: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const body = await res.json()
  expect(body).toMatchObject({ status, type: `/problems/${type}` })
  return body as { detail: string }
}

describe('a damaged database', () => {
  it('is found at start: /health answers unhealthy with the reason, writes are refused, no read answers 500', async () => {
    const { dbPath, log, start } = await seeded('damaged')
    const db = new DatabaseSync(dbPath)
    const pages = db
      .prepare("SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' ORDER BY pageno")
      .all()
      .map((row) => Number(row.pageno))
    const { page_size: pageSize } = db.prepare('PRAGMA page_size').get() as { page_size: number }
    db.close()
    expect(pages.length).toBeGreaterThan(2)
    // Pages overwritten in the middle of the file, as a failing disk or a stray write would leave them.
    const fd = openSync(dbPath, 'r+')
    const garbage = Buffer.alloc(pageSize, 0x5a)
    for (const page of pages.slice(1, 3)) writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize)
    closeSync(fd)

    const server = await start()
    try {
      expect(log[0]).toMatch(
        new RegExp(`^${dbPath} is damaged \\(quick_check.+\\): serving what can be read, refusing writes`),
      )
      const health = await fetch(`${server.url}/health`)
      expect(health.status).toBe(503)
      expect(await health.json()).toEqual({
        status: 'unhealthy',
        reason: expect.stringMatching(/^quick_check/),
        database: 'damaged.sqlite',
      })
      const post = await fetch(`${server.url}/v1/articles`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(WATER),
      })
      expect((await problemOf(post, 503, 'database-damaged')).detail).toMatch(/writes are refused/)
      await problemOf(
        await fetch(`${server.url}/v1/articles/report-1`, { method: 'DELETE', headers: auth }),
        503,
        'database-damaged',
      )
      const statuses = new Set<number>()
      for (const { id } of articles()) statuses.add((await fetch(`${server.url}/v1/articles/${id}`)).status)
      statuses.add((await fetch(`${server.url}/v1/articles?limit=100`)).status)
      expect(statuses.has(500)).toBe(false)
      expect([...statuses].every((s) => s === 200 || s === 404 || s === 503)).toBe(true)
    } finally {
      await server.close()
    }
  })
})

describe('a full disk and a read-only file', () => {
  it('answer a write with 507 when the database reaches its size limit, store nothing, and keep serving', async () => {
    const { dbPath, start } = await seeded('full')
    const db = new DatabaseSync(dbPath)
    const size = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count
    db.close()
    // No room for one more page: the next write fails as it would on a full disk.
    const server = await start({ maxDatabaseBytes: size * 4096 })
    try {
      const before = snapshotDatabase(dbPath)
      const res = await fetch(`${server.url}/v1/articles`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify([WATER, TALKS]),
      })
      expect((await problemOf(res, 507, 'storage-full')).detail).toMatch(/full/)
      expect(snapshotDatabase(dbPath)).toEqual(before)
      expect((await fetch(`${server.url}/v1/articles/report-3`)).status).toBe(200)
      expect((await fetch(`${server.url}/health`)).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('start on a read-only file, serve reads, and answer writes with 503', async (context) => {
    const { dbPath, log } = await seeded('read-only')
    // Root writes any file whatever its mode: the file is made immutable instead.
    const root = process.getuid?.() === 0
    const lock = root ? spawnSync('chattr', ['+i', dbPath]) : spawnSync('chmod', ['0444', dbPath])
    if (lock.status !== 0) context.skip()
    try {
      const corpus = join(dir, 'late.jsonl')
      writeFileSync(corpus, JSON.stringify(TALKS))
      const server = await startServer({
        port: 0,
        dbPath,
        corpus: [corpus],
        seeds: false,
        token: TOKEN,
        log: (m) => log.push(m),
      })
      try {
        expect(log.at(-1)).toMatch(
          new RegExp(
            `^could not store the start-up articles in ${dbPath} \\(attempt to write a readonly database\\)`,
          ),
        )
        expect((await fetch(`${server.url}/v1/articles/report-3`)).status).toBe(200)
        const post = await fetch(`${server.url}/v1/articles`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify(WATER),
        })
        expect((await problemOf(post, 503, 'read-only')).detail).toMatch(/cannot be written/)
        const del = await fetch(`${server.url}/v1/articles/report-3`, { method: 'DELETE', headers: auth })
        await problemOf(del, 503, 'read-only')
        expect(await (await fetch(`${server.url}/health`)).json()).toMatchObject({
          status: 'ok',
          articles: 60,
        })
      } finally {
        await server.close()
      }
    } finally {
      spawnSync(root ? 'chattr' : 'chmod', root ? ['-i', dbPath] : ['0644', dbPath])
    }
  })
})
