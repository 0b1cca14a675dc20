import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  evictDurableObject,
  getQueueResult,
  runInDurableObject,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, inject, it } from 'vitest'
import { prepareArticle } from '../../src/ingest/prepare.ts'
import worker from '../../src/worker/index.ts'
import { storyIndexOf } from '../../src/worker/ingest-queue.ts'
import { HARAKAT, TALKS, WATER } from '../fixtures.ts'
import { newsPage, PAGE_CANONICAL, PAGE_URL } from '../html-page.ts'
import { workerClient } from './client.ts'
import { SEED_000, SEED_003 } from './seeds.ts'

// The seeds report one call: dated, they form one story.
const CALL = { publishedAt: '2025-02-12T18:00:00Z' }
const index = storyIndexOf({ STORY_INDEX: env.STORY_INDEX! })
const { auth, url } = workerClient('203.0.113.40')
const queuedEnv = { ...env, MARSAD_INGEST: 'queue' }

async function storyOf(id: string): Promise<{ id: string; articleIds: string[] } | undefined> {
  const row = await env.DB.prepare(
    'SELECT s.body FROM article_story a JOIN stories s ON s.id = a.story_id WHERE a.article_id = ?',
  )
    .bind(id)
    .first<{ body: string }>()
  return row === null ? undefined : JSON.parse(row.body)
}

async function until<T>(probe: () => Promise<T | undefined>, seconds = 20): Promise<T> {
  for (let waited = 0; waited < seconds * 10; waited++) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('timed out')
}

describe('the story Durable Object', () => {
  it('places articles, and after a restart carries on from its own storage', async () => {
    const first = await index.place([await prepareArticle({ ...SEED_000, ...CALL }, '2025-02-13T00:00:00Z')])
    expect(first).toEqual({ outcomes: [{ id: SEED_000.id, status: 'created', storyId: expect.any(String) }] })

    await evictDurableObject(index)
    // A new instance holds nothing until a write needs its window, which it reads from its storage.
    expect(await index.held()).toBe(0)
    const second = await index.place([await prepareArticle({ ...SEED_003, ...CALL }, '2025-02-13T00:00:00Z')])
    expect(second).toMatchObject({ outcomes: [{ id: SEED_003.id, status: 'created' }] })
    expect(await index.held()).toBe(2)
    expect((await storyOf(SEED_003.id))?.articleIds.sort()).toEqual([SEED_000.id, SEED_003.id].sort())

    const stored = await runInDurableObject(index, (_, state) =>
      state.storage.sql
        .exec<{ members: number; documents: number }>(
          `SELECT (SELECT count(*) FROM story_members) AS members,
           (SELECT value FROM story_meta WHERE key = 'documents') AS documents`,
        )
        .one(),
    )
    expect(stored).toEqual({ members: 2, documents: 2 })
  })

  it('refuses an id stored with other content, storing nothing', async () => {
    const other = await prepareArticle({ ...SEED_000, ...CALL, title: 'عنوان آخر' }, '2025-02-13T00:00:00Z')
    expect(await index.place([other])).toEqual({ refused: expect.stringContaining(SEED_000.id) })
  })
})

describe('the ingest queue consumer', () => {
  it('parses each message’s article and has the Durable Object store it; a refused one keeps its reason', async () => {
    const queue = async (id: string, input: unknown) =>
      env.DB.prepare('INSERT INTO ingest_queue (id, input, queued_at) VALUES (?, ?, ?)')
        .bind(id, JSON.stringify(input), '2025-03-06T00:00:00Z')
        .run()
    await queue(WATER.id!, WATER)
    await queue('blank', { id: 'blank', text: ' \u200b ' })
    // Both came from a feed: the poller recorded them as queued.
    for (const [key, id] of [
      ['water', WATER.id!],
      ['blank', 'blank'],
    ]) {
      await env.DB.prepare(
        `INSERT INTO feed_items (feed_url, item_key, link, status, article_id, attempts, seen_at)
         VALUES ('https://feeds.test/rss.xml', ?, ?, 'queued', ?, 1, '2025-03-06T00:00:00Z')`,
      )
        .bind(key, `https://feeds.test/${key}.html`, id)
        .run()
    }
    const batch = createMessageBatch('marsad-ingest', [
      { id: 'm1', timestamp: new Date(), attempts: 1, body: { id: WATER.id! } },
      { id: 'm2', timestamp: new Date(), attempts: 1, body: { id: 'blank' } },
      { id: 'm3', timestamp: new Date(), attempts: 1, body: { id: 'never-queued' } },
    ])
    await worker.queue(batch, env)
    const result = await getQueueResult(batch, createExecutionContext())
    expect(result.explicitAcks.sort()).toEqual(['m1', 'm2', 'm3'])
    expect(result.retryMessages).toEqual([])
    expect((await storyOf(WATER.id!))?.articleIds).toEqual([WATER.id])
    const rows = await env.DB.prepare('SELECT id, refused FROM ingest_queue ORDER BY id').all()
    expect(rows.results).toEqual([{ id: 'blank', refused: expect.stringMatching(/text/) }])
    const items = await env.DB.prepare(
      'SELECT item_key AS key, status, error FROM feed_items ORDER BY key',
    ).all()
    expect(items.results).toEqual([
      {
        key: 'blank',
        status: 'failed',
        error: expect.stringMatching(/^the ingest queue refused the article: .*text/),
      },
      { key: 'water', status: 'ingested', error: null },
    ])
    const refused = await worker.fetch(new Request(url('/v1/ingest/blank')), env, createExecutionContext())
    expect(await refused.json()).toEqual({
      id: 'blank',
      status: 'refused',
      detail: expect.stringMatching(/text/),
    })
  })
})

