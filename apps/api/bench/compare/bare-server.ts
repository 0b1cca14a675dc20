import { DatabaseSync } from 'node:sqlite'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { STANDARD_HEADERS } from '../../src/http/headers.ts'

// The anchor of the API's comparisons, run as its own process: bare Hono on @hono/node-server over the same SQLite
// file, opened with the same pragmas as the API's (`openSqlite`), with nothing between the route and the database.
// - `GET /v1/articles/:id`: the stored bytes of the article, read from the file (the memory anchor's RSS);
// - `GET /memory/:id`: the same bytes held in memory (loaded at start for the ids in MARSAD_BARE_IDS);
// - `GET /headed/:id`: the same, with the headers the API sends with an article (security, CORS, caching, ETag);
// - `GET /fts?match=`: FTS5's bm25 top 10 for a MATCH expression (already analysed), as JSON.
const [dbPath = ''] = process.argv.slice(2)
const db = new DatabaseSync(dbPath, { readOnly: true })
db.exec('PRAGMA cache_size = -65536')
db.exec('PRAGMA mmap_size = 1073741824')
const byId = db.prepare('SELECT CAST(body AS BLOB) AS body FROM articles WHERE id = ?')
const top10 = db.prepare(
  `SELECT a.id, a.title, bm25(article_search, 3.0, 1.0) AS score
   FROM article_search JOIN articles a ON a.seq = article_search.rowid
   WHERE article_search MATCH ? ORDER BY score LIMIT 10`,
)
const JSON_UTF8 = { 'Content-Type': 'application/json; charset=utf-8' }
const memory = new Map<string, Uint8Array>()
for (const id of (process.env.MARSAD_BARE_IDS ?? '').split(',').filter(Boolean)) {
  const row = byId.get(id) as { body: Uint8Array } | undefined
  if (row) memory.set(id, row.body)
}

const app = new Hono()
app.get('/v1/articles/:id', (c) => {
  const row = byId.get(c.req.param('id')) as { body: Uint8Array } | undefined
  return row ? c.body(row.body as Uint8Array<ArrayBuffer>, 200, JSON_UTF8) : c.notFound()
})
app.get('/memory/:id', (c) => {
  const body = memory.get(c.req.param('id'))
  return body ? c.body(body as Uint8Array<ArrayBuffer>, 200, JSON_UTF8) : c.notFound()
})
const API_HEADERS = {
  ...STANDARD_HEADERS,
  ETag: '"0123456789abcdef01234567-0123456789ab"',
  'Cache-Control': 'public, max-age=300',
  ...JSON_UTF8,
}
app.get('/headed/:id', (c) => {
  const body = memory.get(c.req.param('id'))
  return body
    ? new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: API_HEADERS })
    : c.notFound()
})
app.get('/fts', (c) => c.json(top10.all(c.req.query('match') ?? '')))

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`bare Hono on http://127.0.0.1:${info.port}`)
})
process.once('SIGTERM', () => server.close(() => process.exit(0)))
