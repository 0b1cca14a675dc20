import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fetchJson as fetch, TOKEN, testApp } from '../../test/app.ts'
import { TALKS, WATER } from '../../test/fixtures.ts'
import { openSqlite } from '../storage/sqlite/open.ts'
import { SEEDS_DIR, startServer } from './server.ts'

const dir = mkdtempSync(join(tmpdir(), 'marsad-server-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const quiet = () => {}

describe('startServer on loopback', () => {
  it('ingests the seeds on first start and serves them over real HTTP', async () => {
    const server = await startServer({
      port: 0,
      dbPath: join(dir, 'a.sqlite'),
      token: 'loopback',
      log: quiet,
    })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(server.ingested.map((o) => o.id).sort()).toEqual([
        '000_c46bd0adb6ed7856',
        '003_52349cd9e965743e',
      ])
      const health = await (await fetch(`${server.url}/health`)).json()
      expect(health).toMatchObject({ status: 'ok', articles: 2 })

      const article = await fetch(`${server.url}/v1/articles/003_52349cd9e965743e`)
      expect(article.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
      const model = await article.json()
      expect(model.blocks.filter((b: { kind: string }) => b.kind === 'heading')).toHaveLength(4)
      // seeds/seeds.json gives what the byte-identical texts cannot: a readable outlet label and the date.
      expect(model.source).toEqual({ name: 'التقرير الثاني' })
      expect(model.publishedAt).toBe('2025-02-12')
      const etag = article.headers.get('ETag')!
      const revalidated = await fetch(`${server.url}/v1/articles/003_52349cd9e965743e`, {
        headers: { 'If-None-Match': etag },
      })
      expect(revalidated.status).toBe(304)

      const search = await (await fetch(`${server.url}/v1/search?q=${encodeURIComponent('بوغدانوف')}`)).json()
      expect(search.items).toHaveLength(2)

      const post = await fetch(`${server.url}/v1/articles`, {
        method: 'POST',
        headers: { Authorization: 'Bearer loopback', 'Content-Type': 'application/json' },
        body: JSON.stringify(WATER),
      })
      expect(post.status).toBe(201)
      const refused = await fetch(`${server.url}/v1/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(TALKS),
      })
      expect(refused.status).toBe(401)
      expect(refused.headers.get('Content-Type')).toBe('application/problem+json')

      const oversized = await fetch(`${server.url}/v1/articles`, {
        method: 'POST',
        headers: { Authorization: 'Bearer loopback', 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 'ا'.repeat(17 * 1024 * 1024) }),
      })
      expect(oversized.status).toBe(413)
    } finally {
      await server.close()
    }
  })

  it('keeps its data across restarts, does not seed twice, and loads the corpus idempotently', async () => {
    const dbPath = join(dir, 'b.sqlite')
    const corpus = join(dir, 'corpus')
    mkdirSync(corpus)
    writeFileSync(join(corpus, 'market.txt'), 'ارتفعت أسعار الخضار في السوق المركزي هذا الأسبوع.')
    writeFileSync(join(corpus, 'more.jsonl'), `${JSON.stringify(WATER)}\n\n${JSON.stringify(TALKS)}\n`)

    const first = await startServer({ port: 0, dbPath, corpus: [corpus], log: quiet })
    expect(first.ingested.filter((o) => o.status === 'created')).toHaveLength(5)
    const del = await fetch(`${first.url}/v1/articles/000_c46bd0adb6ed7856`, { method: 'DELETE' })
    expect(del.status).toBe(403)
    await first.close()

    // As if an older core had parsed them: the server parses the stored inputs again on start.
    const db = openSqlite(dbPath)
    db.db.exec(`UPDATE model SET value = 'older'; UPDATE article_search SET body = ''`)
    db.db.close()
    const lines: string[] = []
    const second = await startServer({ port: 0, dbPath, corpus: [corpus], log: (line) => lines.push(line) })
    try {
      expect(lines[0]).toBe('re-parsing 5 stored articles: @marsad/core now makes something else of them')
      const found = await (await fetch(`${second.url}/v1/search?q=${encodeURIComponent('الخضار')}`)).json()
      expect(found.items.map((h: { article: { id: string } }) => h.article.id)).toEqual(['market'])
      expect(second.ingested.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged'])
      const list = await (await fetch(`${second.url}/v1/articles?limit=100`)).json()
      expect(list.items.map((a: { id: string }) => a.id).sort()).toEqual(
        ['000_c46bd0adb6ed7856', '003_52349cd9e965743e', 'market', TALKS.id, WATER.id].sort(),
      )
    } finally {
      await second.close()
    }
  })

  it('skips corpus records that are not articles, saying where, and keeps the rest', async () => {
    const bad = join(dir, 'mixed.jsonl')
    writeFileSync(
      bad,
      '{"id": "good", "text": "افتتحت البلدية حديقة جديدة."}\n{oops\n{"id": "blank", "text": " "}\n',
    )
    const lines: string[] = []
    const server = await startServer({
      port: 0,
      dbPath: join(dir, 'c.sqlite'),
      corpus: [bad],
      seeds: false,
      log: (line) => lines.push(line),
    })
    await server.close()
    expect(server.ingested.map((o) => o.id)).toEqual(['good'])
    expect(lines.filter((l) => l.startsWith('skipped'))).toEqual([
      expect.stringMatching(/mixed\.jsonl:2: not valid JSON/),
      expect.stringMatching(/mixed\.jsonl:3: text: is empty/),
    ])
    expect(SEEDS_DIR).toMatch(/seeds$/)
  })

  it('stores the stories and coverage of a batch as the core makes them on one thread, compared in its threads, after a restart too', async () => {
    const root = new URL('../../../../packages/core/test/stories/corpus/', import.meta.url)
    const batch = readdirSync(root)
      .sort()
      .slice(0, 3)
      .flatMap((event) =>
        readdirSync(new URL(`${event}/`, root)).map((file) => {
          const [head, ...body] = readFileSync(new URL(`${event}/${file}`, root), 'utf8').split('\n\n')
          const field = (name: string) => head!.match(new RegExp(`^${name}: (.*)$`, 'm'))![1]!
          return {
            id: file,
            text: body.join('\n\n'),
            title: field('title'),
            publishedAt: field('publishedAt'),
          }
        }),
      )
    const start = () =>
      startServer({ port: 0, dbPath: join(dir, 'd.sqlite'), seeds: false, token: TOKEN, log: quiet })
    const here = testApp()
    const post = {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    }
    // Two writes, the second by a restarted server: its story window comes back from the stored story state, and
    // it compares stories holding stored members, which the threads read from the file.
    for (const part of [batch.slice(0, 5), batch.slice(5)]) {
      const server = await start()
      try {
        const body = JSON.stringify(part)
        expect((await fetch(`${server.url}/v1/articles`, { ...post, body })).status).toBe(201)
        expect((await here.post('/v1/articles', part)).status).toBe(201)
      } finally {
        await server.close()
      }
    }
    const server = await start()
    try {
      const stories = await (await fetch(`${server.url}/v1/stories?limit=100`)).json()
      expect(stories).toEqual(await (await here.request('/v1/stories?limit=100')).json())
      expect(stories.items.length).toBeGreaterThan(1)
      // Members carry the time each app stored them; everything else must be the same.
      const read = async (response: Response | Promise<Response>) =>
        JSON.parse(await (await response).text(), (key, value) => (key === 'ingestedAt' ? undefined : value))
      for (const { id } of stories.items) {
        const path = `/v1/stories/${encodeURIComponent(id)}`
        expect(await read(fetch(`${server.url}${path}`))).toEqual(await read(here.request(path)))
      }
    } finally {
      await server.close()
    }
  })
})
