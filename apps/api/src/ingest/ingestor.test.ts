import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArticleInput } from '@marsad/core'
import { afterEach, describe, expect, it } from 'vitest'
import { HARAKAT, TALKS, WATER } from '../../test/fixtures.ts'
import { groupingEngine } from '../../test/grouping-engine.ts'
import { type Statement, statement } from '../storage/sql/driver.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { openSqlite } from '../storage/sqlite/open.ts'
import { SqliteDriver } from '../storage/sqlite/sqlite-driver.ts'
import { coreStories } from './core-stories.ts'
import { ArticleConflictError, InvalidArticlesError } from './errors.ts'
import { modelFingerprint } from './fingerprint.ts'
import { Ingestor } from './ingestor.ts'
import type { StoryEngine } from './story-engine.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function setup(driver = openSqlite(':memory:')) {
  const repo = createSqlRepository(driver)
  return { driver, repo, ingestor: new Ingestor(repo, { stories: groupingEngine }) }
}

async function count(driver: SqliteDriver, table: string): Promise<number> {
  return (await driver.first<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n
}

function article(id: string, words: string): ArticleInput {
  return { id, text: `${words}. وأضاف المتحدث أن الاجتماع المقبل سيعقد في الأسبوع القادم.` }
}

describe('Ingestor.ingest', () => {
  it('stores articles with their search rows and reports them created, then unchanged', async () => {
    const { driver, ingestor } = setup()
    const first = await ingestor.ingest([WATER, TALKS])
    expect(first.map((o) => o.status)).toEqual(['created', 'created'])
    const again = await ingestor.ingest([TALKS, WATER])
    expect(again.map((o) => [o.id, o.status])).toEqual([
      ['talks-geneva', 'unchanged'],
      ['water-amman', 'unchanged'],
    ])
    expect(await count(driver, 'articles')).toBe(2)
    expect(await count(driver, 'article_search')).toBe(2)
  })

  it('gives an article without an id the core’s content id, so resending the text is a no-op', async () => {
    const { ingestor } = setup()
    const [a] = await ingestor.ingest([{ text: WATER.text }])
    const [b] = await ingestor.ingest([{ text: WATER.text }])
    expect(a!.id).toMatch(/^[0-9a-f]{16}$/)
    expect(b).toEqual({ ...a, status: 'unchanged' })
  })

  it('refuses a whole batch with an invalid item, saying which and why, and stores none of it', async () => {
    const { driver, ingestor } = setup()
    const error = await ingestor.ingest([WATER, { id: 'empty', text: '   ' }, TALKS]).catch((e) => e)
    expect(error).toBeInstanceOf(InvalidArticlesError)
    expect(error.issues).toEqual([{ index: 1, path: 'text', message: expect.stringMatching(/empty/) }])
    expect(await count(driver, 'articles')).toBe(0)
  })

  it('refuses an id stored with other content, and an id repeated with other content in one batch', async () => {
    const { driver, ingestor } = setup()
    await ingestor.ingest([WATER])
    const changed = { ...WATER, text: `${WATER.text}\nسطر إضافي.` }
    await expect(ingestor.ingest([TALKS, changed])).rejects.toEqual(new ArticleConflictError(['water-amman']))
    const repeated = await ingestor.ingest([TALKS, { ...TALKS, title: 'عنوان آخر' }]).catch((e) => e)
    expect(repeated.issues).toEqual([
      { index: 1, path: 'id', message: 'repeats the id of item 0 with other content' },
    ])
    expect(await count(driver, 'articles')).toBe(1)
  })

  it('keeps stories in step: a new member replaces the story, a removal shrinks it', async () => {
    const { driver, repo, ingestor } = setup()
    const [a1] = await ingestor.ingest([article('a-1', 'افتتح الوزير مشروعاً')])
    expect(a1!.storyId).toBe('story:a-1')
    const [, a2, b1] = await ingestor.ingest([
      article('a-1', 'افتتح الوزير مشروعاً'),
      article('a-2', 'دشن الوزير المشروع'),
      article('b-1', 'فاز الفريق بالمباراة'),
    ])
    expect(a2!.storyId).toBe('story:a-1+a-2')
    expect(b1!.storyId).toBe('story:b-1')
    expect((await repo.stories({}, { limit: 10 })).items.map((s) => s.id).sort()).toEqual([
      'story:a-1+a-2',
      'story:b-1',
    ])
    expect(await repo.storyMembers('story:a-1+a-2')).toHaveLength(2)
    expect(JSON.parse((await repo.storyCoverage('story:a-1+a-2'))!)).toEqual({ articles: ['a-1', 'a-2'] })

    expect(await ingestor.remove('a-1')).toBe(true)
    expect(await ingestor.remove('a-1')).toBe(false)
    expect((await repo.stories({}, { limit: 10 })).items.map((s) => s.id).sort()).toEqual([
      'story:a-2',
      'story:b-1',
    ])
    expect(await count(driver, 'article_story')).toBe(2)
    expect(await count(driver, 'article_search')).toBe(2)
  })

  it('gives a story to articles stored without one at the next write that has stories', async () => {
    const { driver, repo, ingestor } = setup()
    await new Ingestor(repo).ingest([article('a-1', 'افتتح الوزير مشروعاً')])
    expect(await count(driver, 'stories')).toBe(0)
    const [b1] = await ingestor.ingest([article('b-1', 'فاز الفريق بالمباراة')])
    expect(b1!.storyId).toBe('story:b-1')
    const stories = await driver.all<{ id: string }>('SELECT id FROM stories ORDER BY id')
    expect(stories.map((s) => s.id)).toEqual(['story:a-1', 'story:b-1'])
    expect(await count(driver, 'article_story')).toBe(2)
  })

  it('loses nothing when many ingests run at once', async () => {
    const { driver, ingestor } = setup()
    const ids = Array.from({ length: 40 }, (_, i) => `c${i % 4}-${i}`)
    await Promise.all(ids.map((id) => ingestor.ingest([article(id, `خبر رقم ${id}`)])))
    expect(await count(driver, 'articles')).toBe(40)
    expect(await count(driver, 'article_story')).toBe(40)
    expect(await count(driver, 'stories')).toBe(4)
  })

  it('loses nothing when two processes’ pipelines write one file at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'))
    dirs.push(dir)
    const path = join(dir, 'db.sqlite')
    const a = setup(openSqlite(path))
    const b = setup(openSqlite(path))
    const batches = Array.from({ length: 20 }, (_, i) => [article(`g${i % 3}-${i}`, `بيان رقم ${i}`)])
    await Promise.all(batches.map((batch, i) => (i % 2 === 0 ? a : b).ingestor.ingest(batch)))
    expect(await count(a.driver, 'articles')).toBe(20)
    expect(await count(a.driver, 'stories')).toBe(3)
    const members = await a.driver.all<{ n: number }>(
      'SELECT count(*) AS n FROM article_story GROUP BY story_id',
    )
    expect(members.map((m) => m.n).sort()).toEqual([6, 7, 7])
  })

  it('leaves no trace of an article when its transaction fails part-way', async () => {
    class FailingDriver extends SqliteDriver {
      fail = true
      override batch(statements: Statement[]) {
        const extra = this.fail ? [statement("INSERT INTO meta (key, value) VALUES ('boom', NULL)")] : []
        return super.batch([...statements, ...extra])
      }
    }
    const driver = new FailingDriver(openSqlite(':memory:').db)
    const { ingestor } = setup(driver)
    await expect(ingestor.ingest([WATER, HARAKAT])).rejects.toThrow(/NOT NULL/)
    for (const table of ['articles', 'article_search', 'article_entities', 'article_story', 'stories']) {
      expect(await count(driver, table), table).toBe(0)
    }
    driver.fail = false
    expect((await ingestor.ingest([WATER, HARAKAT])).map((o) => o.status)).toEqual(['created', 'created'])
    expect(await count(driver, 'stories')).toBe(2)
  })
})

