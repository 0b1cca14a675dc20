import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { WATER } from '../../test/fixtures.ts'
import { Ingestor } from '../ingest/ingestor.ts'
import { storageFault } from './faults.ts'
import { createSqlRepository } from './sql-repository.ts'
import { checkIntegrity, openSqlite } from './sqlite/open.ts'

const sqliteError = (errcode: number, message: string) => Object.assign(new Error(message), { errcode })

describe('storageFault', () => {
  it('reads node:sqlite result codes (extended ones too) and D1 messages alike', () => {
    expect(storageFault(sqliteError(13, 'database or disk is full'))).toBe('full')
    expect(storageFault(sqliteError(8 | (1 << 8), 'attempt to write a readonly database'))).toBe('read-only')
    expect(storageFault(sqliteError(11, 'database disk image is malformed'))).toBe('damaged')
    expect(storageFault(sqliteError(26, 'file is not a database'))).toBe('damaged')
    expect(storageFault(new Error('D1_ERROR: database or disk is full: SQLITE_FULL'))).toBe('full')
    expect(storageFault(new Error('wrapped', { cause: new Error('SQLITE_READONLY') }))).toBe('read-only')
    expect(storageFault(sqliteError(19, 'UNIQUE constraint failed'))).toBeUndefined()
    expect(storageFault('SQLITE_FULL')).toBeUndefined()
  })

  it('answers 507 for a full store, 503 for a read-only one and a damaged one, which /health then reports', async () => {
    for (const [errcode, status, type] of [
      [13, 507, 'storage-full'],
      [8, 503, 'read-only'],
      [11, 503, 'database-damaged'],
    ] as const) {
      const t = testApp()
      t.repo.article = () => Promise.reject(sqliteError(errcode, 'disk says no'))
      const res = await t.request('/v1/articles/x')
      expect(res.status).toBe(status)
      expect(await res.json()).toMatchObject({ type: `/problems/${type}`, status })
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      const health = await t.request('/health')
      expect(health.status).toBe(type === 'database-damaged' ? 503 : 200)
    }
  })
})

describe('checkIntegrity', () => {
  it('finds a sound file sound with the quick and the full check', () => {
    const driver = openSqlite(':memory:')
    expect(checkIntegrity(driver, 'quick')).toBeUndefined()
    expect(checkIntegrity(driver, 'full')).toBeUndefined()
    driver.db.close()
  })

  it('checks a file on disk, what its WAL holds included, and leaves the connection serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-check-'))
    try {
      const driver = openSqlite(join(dir, 'a.sqlite'), { writer: true })
      const repo = createSqlRepository(driver)
      await new Ingestor(repo).ingest([WATER])
      expect(checkIntegrity(driver, 'quick')).toBeUndefined()
      expect(checkIntegrity(driver, 'full')).toBeUndefined()
      expect(
        JSON.parse(new TextDecoder().decode((await repo.article(WATER.id!))!.json as Uint8Array)).id,
      ).toBe(WATER.id)
      driver.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
