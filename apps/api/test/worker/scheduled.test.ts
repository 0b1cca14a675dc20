import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, inject, it } from 'vitest'
import worker from '../../src/worker/index.ts'
import { workerClient } from './client.ts'

// The Cron Trigger in workerd: feeds registered over HTTP, polled by the `scheduled` handler from the sample site
// on loopback (test/worker/feed-site.setup.ts), pages stored in D1. workerd may reach loopback only (the project's
// outbound network in vitest.config.ts).

const { call, auth } = workerClient('198.51.100.9')
const OUTLET = 'نشرة المرصد التجريبية'

async function runCron() {
  const ctx = createExecutionContext()
  worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), env, ctx)
  await waitOnExecutionContext(ctx)
}

describe('the Cron Trigger', () => {
  it('polls the registered feeds, stores new pages as articles and records what it did', async () => {
    const site = inject('feedSite')
    const id = encodeURIComponent(OUTLET)
    const added = await call(`/v1/sources/${id}/feeds`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        feeds: [
          `${site}/ar/rss.xml`,
          `${site}/ar/legacy/rdf.xml`,
          `${site}/ar/broken.xml`,
          'https://news.example/ar/rss.xml',
        ],
      }),
    })
    expect(added.status).toBe(201)
    await runCron()
    const outlet = await (await call(`/v1/sources/${id}`)).json()
    expect(outlet).toMatchObject({ articles: 3, itemsSeen: 4, itemsIngested: 3 })
    const byUrl = Object.fromEntries(outlet.feedStatus.map((f: { url: string }) => [f.url, f]))
    expect(byUrl[`${site}/ar/rss.xml`]).toMatchObject({ lastError: null, itemsRefused: 1, failures: 0 })
    expect(byUrl[`${site}/ar/broken.xml`].lastError).toMatch(/^the feed is not well-formed XML/)
    // Past loopback, the test's outbound service refuses with a 502: the site is off limits and the feed backed off.
    expect(byUrl['https://news.example/ar/rss.xml']).toMatchObject({ failures: 1, lastSuccessAt: null })
    expect(byUrl['https://news.example/ar/rss.xml'].lastError).toMatch(
      /^https:\/\/news\.example\/robots\.txt could not be read \(HTTP 502\)/,
    )

    const { items } = await (await call(`/v1/articles?source=${id}`)).json()
    expect(items.map((a: { title: string }) => a.title).toSorted()).toEqual(
      [
        'افتتاح جسر جديد فوق النهر يربط ضفتي المدينة',
        'الأمطار تعود إلى الساحل بعد أسابيع من الجفاف',
        // A windows-1256 feed and page: workerd's TextDecoder reads that encoding too.
        'سوق الخضار القديم يعود إلى العمل بعد الترميم',
      ].toSorted(),
    )
    // The next run finds nothing new to store.
    await runCron()
    expect(await (await call(`/v1/sources/${id}`)).json()).toMatchObject({ articles: 3, itemsIngested: 3 })
  })
})
