import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { coreStories } from '../../src/ingest/core-stories.ts'
import { Ingestor } from '../../src/ingest/ingestor.ts'
import { D1Driver } from '../../src/storage/d1/d1-driver.ts'
import { createSqlRepository } from '../../src/storage/sql-repository.ts'
import { HARAKAT, WATER } from '../fixtures.ts'

// Ingest on D1 is one `batch` per changeset: D1 runs it as one transaction.

const TABLES = ['articles', 'article_search', 'article_entities', 'entities', 'article_story', 'stories']

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>()
      return [table, row!.n] as const
    }),
  )
  return Object.fromEntries(entries)
}

/** An ingest pipeline over the test D1, as one isolate of the Worker holds it. */
function isolate(db: D1Database = env.DB) {
  return new Ingestor(createSqlRepository(new D1Driver(db)), { stories: coreStories, logError: () => {} })
}

describe('ingest transactions on D1', () => {
  it('leaves no trace of an article when its batch fails part-way', async () => {
    const before = await counts()
    let fail = true
    // The changeset's last statement fails: D1 must undo every statement before it.
    const failing = {
      prepare: (sql: string) => env.DB.prepare(sql),
      batch: (statements: D1PreparedStatement[]) =>
        env.DB.batch(
          fail
            ? [...statements, env.DB.prepare("INSERT INTO meta (key, value) VALUES ('boom', NULL)")]
            : statements,
        ),
    } as unknown as D1Database
    const ingestor = isolate(failing)
    await expect(ingestor.ingest([WATER, HARAKAT])).rejects.toThrow(/NOT NULL/)
    expect(await counts()).toEqual(before)

    fail = false
    expect((await ingestor.ingest([WATER, HARAKAT])).map((o) => o.status)).toEqual(['created', 'created'])
    expect((await counts()).articles).toBe(before.articles! + 2)
  })

  it('loses nothing when two isolates write at once', async () => {
    const [a, b] = [isolate(), isolate()]
    const batches = Array.from({ length: 10 }, (_, i) => [
      { id: `isolate-${i}`, text: `أعلنت البلدية المرحلة رقم ${i} من خطة تأهيل الطرق في الأحياء الشرقية.` },
    ])
    const before = await counts()
    await Promise.all(batches.map((batch, i) => (i % 2 === 0 ? a : b).ingest(batch)))
    const after = await counts()
    expect(after.articles).toBe(before.articles! + 10)
    expect(after.article_search).toBe(before.article_search! + 10)
    expect(after.article_story).toBe(before.article_story! + 10)
  })
})
