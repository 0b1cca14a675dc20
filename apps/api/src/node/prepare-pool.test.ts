import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArticleInputError, compareCoverage } from '@marsad/core'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { TALKS, WATER } from '../../test/fixtures.ts'
import { Ingestor } from '../ingest/ingestor.ts'
import { prepareArticle } from '../ingest/prepare.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { openSqlite } from '../storage/sqlite/open.ts'
import { PreparePool } from './prepare-pool.ts'

const dir = mkdtempSync(join(tmpdir(), 'marsad-pool-'))
const dbPath = join(dir, 'marsad.sqlite')
const driver = openSqlite(dbPath)
const pool = new PreparePool(2, dbPath)
afterAll(async () => {
  await pool.close()
  driver.db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('PreparePool', () => {
  it('answers in its threads exactly what prepareArticle answers on this one', async () => {
    const ingestedAt = '2025-03-06T10:00:00.000Z'
    const threaded = await Promise.all([WATER, TALKS].map((input) => pool.prepare(input, ingestedAt)))
    const here = await Promise.all([WATER, TALKS].map((input) => prepareArticle(input, ingestedAt)))
    expect(threaded).toEqual(here)
  })

  it('refuses what the core refuses with the core’s error and issues', async () => {
    const refused = await pool.prepare({ text: '\u200b\u200d' }, '').catch((error) => error)
    expect(refused).toBeInstanceOf(ArticleInputError)
    expect(refused.issues).toEqual(['text: is empty, or only white space and invisible characters'])
  })

  it('compares coverage as the core does, reading stored members from the file and taking the others as given', async () => {
    await new Ingestor(createSqlRepository(driver)).ingest([WATER])
    const water = await prepareArticle(WATER, '')
    const talks = await prepareArticle(TALKS, '')
    const coverage = await pool.compare([{ id: WATER.id! }, { id: TALKS.id!, json: talks.write.json }])
    expect(JSON.parse(coverage)).toEqual(
      JSON.parse(JSON.stringify(compareCoverage([water.article, talks.article]))),
    )
  })

  it('ends its threads once idle for idleMs, and starts them again for the next work', async () => {
    const idle = new PreparePool(1, dbPath, 50)
    try {
      expect(idle.running).toBe(0)
      const first = await idle.prepare(WATER, '')
      expect(idle.running).toBe(1)
      await vi.waitFor(() => expect(idle.running).toBe(0), { timeout: 5000 })
      expect(await idle.prepare(WATER, '')).toEqual(first)
      expect(idle.running).toBe(1)
    } finally {
      await idle.close()
    }
  })
})
