import { afterEach, describe, expect, it } from 'vitest'
import { type PollSetup, pollSetup, TEST_AGENT } from '../../test/feeds/poll-setup.ts'
import { rssFeed } from '../../test/feeds/sample-site.ts'
import type { FeedRecord } from '../storage/feed-store.ts'

// The poller's work on feeds, against the sample site on loopback. No page is fetched here (`itemsPerPoll: 0`):
// pages are the subject of poller-pages.test.ts.

let setup: PollSetup
afterEach(async () => {
  expect(setup.net.refused).toEqual([])
  await setup.close()
})

const noPages = {
  itemsPerPoll: 0,
  ingest: () => Promise.reject(new Error('no page is ingested in these tests')),
  decodePage: () => {
    throw new Error('no page is decoded in these tests')
  },
}

async function feed(s: PollSetup, path: string): Promise<FeedRecord> {
  const records = await s.repo.feeds.of('نشره المرصد التجريبيه')
  return records.find((r) => r.url === `${s.site.url}${path}`)!
}

describe('polling feeds', () => {
  it('reads each item once, asking robots.txt first and naming itself in every request', async () => {
    setup = await pollSetup()
    await setup.register('/ar/rss.xml')
    const summary = await setup.poller(noPages).poll()
    expect(summary).toMatchObject({ feeds: 1, failed: 0, newItems: 3 })
    expect(setup.site.requests.map((r) => r.path)).toEqual(['/robots.txt', '/ar/rss.xml'])
    expect(setup.site.requests.every((r) => r.headers['user-agent'] === TEST_AGENT)).toBe(true)
    expect(await feed(setup, '/ar/rss.xml')).toMatchObject({
      itemsSeen: 3,
      itemsPending: 3,
      lastSuccessAt: '2026-12-05T10:00:00.000Z',
      lastError: null,
    })
    // A second poll of the unchanged feed finds nothing new, and robots.txt comes from the cache.
    expect((await setup.poller(noPages).poll()).newItems).toBe(0)
    expect(setup.site.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1)
  })

  it('asks again with If-None-Match and If-Modified-Since, and takes 304 as a success with nothing new', async () => {
    setup = await pollSetup()
    await setup.register('/ar/rss.xml')
    await setup.poller(noPages).poll()
    setup.clock.now += 60_000
    const again = await setup.poller(noPages).poll()
    expect(again).toMatchObject({ unchanged: 1, newItems: 0, failed: 0 })
    const second = setup.site.requests.filter((r) => r.path === '/ar/rss.xml')[1]!
    expect(second.headers['if-none-match']).toBe('"rss-1"')
    expect(second.headers['if-modified-since']).toBe('Sat, 05 Dec 2026 06:30:00 GMT')
    expect(await feed(setup, '/ar/rss.xml')).toMatchObject({
      lastSuccessAt: '2026-12-05T10:01:00.000Z',
      itemsSeen: 3,
    })
    // The validators outlive a 304: the third poll asks with them too.
    await setup.poller(noPages).poll()
    expect(setup.site.requests.filter((r) => r.path === '/ar/rss.xml')[2]!.headers['if-none-match']).toBe(
      '"rss-1"',
    )
  })

  it('records a broken feed with where it breaks, and backs off exponentially before trying it again', async () => {
    setup = await pollSetup()
    await setup.register('/ar/broken.xml')
    const poller = setup.poller({ ...noPages, backoffBaseMs: 60_000 })
    expect((await poller.poll()).failed).toBe(1)
    expect(await feed(setup, '/ar/broken.xml')).toMatchObject({
      lastError: expect.stringMatching(/^the feed is not well-formed XML: .*\(line 3, column \d+\)$/),
      lastErrorAt: '2026-12-05T10:00:00.000Z',
      lastSuccessAt: null,
      failures: 1,
      retryAt: '2026-12-05T10:01:00.000Z',
    })
    setup.clock.now += 30_000
    expect((await poller.poll()).feeds).toBe(0)
    setup.clock.now += 30_000
    expect((await poller.poll()).failed).toBe(1)
    expect(await feed(setup, '/ar/broken.xml')).toMatchObject({
      failures: 2,
      retryAt: '2026-12-05T10:03:00.000Z',
    })
    // Mended, it is read at its next turn and the failures are forgotten; the error stays on record.
    setup.site.routes.set('/ar/broken.xml', setup.site.routes.get('/ar/rss.xml')!)
    setup.clock.now += 120_000
    expect((await poller.poll()).newItems).toBe(3)
    expect(await feed(setup, '/ar/broken.xml')).toMatchObject({
      failures: 0,
      retryAt: null,
      lastSuccessAt: '2026-12-05T10:03:00.000Z',
    })
    expect((await feed(setup, '/ar/broken.xml')).lastError).toMatch(/not well-formed/)
  })

  it('reads a windows-1256 RDF feed, Atom through a redirect, and records a loop of redirects', async () => {
    setup = await pollSetup()
    await setup.register('/ar/legacy/rdf.xml', '/ar/moved.xml', '/loop/a.xml')
    const summary = await setup.poller(noPages).poll()
    expect(summary).toMatchObject({ feeds: 3, failed: 1, newItems: 3 })
    const pending = await setup.repo.feeds.pending(`${setup.site.url}/ar/legacy/rdf.xml`, '9999', 10)
    expect(pending).toEqual([
      expect.objectContaining({
        link: `${setup.site.url}/ar/legacy/market.html`,
        publishedAt: '2026-12-02T08:00:00+03:00',
      }),
    ])
    const atom = await setup.repo.feeds.pending(`${setup.site.url}/ar/moved.xml`, '9999', 10)
    expect(atom.map((i) => i.link)).toEqual([
      `${setup.site.url}/ar/news/bridge.html`,
      `${setup.site.url}/ar/economy/budget.html`,
    ])
    expect((await feed(setup, '/loop/a.xml')).lastError).toBe(
      `redirect loop: ${setup.site.url}/loop/b.xml leads back to ${setup.site.url}/loop/a.xml`,
    )
  })

  it('gives up on a feed that does not answer in time, and on one that is not a feed', async () => {
    setup = await pollSetup({ timeoutMs: 300 })
    setup.site.routes.set('/ar/slow.xml', () => {
      // Never answers: the client's timeout ends the request.
    })
    setup.site.routes.set('/ar/page.xml', {
      headers: { 'Content-Type': 'text/html' },
      body: '<html><p>صفحة</p></html>',
    })
    await setup.register('/ar/slow.xml', '/ar/page.xml', '/ar/missing.xml')
    expect((await setup.poller(noPages).poll()).failed).toBe(3)
    expect((await feed(setup, '/ar/slow.xml')).lastError).toBe(
      `no complete answer from 127.0.0.1:${setup.site.port} within 300 ms`,
    )
    expect((await feed(setup, '/ar/page.xml')).lastError).toBe('the answer is text/html, not a feed')
    expect((await feed(setup, '/ar/missing.xml')).lastError).toBe('HTTP 404 Not Found')
  })

  it('keeps away from what robots.txt disallows, and never reaches past loopback in tests', async () => {
    setup = await pollSetup()
    setup.site.routes.set('/private/feed.xml', setup.site.routes.get('/ar/rss.xml')!)
    await setup.register('/private/feed.xml', 'https://news.example/ar/rss.xml')
    expect((await setup.poller(noPages).poll()).failed).toBe(2)
    expect((await feed(setup, '/private/feed.xml')).lastError).toBe(
      `robots.txt disallows ${setup.site.url}/private/feed.xml`,
    )
    expect(setup.site.requests.map((r) => r.path)).toEqual(['/robots.txt'])
    const records = await setup.repo.feeds.of('نشره المرصد التجريبيه')
    expect(records.find((r) => r.url.startsWith('https://news.example'))!.lastError).toMatch(
      /^https:\/\/news\.example\/robots\.txt could not be read \(news\.example could not be reached \(ENOTLOOPBACK\)\)/,
    )
    expect(setup.net.refused.splice(0)).toEqual(['https://news.example/robots.txt'])
  })

  it('sends one request at a time to a host, pausing between them, while other hosts go on', async () => {
    setup = await pollSetup({ hostDelayMs: 1500 })
    // Feeds under two names of the server are two hosts. Each feed answers only once a request of the other host
    // has arrived too (or after 2 s): were hosts taken one after the other, every feed would wait the 2 s out.
    const arrived = { '127.0.0.1': 0, localhost: 0 }
    const waiting: (() => void)[] = []
    const body = rssFeed()
    let waitedOut = 0
    for (const name of ['a', 'b', 'c']) {
      setup.site.routes.set(`/ar/${name}.xml`, (request, response) => {
        const host = request.headers.host!.split(':')[0] as keyof typeof arrived
        arrived[host]++
        const answer = () => response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(body)
        if (arrived['127.0.0.1'] > 0 && arrived.localhost > 0) {
          for (const release of waiting.splice(0)) release()
          answer()
        } else {
          waiting.push(answer)
          setTimeout(() => {
            if (waiting.includes(answer)) {
              waitedOut++
              waiting.splice(waiting.indexOf(answer), 1)
              answer()
            }
          }, 2000)
        }
      })
    }
    const other = setup.site.url.replace('127.0.0.1', 'localhost')
    await setup.register('/ar/a.xml', '/ar/b.xml', '/ar/c.xml', `${other}/ar/a.xml`, `${other}/ar/b.xml`)
    expect((await setup.poller(noPages).poll()).failed).toBe(0)
    expect(waitedOut).toBe(0)
    expect(Math.max(...setup.site.requests.map((r) => r.concurrent))).toBe(1)
    expect(Math.max(...setup.site.requests.map((r) => r.concurrentAll))).toBe(2)
    // robots.txt and three feeds on one host, robots.txt and two on the other: a pause before each but the first.
    expect(setup.pauses.filter((ms) => ms > 0)).toHaveLength(3 + 2)
    expect(setup.pauses.every((ms) => ms <= 1500 && ms > 1400)).toBe(true)
  })

  it('polls no more feeds at once than its concurrency, whatever their hosts', async () => {
    setup = await pollSetup({ hostDelayMs: 0 })
    // Each feed takes a while to answer, so that feeds polled side by side would overlap.
    for (const name of ['a', 'b']) {
      setup.site.routes.set(`/ar/${name}.xml`, (_request, response) => {
        setTimeout(
          () => response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rssFeed()),
          100,
        )
      })
    }
    const other = setup.site.url.replace('127.0.0.1', 'localhost')
    await setup.register('/ar/a.xml', '/ar/b.xml', `${other}/ar/a.xml`, `${other}/ar/b.xml`)
    expect(await setup.poller({ ...noPages, concurrency: 1 }).poll()).toMatchObject({ feeds: 4, failed: 0 })
    expect(setup.site.requests).toHaveLength(6)
    expect(Math.max(...setup.site.requests.map((r) => r.concurrentAll))).toBe(1)
  })
})
