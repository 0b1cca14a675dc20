import { decodeHtml } from '@marsad/web'
import { afterEach, describe, expect, it } from 'vitest'
import type { TestResponse } from '../../test/app.ts'
import { type PollSetup, pollSetup } from '../../test/feeds/poll-setup.ts'
import { OUTLET, STORIES, storyPage } from '../../test/feeds/sample-site.ts'
import { createApp } from '../app.ts'
import { Ingestor } from '../ingest/ingestor.ts'
import { ingestPages } from './ingest-page.ts'

// The poller's work on pages: each new item's page fetched once, parsed by @marsad/web and stored, or its failure
// recorded; against the sample site on loopback.

let setup: PollSetup
afterEach(async () => {
  expect(setup.net.refused).toEqual([])
  await setup.close()
})

function pagesPoller(s: PollSetup, options: { maxPageBytes?: number; maxItemAttempts?: number } = {}) {
  const ingestor = new Ingestor(s.repo)
  return s.poller({
    ingest: ingestPages(ingestor),
    decodePage: decodeHtml,
    backoffBaseMs: 60_000,
    ...options,
  })
}

interface ItemRow {
  link: string
  status: string
  attempts: number
  error: string | null
  retry_at: string | null
  article_id: string | null
}
/** The API over the test's database, to read what the poller stored as a user would. */
function api(s: PollSetup) {
  const app = createApp({ repo: s.repo, logError: () => {} })
  return async (path: string) => (await (app.request(path) as Promise<TestResponse>)).json()
}

function items(s: PollSetup): ItemRow[] {
  return s.driver.db
    .prepare(
      'SELECT link, status, attempts, error, retry_at, article_id FROM feed_items ORDER BY seen_at, link',
    )
    .all() as unknown as ItemRow[]
}
const path = (s: PollSetup, link: string) => link.slice(s.site.url.length)

function feedOf(paths: string[]): string {
  return `<rss version="2.0"><channel><title>${OUTLET}</title>${paths
    .map((p) => `<item><link>${p}</link></item>`)
    .join('')}</channel></rss>`
}

