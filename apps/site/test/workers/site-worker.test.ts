import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, siteRoot } from '../site-server.ts'
import { type Wrangler, wrangler, wranglerDev } from './wrangler.ts'

// The Cloudflare build (`build:cloudflare`) run in workerd by `wrangler dev`, with the API Worker
// (apps/api/wrangler.toml) bound as `API` over a local D1. The API is first run alone to take the articles in,
// since a Worker reached only through a binding has no address of its own; then the site renders them.
const dist = join(siteRoot, 'test-results/dist-cloudflare')
const state = join(siteRoot, 'test-results/wrangler-state')
const apiConfig = join(siteRoot, '../api/wrangler.toml')
const TOKEN = 'site-worker-test-token'

let site: Wrangler | undefined

beforeAll(async () => {
  await Promise.all([rm(dist, { recursive: true, force: true }), rm(state, { recursive: true, force: true })])
  // A cache folder of its own: the browser tests' Node build runs beside this one.
  await buildSite({
    outDir: dist,
    env: {
      MARSAD_SITE_ADAPTER: 'cloudflare',
      MARSAD_SITE_CACHE_DIR: join(siteRoot, 'test-results/.astro-cache-cloudflare'),
    },
  })
  await wrangler(
    ['d1', 'migrations', 'apply', 'marsad', '--local', '--persist-to', state],
    join(siteRoot, '../api'),
  )

  const api = await wranglerDev({ configs: [apiConfig], persistTo: state, vars: { MARSAD_API_TOKEN: TOKEN } })
  try {
    const articles = (await readFile(join(siteRoot, 'test/fixtures/attribution/vaccine.jsonl'), 'utf8'))
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line))
    const posted = await fetch(`${api.url}/v1/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(articles),
    })
    // The API Worker queues what it is sent (202); its queue consumer stores each article a moment later.
    if (posted.status !== 202)
      throw new Error(`POST /v1/articles answered ${posted.status}: ${await posted.text()}`)
    await storedAll(
      api.url,
      articles.map((article: { id: string }) => article.id),
    )
  } finally {
    await api.close()
  }
  site = await wranglerDev({ configs: [join(dist, 'server/wrangler.json'), apiConfig], persistTo: state })
})

/** Waits until `GET /v1/ingest/{id}` says each article is stored, failing on a refusal or after a minute. */
async function storedAll(base: string, ids: readonly string[]): Promise<void> {
  const until = Date.now() + 60_000
  for (const id of ids) {
    for (;;) {
      const status = (await (await fetch(`${base}/v1/ingest/${encodeURIComponent(id)}`)).json()) as {
        status: string
        detail?: string
      }
      if (status.status === 'stored') break
      if (status.status === 'refused') throw new Error(`the queue refused ${id}: ${status.detail}`)
      if (Date.now() > until) throw new Error(`${id} still ${status.status} after a minute`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

afterAll(async () => {
  await site?.close()
})

describe('the site as a Cloudflare Worker', () => {
  it('renders the home and story pages from the API Worker through the service binding', async () => {
    const home = await fetch(`${site!.url}/`)
    expect(home.status).toBe(200)
    const html = await home.text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('الأردن يطلق حملة تطعيم ضد الحصبة في المدارس')
    expect(html).toContain('مقالتان')

    const link = /href="(\/stories\/[^"]+)"/.exec(html)?.[1]
    expect(link).toBeDefined()
    const story = await fetch(`${site!.url}${link}`)
    expect(story.status).toBe(200)
    const page = await story.text()
    expect(page).toContain('وكالة الرأي')
    expect(page).toContain('صحيفة الغد')
    expect(page).toContain('تغيّرت نسبة التصريح')
    expect(story.headers.get('etag')).toMatch(/^"/)
  })

  it('answers the 404 page for a story the API does not have', async () => {
    const missing = await fetch(`${site!.url}/stories/no-such-story/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('الصفحة غير موجودة')
  })
})
