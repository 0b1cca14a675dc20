import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { createApp } from '../src/app.ts'
import { createSqlRepository } from '../src/storage/sql-repository.ts'
import { openSqlite } from '../src/storage/sqlite/open.ts'

// Run as a child process by run.ts, so the load generator does not share its event loop: the API over the bench
// database, and beside it a bare Hono app answering the same bytes from memory, the baseline of every ratio.
const [dbPath = '', articleId = '', searchPath = ''] = process.argv.slice(2)
const app = createApp({ repo: createSqlRepository(openSqlite(dbPath)) })

const article = await (await app.request(`/v1/articles/${articleId}`)).text()
const search = await (await app.request(searchPath)).text()
const bare = new Hono()
bare.get('/article', (c) => c.body(article, 200, { 'Content-Type': 'application/json; charset=utf-8' }))
bare.get('/search', (c) => c.body(search, 200, { 'Content-Type': 'application/json' }))

const listen = (fetch: typeof app.fetch) =>
  new Promise<number>((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port))
    process.once('disconnect', () => server.close())
    process.once('SIGINT', () => process.exit(0))
  })
// Each request's CPU time inside its handler, in microseconds: under a single connection nothing else runs in this
// process meanwhile, so that is the request's latency on a core of its own, whatever else the machine is doing.
let handled: number[] = []
const timed =
  (fetch: typeof app.fetch): typeof app.fetch =>
  async (...args) => {
    const start = process.cpuUsage()
    const response = await fetch(...args)
    const { user, system } = process.cpuUsage(start)
    handled.push(user + system)
    return response
  }

const [api, baseline] = await Promise.all([listen(timed(app.fetch)), listen(timed(bare.fetch))])
process.send!({ api, baseline })
// The bench asks for this process's CPU time around each load (CPU per request is what the handlers cost, whatever
// else the machine is running at the time) and for the handler times since it last asked.
process.on('message', (message) => {
  if (message === 'handled') {
    process.send!({ handled })
    handled = []
    return
  }
  const { user, system } = process.cpuUsage()
  process.send!({ cpu: user + system })
})
