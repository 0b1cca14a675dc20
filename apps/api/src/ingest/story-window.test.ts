import { parseArticle, storiesOf, storyOrder } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { storyCorpus } from '../../test/story-corpus.ts'
import type { SqlDriver } from '../storage/sql/driver.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { openSqlite } from '../storage/sqlite/open.ts'
import { coreStories } from './core-stories.ts'
import { Ingestor } from './ingestor.ts'
import type { WindowLimits } from './story-window.ts'

const inputs = storyCorpus({ seeds: true })
const parsed = inputs.map((input) => parseArticle(input))
const expected = storiesOf(parsed)
  .map((story) => [story.id, story.articleIds])
  .sort()
const byId = new Map(inputs.map((input) => [input.id, input]))
// The order a stream brings them in: the core's corpus order.
const ordered = storyOrder(parsed).map((article) => byId.get(article.id)!)

async function storedStories(db: SqlDriver) {
  const rows = await db.all<{ body: string }>('SELECT body FROM stories')
  return rows
    .map((row) => JSON.parse(row.body) as { id: string; articleIds: string[] })
    .map((story) => [story.id, story.articleIds])
    .sort()
}

/** Ingests `ordered` one article a write, starting a new ingestor (a restarted process) every `restartEvery`. */
async function ingestWithRestarts(restartEvery: number, window?: WindowLimits) {
  const db = openSqlite(':memory:')
  const repo = createSqlRepository(db)
  const start = () => new Ingestor(repo, { stories: coreStories, ...(window && { window }) })
  let ingestor = start()
  const held: number[] = []
  for (const [i, input] of ordered.entries()) {
    if (i > 0 && i % restartEvery === 0) ingestor = start()
    await ingestor.ingest([input])
    held.push(ingestor.heldArticles)
  }
  return { db, repo, held, ingestor }
}

describe('the story window', () => {
  it.each([1, 37, ordered.length - 1])(
    'gives the core’s storiesOf for the hand corpus and seeds after a restart at article %i',
    async (cut) => {
      const db = openSqlite(':memory:')
      const repo = createSqlRepository(db)
      const first = new Ingestor(repo, { stories: coreStories })
      for (const input of ordered.slice(0, cut)) await first.ingest([input])
      const second = new Ingestor(repo, { stories: coreStories })
      for (const input of ordered.slice(cut)) await second.ingest([input])
      expect(await storedStories(db)).toEqual(expected)
    },
  )

  it('holds at most its window of articles, restarts from it, and still gives storiesOf', async () => {
    const { db, held } = await ingestWithRestarts(10, { articles: 8, undated: 4 })
    expect(Math.max(...held)).toBeLessThanOrEqual(8 + 5)
    expect(await storedStories(db)).toEqual(expected)
    const documents = await db.first<{ value: number }>(
      "SELECT value FROM story_meta WHERE key = 'documents'",
    )
    expect(documents?.value).toBe(ordered.length)
    const members = await db.first<{ n: number }>('SELECT count(*) AS n FROM story_members')
    expect(members?.n).toBe(ordered.length)
  })

  it('brings back an evicted story for a late article dated near it', async () => {
    const { db, ingestor } = await ingestWithRestarts(1000, { articles: 8, undated: 4 })
    const early = expected.find(([, ids]) => ids!.length >= 3 && ids!.includes(ordered[0]!.id))!
    const model = byId.get((early[1] as string[])[1]!)!
    await ingestor.ingest([{ ...model, id: 'late-copy', source: { name: 'وكالة متأخرة' } }])
    const stories = await storedStories(db)
    expect(stories.find(([, ids]) => ids!.includes('late-copy'))![1]).toEqual([
      ...(early[1] as string[]),
      'late-copy',
    ])
  })

  it('brings a story of more members than it reads at once back whole after a restart', async () => {
    const db = openSqlite(':memory:')
    const repo = createSqlRepository(db)
    const model = ordered[0]!
    const copy = (i: number) => ({ ...model, id: `copy-${i}`, source: { name: `وكالة ${i}` } })
    // 40 copies: more than the 32 members the window reads and restores at a time.
    await new Ingestor(repo, { stories: coreStories }).ingest(Array.from({ length: 40 }, (_, i) => copy(i)))
    await new Ingestor(repo, { stories: coreStories }).ingest([copy(40)])
    const stories = await storedStories(db)
    expect(stories).toHaveLength(1)
    expect(stories[0]![1]).toHaveLength(41)
  })

  it('builds the story state of a database stored before it once, from the stored stories', async () => {
    const { db, repo } = await ingestWithRestarts(1000)
    await db.batch([
      { sql: 'DELETE FROM story_terms', params: [] },
      { sql: 'DELETE FROM story_members', params: [] },
      { sql: 'DELETE FROM story_spans', params: [] },
      { sql: "UPDATE story_meta SET value = -1 WHERE key = 'documents'", params: [] },
    ])
    const later = new Ingestor(repo, { stories: coreStories })
    expect(await later.remove(ordered.at(-1)!.id)).toBe(true)
    const counts = await db.first<{ documents: number; members: number }>(
      `SELECT (SELECT value FROM story_meta WHERE key = 'documents') AS documents,
       (SELECT count(*) FROM story_members) AS members`,
    )
    expect(counts).toEqual({ documents: ordered.length - 1, members: ordered.length - 1 })
    await new Ingestor(repo, { stories: coreStories }).ingest([ordered.at(-1)!])
    expect(await storedStories(db)).toEqual(expected)
  })
})