describe('POST /v1/articles through the queue', () => {
  it('answers 202 with the ids queued, and the consumer stores each article with its story', async () => {
    const post = (body: unknown) =>
      worker.fetch(
        new Request(url('/v1/articles'), { method: 'POST', headers: auth, body: JSON.stringify(body) }),
        queuedEnv,
        createExecutionContext(),
      )
    const single = await post(TALKS)
    expect(single.status).toBe(202)
    expect(single.headers.get('Location')).toBe(`/v1/articles/${TALKS.id}`)
    expect(await single.json()).toEqual({
      articles: [{ id: TALKS.id, status: 'queued', storyId: null }],
      created: 0,
      unchanged: 0,
      queued: 1,
    })
    const batch = await post([HARAKAT, { text: 'خبر قصير بلا معرف عن افتتاح معرض للكتاب في المدينة.' }])
    expect(batch.status).toBe(202)
    const ids = ((await batch.json()) as { articles: { id: string }[] }).articles.map((a) => a.id)
    expect(ids[0]).toBe(HARAKAT.id)
    expect(ids[1]).toMatch(/^[0-9a-f]{16}$/)

    const status = async (id: string) => {
      const res = await worker.fetch(
        new Request(url(`/v1/ingest/${id}`)),
        queuedEnv,
        createExecutionContext(),
      )
      return ((await res.json()) as { status: string }).status
    }
    expect(['queued', 'stored']).toContain(await status(TALKS.id!))
    for (const id of [TALKS.id!, ...ids]) {
      const story = await until(() => storyOf(id))
      expect(await status(id)).toBe('stored')
      expect(story.articleIds).toContain(id)
      const read = await worker.fetch(
        new Request(url(`/v1/articles/${id}`)),
        queuedEnv,
        createExecutionContext(),
      )
      expect(read.status).toBe(200)
    }
    const left = await env.DB.prepare('SELECT count(*) AS n FROM ingest_queue WHERE refused IS NULL').first()
    expect(left).toEqual({ n: 0 })
  })
})

describe('a news page POSTed through the queue', () => {
  const post = (body: unknown) =>
    worker.fetch(
      new Request(url('/v1/articles'), { method: 'POST', headers: auth, body: JSON.stringify(body) }),
      queuedEnv,
      createExecutionContext(),
    )

  it('answers at once with the id its article will have, and the consumer stores it', async () => {
    const res = await post({ html: newsPage(), url: PAGE_URL })
    expect(res.status).toBe(202)
    const [queued] = ((await res.json()) as { articles: { id: string; status: string }[] }).articles
    // The id the direct pipeline gives the same page.
    expect(queued).toEqual({
      id: (await prepareArticle({ html: newsPage(), url: PAGE_URL }, '')).article.id,
      status: 'queued',
      storyId: null,
    })
    await until(() => storyOf(queued!.id))
    const read = await worker.fetch(
      new Request(url(`/v1/articles/${queued!.id}`)),
      queuedEnv,
      createExecutionContext(),
    )
    expect(await read.json()).toMatchObject({
      title: 'افتتاح جسر الوادي الجديد',
      source: { name: 'صحيفة الوادي', url: PAGE_CANONICAL },
    })
  })

  it('refuses a page without article text with 422, queuing nothing of the batch', async () => {
    const empty = '<html><body><nav><a href="/">الرئيسية</a></nav></body></html>'
    const res = await post([TALKS, { html: empty, url: 'https://alwadi-news.example/local' }])
    expect(res.status).toBe(422)
    expect(JSON.stringify(await res.json())).toMatch(/no article text/)
    const queued = await env.DB.prepare('SELECT count(*) AS n FROM ingest_queue WHERE id = ?')
      .bind(TALKS.id!)
      .first()
    expect(queued).toEqual({ n: 0 })
  })
})

describe('the Cron Trigger through the queue', () => {
  it('hands new pages to the queue, and the source counts them queued, then stored', async () => {
    const site = inject('feedSite')
    const outlet = encodeURIComponent('نشرة المرصد التجريبية')
    const call = (path: string, init?: { method: string; headers: HeadersInit; body: string }) =>
      worker.fetch(new Request(url(path), init), queuedEnv, createExecutionContext())
    const added = await call(`/v1/sources/${outlet}/feeds`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ feeds: [`${site}/ar/rss.xml`] }),
    })
    expect(added.status).toBe(201)
    const ctx = createExecutionContext()
    worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), queuedEnv, ctx)
    await waitOnExecutionContext(ctx)
    const feed = async () => {
      const detail = (await (await call(`/v1/sources/${outlet}`)).json()) as {
        feedStatus: { itemsQueued: number; itemsIngested: number; itemsRefused: number }[]
      }
      return detail.feedStatus[0]!
    }
    // Two pages handed on (the third item is kept away by robots.txt); the consumer stores them in its own time.
    const settled = await until(async () => {
      const f = await feed()
      return f.itemsQueued === 0 ? f : undefined
    })
    expect(settled).toMatchObject({ itemsIngested: 2, itemsRefused: 1 })
    const { items } = (await (await call(`/v1/articles?source=${outlet}`)).json()) as { items: unknown[] }
    expect(items).toHaveLength(2)
  })
})
