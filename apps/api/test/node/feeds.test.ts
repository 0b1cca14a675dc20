import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../../src/node/server.ts'
import { readSourcesFile } from '../../src/node/sources-file.ts'
import { fetchJson as fetch, TOKEN } from '../app.ts'
import { type FeedServer, startFeedServer } from '../feeds/feed-server.ts'
import { loopbackFetch } from '../feeds/loopback-fetch.ts'
import { OUTLET, sampleSite } from '../feeds/sample-site.ts'

// The Node server with feeds: registered from a sources file or over HTTP, polled on its schedule only when
// polling is on, against the sample site on loopback.

const dir = mkdtempSync(join(tmpdir(), 'marsad-feeds-'))
const MAIN = join(import.meta.dirname, '../../src/node/main.ts')
let site: FeedServer
beforeAll(async () => {
  site = await startFeedServer()
  for (const [path, route] of Object.entries(sampleSite(site.url))) site.routes.set(path, route)
})
afterAll(async () => {
  await site.close()
  rmSync(dir, { recursive: true, force: true })
})
afterEach(() => {
  site.requests.length = 0
})

function sourcesFile(name: string, feeds: string[]): string {
  const path = join(dir, `${name}.json`)
  writeFileSync(
    path,
    JSON.stringify({ sources: [{ name: OUTLET, feeds: feeds.map((f) => `${site.url}${f}`) }] }),
  )
  return path
}

/** Runs the API's entry point to its exit, as a refused start should end. */
function runMain(env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stderr })))
}

describe('feeds on the Node server', () => {
  it('registers a sources file, polls it at start and on demand, and shows what it did per source', async () => {
    const net = loopbackFetch()
    const log: string[] = []
    const server = await startServer({
      port: 0,
      dbPath: ':memory:',
      seeds: false,
      token: TOKEN,
      sources: sourcesFile('rss', ['/ar/rss.xml']),
      poll: { intervalMs: 3_600_000, fetch: net.fetch, hostDelayMs: 0, privateHosts: true },
      log: (message) => log.push(message),
    })
    try {
      expect(log).toContain(`registered 1 feeds of 1 outlets from ${join(dir, 'rss.json')}`)
      // The poll at start runs first; this one waits for it, then finds nothing new.
      expect(await server.polling!.pollNow()).toMatchObject({ feeds: 1, newItems: 0, ingested: 0 })
      const id = encodeURIComponent(OUTLET)
      expect(await (await fetch(`${server.url}/v1/sources/${id}`)).json()).toMatchObject({
        articles: 2,
        feeds: [`${site.url}/ar/rss.xml`],
        itemsSeen: 3,
        itemsIngested: 2,
        lastError: null,
      })
      // A feed registered over HTTP is read at the next poll.
      const added = await fetch(`${server.url}/v1/sources/${id}/feeds`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ feeds: [`${site.url}/ar/atom.xml`, `${site.url}/ar/broken.xml`] }),
      })
      expect(added.status).toBe(201)
      expect(await server.polling!.pollNow()).toMatchObject({ feeds: 3, failed: 1, newItems: 2, ingested: 2 })
      const outlet = await (await fetch(`${server.url}/v1/sources/${id}`)).json()
      expect(outlet).toMatchObject({ articles: 3, itemsSeen: 5, itemsIngested: 4 })
      expect(outlet.lastError).toMatch(
        new RegExp(`^${site.url}/ar/broken.xml: the feed is not well-formed XML`),
      )
      expect(
        log.some((l) => l.startsWith(`feed ${site.url}/ar/broken.xml: the feed is not well-formed XML`)),
      ).toBe(true)
    } finally {
      await server.close()
    }
    expect(net.refused).toEqual([])
  })

  it('fetches nothing unless MARSAD_POLL is set, and refuses a bad interval or sources file at start', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      MARSAD_DB: ':memory:',
      MARSAD_SOURCES: sourcesFile('off', ['/ar/rss.xml']),
    }
    delete env.MARSAD_POLL
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => out.includes('Marsad API on') && resolve())
      child.once('exit', () => reject(new Error(`the server stopped: ${out}`)))
    })
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
    expect(out).toContain('registered 1 feeds of 1 outlets')
    expect(out).not.toContain('polling')
    expect(site.requests).toEqual([])

    // The two refused starts run side by side: each is a whole Node process loading the API.
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, JSON.stringify({ sources: [{ name: OUTLET, feeds: ['ftp://example.org/feed'] }] }))
    const [badPoll, badFile] = await Promise.all([
      runMain({ ...env, MARSAD_POLL: 'soon' }),
      runMain({ ...env, MARSAD_SOURCES: broken }),
    ])
    expect(badPoll.status).toBe(2)
    expect(badPoll.stderr).toContain('MARSAD_POLL is not a poll interval: "soon"')
    expect(badFile.status).toBe(1)
    expect(badFile.stderr).toContain(
      `Marsad API did not start: the sources file ${broken} is not valid: sources.0.feeds.0:`,
    )
  }, 90_000)

  it('refuses feeds on private addresses unless told to poll them', async () => {
    const net = loopbackFetch()
    const server = await startServer({
      port: 0,
      dbPath: ':memory:',
      seeds: false,
      sources: sourcesFile('private', ['/ar/rss.xml']),
      poll: { intervalMs: 3_600_000, fetch: net.fetch },
      log: () => {},
    })
    try {
      await server.polling!.pollNow()
      const outlet = await (await fetch(`${server.url}/v1/sources/${encodeURIComponent(OUTLET)}`)).json()
      expect(outlet).toMatchObject({ articles: 0, itemsSeen: 0 })
      expect(outlet.lastError).toContain(
        '127.0.0.1 is a private address (127.0.0.1); set MARSAD_POLL_PRIVATE=1 to poll one',
      )
      expect(site.requests).toEqual([])
    } finally {
      await server.close()
    }
  })

  it('ships a sample sources file whose feeds are all on loopback', () => {
    const entries = readSourcesFile(join(import.meta.dirname, '../../sources.sample.json'))
    expect(entries.length).toBeGreaterThan(0)
    for (const { feeds } of entries) {
      for (const feed of feeds) expect(new URL(feed).hostname).toBe('127.0.0.1')
    }
  })
})
