import { describe, expect, it } from 'vitest'
import { TOKEN } from '../../test/app.ts'
import { WATER } from '../../test/fixtures.ts'
import { createApp } from '../app.ts'
import { statement } from '../storage/sql/driver.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { openSqlite } from '../storage/sqlite/open.ts'

describe('GET /v1/ingest/{id}', () => {
  it('says whether a POSTed article is stored, queued or refused, and 404 for an id never posted', async () => {
    const db = openSqlite(':memory:')
    const app = createApp({ repo: createSqlRepository(db), token: TOKEN, logError: () => {} })
    const post = await app.request('/v1/articles', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(WATER),
    })
    expect(post.status).toBe(201)
    // What the Worker's queue path leaves while its consumer works, or once it refused an article.
    await db.batch([
      statement("INSERT INTO ingest_queue (id, input, queued_at) VALUES ('waiting', '{}', '2025-03-01')"),
      statement(
        "INSERT INTO ingest_queue (id, input, queued_at, refused) VALUES ('bad', '{}', '2025-03-01', 'text: is empty')",
      ),
    ])
    const status = async (id: string) => {
      const res = await app.request(`/v1/ingest/${id}`)
      return { code: res.status, body: await res.json(), cache: res.headers.get('Cache-Control') }
    }
    expect(await status(WATER.id!)).toEqual({
      code: 200,
      body: { id: WATER.id, status: 'stored', detail: null },
      cache: 'no-store',
    })
    expect((await status('waiting')).body).toEqual({ id: 'waiting', status: 'queued', detail: null })
    expect((await status('bad')).body).toEqual({ id: 'bad', status: 'refused', detail: 'text: is empty' })
    expect((await status('never')).code).toBe(404)
    expect((await app.request('/v1/ingest/never', { method: 'DELETE' })).status).toBe(405)
  })
})