describe('polling pages', () => {
  it('stores each new page as an article of the outlet, once, and keeps away from what robots.txt disallows', async () => {
    setup = await pollSetup()
    await setup.register('/ar/rss.xml', '/ar/atom.xml')
    const summary = await pagesPoller(setup).poll()
    expect(summary).toMatchObject({ feeds: 2, failed: 0, newItems: 5, ingested: 4, itemFailures: 1 })
    const pages = setup.site.requests.map((r) => r.path).filter((p) => p.endsWith('.html'))
    expect(pages.toSorted()).toEqual([
      '/ar/economy/budget.html',
      '/ar/news/bridge.html',
      '/ar/news/rain.html',
    ])
    const rows = items(setup)
    expect(rows.filter((r) => r.status === 'refused')).toEqual([
      expect.objectContaining({ link: `${setup.site.url}/private/draft.html`, attempts: 0 }),
    ])
    const bridge = rows.filter((r) => r.link.endsWith('/bridge.html'))
    expect(bridge).toHaveLength(2)
    expect(bridge[0]!.article_id).toBe(bridge[1]!.article_id)

    const read = api(setup)
    const { items: articles } = await read('/v1/articles')
    expect(
      articles.map((a: { title: string; source: string; publishedAt: string }) => [
        a.title,
        a.source,
        a.publishedAt,
      ]),
    ).toEqual([
      [STORIES[0]!.title, OUTLET, '2026-12-05T09:30:00+03:00'],
      [STORIES[1]!.title, OUTLET, '2026-12-04T18:10:00+03:00'],
      [STORIES[2]!.title, OUTLET, '2026-12-03T11:00:00+03:00'],
    ])
    const model = await read(`/v1/articles/${articles[0].id}`)
    expect(model.text).toContain('افتتحت بلدية المدينة صباح السبت جسراً جديداً')
    expect(model.text).not.toContain('اقرأ أيضاً')
    expect(model.source.url).toBe(`${setup.site.url}/ar/news/bridge.html`)

    const outlet = await read(`/v1/sources/${encodeURIComponent(OUTLET)}`)
    expect(outlet).toMatchObject({ articles: 3, itemsSeen: 5, itemsIngested: 4, lastError: null })
    expect(
      outlet.feedStatus.map((f: { itemsSeen: number; itemsIngested: number; itemsRefused: number }) => [
        f.itemsSeen,
        f.itemsIngested,
        f.itemsRefused,
      ]),
    ).toEqual([
      [3, 2, 1],
      [2, 2, 0],
    ])
    // Nothing is fetched again at the next poll: the feeds list only what is stored or refused.
    const before = setup.site.requests.length
    setup.clock.now += 60_000
    expect(await pagesPoller(setup).poll()).toMatchObject({ newItems: 0, ingested: 0, itemFailures: 0 })
    expect(setup.site.requests.slice(before).map((r) => r.path)).toEqual(
      ['/ar/rss.xml', '/ar/atom.xml'].toSorted(),
    )
  })

  it('counts a page handed to a queue as queued, until the queue settles it as stored or refused', async () => {
    setup = await pollSetup()
    await setup.register('/ar/atom.xml')
    // On Workers the hand-off answers `queued`: the page waits for the ingest queue's consumer (tested in workerd).
    const handedOn: string[] = []
    const poller = setup.poller({
      ingest: async (page) => {
        handedOn.push(page.url)
        return { id: `queued-${handedOn.length}`, status: 'queued' }
      },
      decodePage: decodeHtml,
    })
    expect(await poller.poll()).toMatchObject({ newItems: 2, ingested: 0, queued: 2, itemFailures: 0 })
    const read = api(setup)
    const counts = async () => {
      const [feed] = (await read(`/v1/sources/${encodeURIComponent(OUTLET)}`)).feedStatus
      return [feed.itemsQueued, feed.itemsIngested, feed.itemsFailed]
    }
    expect(await counts()).toEqual([2, 0, 0])
    // A queued page is not fetched again while it waits.
    setup.clock.now += 60_000
    expect(await poller.poll()).toMatchObject({ queued: 0 })
    expect(handedOn).toHaveLength(2)

    await setup.repo.feeds.settleQueued('queued-1', { stored: true })
    await setup.repo.feeds.settleQueued('queued-2', { refused: 'the text holds no sentence' })
    expect(await counts()).toEqual([0, 1, 1])
    expect(items(setup).find((r) => r.article_id === 'queued-2')).toMatchObject({
      status: 'failed',
      error: 'the ingest queue refused the article: the text holds no sentence',
    })
    // Settling touches queued items only: a later word about the same id changes nothing.
    await setup.repo.feeds.settleQueued('queued-1', { refused: 'late' })
    expect(await counts()).toEqual([0, 1, 1])
  })

  it('reads a windows-1256 page listed by a windows-1256 feed', async () => {
    setup = await pollSetup()
    await setup.register('/ar/legacy/rdf.xml')
    expect(await pagesPoller(setup).poll()).toMatchObject({ ingested: 1, itemFailures: 0 })
    const read = api(setup)
    const { items: articles } = await read('/v1/articles')
    expect(articles[0].title).toBe('سوق الخضار القديم يعود إلى العمل بعد الترميم')
    const model = await read(`/v1/articles/${articles[0].id}`)
    expect(model.text).toContain('بعد ترميم استمر عاماً كاملاً')
  })

  it('cuts a huge page at the size cap, stores what it read, and records the cut', async () => {
    setup = await pollSetup()
    const comments = `<section class="comments">${'<p>تعليق من قارئ على الخبر يكرر ما قاله غيره.</p>'.repeat(20_000)}</section>`
    setup.site.routes.set('/ar/huge.html', {
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: storyPage(STORIES[0]!, 'utf-8', comments),
    })
    setup.site.routes.set('/ar/huge.xml', {
      headers: { 'Content-Type': 'application/rss+xml' },
      body: feedOf(['/ar/huge.html']),
    })
    await setup.register('/ar/huge.xml')
    expect(await pagesPoller(setup, { maxPageBytes: 64 * 1024 }).poll()).toMatchObject({ ingested: 1 })
    expect(items(setup)).toEqual([
      expect.objectContaining({
        status: 'ingested',
        error: `the page was cut at ${64 * 1024} bytes, the limit`,
      }),
    ])
    const read = api(setup)
    const { items: articles } = await read('/v1/articles')
    expect(articles[0].title).toBe(STORIES[0]!.title)
  })

  it('gives up on pages that are gone, not HTML or hold no article, and retries busy ones with backoff', async () => {
    setup = await pollSetup()
    setup.site.routes.set('/ar/pdf.html', {
      headers: { 'Content-Type': 'application/pdf' },
      body: '%PDF-1.7',
    })
    setup.site.routes.set('/ar/empty.html', {
      headers: { 'Content-Type': 'text/html' },
      body: '<html><body><nav><a href="/">الرئيسية</a></nav></body></html>',
    })
    setup.site.routes.set('/ar/busy.html', { status: 503, headers: { 'Retry-After': '300' }, body: 'مشغول' })
    const feed = feedOf(['/ar/gone.html', '/ar/pdf.html', '/ar/empty.html', '/ar/busy.html'])
    setup.site.routes.set('/ar/faults.xml', {
      headers: { 'Content-Type': 'application/rss+xml', ETag: '"f"' },
      body: feed,
    })
    await setup.register('/ar/faults.xml')
    const poller = pagesPoller(setup, { maxItemAttempts: 2 })
    expect(await poller.poll()).toMatchObject({ ingested: 0, itemFailures: 4 })
    const byPath = () => Object.fromEntries(items(setup).map((r) => [path(setup, r.link), r]))
    expect(byPath()['/ar/gone.html']).toMatchObject({
      status: 'failed',
      error: 'HTTP 404 Not Found',
      attempts: 1,
    })
    expect(byPath()['/ar/pdf.html']).toMatchObject({
      status: 'failed',
      error: 'the page is application/pdf, not HTML',
    })
    expect(byPath()['/ar/empty.html']).toMatchObject({
      status: 'failed',
      error: 'the page holds no article to store (html: no article text found in the page)',
    })
    // Retry-After asks for longer than the first backoff (60 s): the page waits 300 s.
    expect(byPath()['/ar/busy.html']).toMatchObject({
      status: 'pending',
      error: 'HTTP 503 Service Unavailable',
      attempts: 1,
      retry_at: '2026-12-05T10:05:00.000Z',
    })
    setup.clock.now += 60_000
    await poller.poll()
    expect(setup.site.requests.filter((r) => r.path === '/ar/busy.html')).toHaveLength(1)
    setup.clock.now += 240_000
    await poller.poll()
    expect(byPath()['/ar/busy.html']).toMatchObject({ status: 'failed', attempts: 2 })
    const outlet = (await setup.repo.feeds.of('نشره المرصد التجريبيه'))[0]!
    expect(outlet).toMatchObject({
      itemsSeen: 4,
      itemsIngested: 0,
      itemsFailed: 4,
      itemsPending: 0,
      lastError: null,
    })
  })
})