describe('Ingestor.reindex', () => {
  it('parses stored inputs again, rewrites what derives from them, and records the model', async () => {
    const { driver, repo, ingestor } = setup()
    await ingestor.ingest([WATER, TALKS, HARAKAT])
    const fresh = await driver.all<{ id: string; body: string }>('SELECT id, body FROM articles ORDER BY seq')
    expect(await repo.model()).toBe(modelFingerprint())
    // What an older core might have left: other bodies, an empty search index, no stories, another fingerprint.
    await driver.batch([
      statement(`UPDATE articles SET body = json_set(body, '$.sentences', json('[]'))`),
      statement(`UPDATE article_search SET body = ''`),
      statement('DELETE FROM stories'),
      statement('DELETE FROM article_story'),
      statement(`UPDATE model SET value = 'older'`),
    ])
    const reader = new Ingestor(repo, { stories: groupingEngine })
    expect(await reader.reindex()).toBe(3)
    expect(await driver.all('SELECT id, body FROM articles ORDER BY seq')).toEqual(fresh)
    expect(await repo.model()).toBe(modelFingerprint())
    expect(await count(driver, 'stories')).toBe(3)
    expect(await count(driver, 'article_story')).toBe(3)
    const hits = await driver.all(`SELECT rowid FROM article_search WHERE article_search MATCH '"جنيف"'`)
    expect(hits).toHaveLength(1)
  })

  it('builds the story state again when another core stored it, whose terms this core does not read', async () => {
    const driver = openSqlite(':memory:')
    const repo = createSqlRepository(driver)
    const ingestor = new Ingestor(repo, { stories: coreStories })
    await ingestor.ingest([WATER, TALKS, HARAKAT])
    const stories = await driver.all('SELECT article_id, story_id FROM article_story ORDER BY article_id')
    // What a core with another stemmer fold might have left: its own terms counted, and its fingerprint.
    await driver.batch([
      statement(`UPDATE story_terms SET term = 'older:' || term`),
      statement(`UPDATE model SET value = 'older'`),
    ])
    const reader = new Ingestor(repo, { stories: coreStories })
    expect(await reader.reindex()).toBe(3)
    expect(await repo.model()).toBe(modelFingerprint())
    expect(await driver.all('SELECT article_id, story_id FROM article_story ORDER BY article_id')).toEqual(
      stories,
    )
    expect(await count(driver, 'story_terms')).toBeGreaterThan(0)
    expect(
      await driver.all(`SELECT term FROM story_terms WHERE term LIKE 'older:%' AND articles > 0`),
    ).toEqual([])
  })
})

describe('Ingestor when the core fails', () => {
  it('forgets a clusterer that failed half-way, so later writes see only what is stored', async () => {
    const driver = openSqlite(':memory:')
    const repo = createSqlRepository(driver)
    let fail = false
    const engine: StoryEngine = {
      ...groupingEngine,
      createIndex() {
        const inner = groupingEngine.createIndex()
        return {
          ...inner,
          story: (n: number) => {
            if (fail) throw new Error('clusterer failure')
            return inner.story(n)
          },
        }
      },
    }
    const ingestor = new Ingestor(repo, { stories: engine })
    await ingestor.ingest([article('a-1', 'خبر أول')])
    fail = true
    await expect(ingestor.ingest([article('a-2', 'خبر ثان')])).rejects.toThrow('clusterer failure')
    fail = false
    await ingestor.ingest([article('b-1', 'خبر ثالث')])
    const stories = await driver.all<{ id: string }>('SELECT id FROM stories ORDER BY id')
    expect(stories.map((s) => s.id)).toEqual(['story:a-1', 'story:b-1'])
  })
})
