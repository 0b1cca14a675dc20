import { gunzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'
import { openPage, url, useBrowser } from './browser.ts'
import { startSite } from './site-server.ts'

const session = useBrowser()

// Two outlets' reports of one quake, written for this test: they agree on the place, the depth and the minister's
// words, and disagree on the magnitude.
const QUAKE = [
  {
    id: 'live-quake-sahel',
    title: 'زلزال بقوة 6.2 درجات يضرب جنوب تركيا',
    source: { name: 'وكالة الساحل' },
    publishedAt: '2025-04-02T09:00:00+03:00',
    text: 'ضرب زلزال بقوة 6.2 درجات على مقياس ريختر ولاية هطاي جنوب تركيا فجر الأربعاء.\nوقالت إدارة الكوارث والطوارئ التركية إن الزلزال وقع على عمق عشرة كيلومترات.\nوأعلن وزير الداخلية التركي علي يرلي قايا أن فرق الإنقاذ انتشرت في المناطق المتضررة.\nوشعر سكان مدينة أنطاكيا بالهزة لعدة ثوان.',
  },
  {
    id: 'live-quake-madina',
    title: 'هزة أرضية تضرب ولاية هطاي التركية',
    source: { name: 'صحيفة المدينة' },
    publishedAt: '2025-04-02T11:30:00+03:00',
    text: 'ضرب زلزال بقوة 5.9 درجات على مقياس ريختر ولاية هطاي جنوب تركيا فجر الأربعاء.\nوذكرت إدارة الكوارث والطوارئ التركية أن الزلزال وقع على عمق عشرة كيلومترات.\nوأغلقت السلطات المدارس في الولاية ليوم واحد احتياطا.',
  },
]

describe('the live observatory', () => {
  it('shows articles POSTed to the API on the home, story, entity and search pages at once, with no rebuild', async () => {
    const posted = await fetch(`${inject('apiUrl')}/v1/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${inject('apiToken')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(QUAKE),
    })
    expect(posted.status).toBe(201)
    // Each page is opened once, right after the POST, with no wait or retry: what it shows was rendered from the API
    // on that request. (A time limit here failed on a loaded CI machine, and speed belongs to the benchmarks.)

    const home = await openPage(session.context, '/')
    const card = home.page.locator('[aria-labelledby="compared-title"] .story-card', {
      hasText: 'وكالة الساحل',
    })
    expect(await card.count()).toBe(1)
    expect(await card.locator('.outlets li').allTextContents()).toEqual(['وكالة الساحل', 'صحيفة المدينة'])
    expect(await card.locator('.meta').textContent()).toContain('مقالتان')

    await card.locator('h3 a').click()
    await home.page.waitForURL(/\/stories\//)
    const story = home.page
    expect(await story.locator('h1').textContent()).toBe('زلزال بقوة 6.2 درجات يضرب جنوب تركيا')
    const magnitude = story.locator('.differences > li', { hasText: '6.2' })
    expect(await magnitude.textContent()).toContain('5.9')
    expect(await story.locator('.fact-row', { hasText: 'عمق عشرة كيلومترات' }).count()).toBe(1)
    expect(await story.locator('.unique-column').nth(1).textContent()).toContain('أغلقت السلطات المدارس')

    const place = story.locator('header .chips a', { hasText: 'هطاي' })
    await place.click()
    await story.waitForURL(/\/entities\//)
    expect(await story.locator('#stories-title + .story-list').textContent()).toContain('زلزال بقوة 6.2')

    const search = await openPage(session.context, `/search/?q=${encodeURIComponent('هطاي')}`)
    const hits = await search.page
      .locator('#search-results h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hits.sort()).toEqual(['/articles/live-quake-madina/', '/articles/live-quake-sahel/'])
  })
})

describe('HTTP basics', () => {
  it('answers pages with an ETag and Cache-Control, 304 when unchanged, and gzip when asked', async () => {
    const first = await fetch(url('/'), { headers: { 'accept-encoding': 'identity' } })
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const body = Buffer.from(await first.arrayBuffer())
    const again = await fetch(url('/'), {
      headers: { 'if-none-match': etag!, 'accept-encoding': 'identity' },
    })
    expect(again.status).toBe(304)

    const { request } = await import('node:http')
    const zipped = await new Promise<{ encoding: unknown; bytes: Buffer }>((resolve, reject) => {
      request(url('/'), { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
        )
      })
        .on('error', reject)
        .end()
    })
    expect(zipped.encoding).toBe('gzip')
    expect(zipped.bytes.length).toBeLessThan(body.length / 3)
    expect(gunzipSync(zipped.bytes).equals(body)).toBe(true)
  })

  it('has robots.txt, favicon.ico, and OpenGraph and Twitter tags from the request’s origin', async () => {
    const robots = await (await fetch(url('/robots.txt'))).text()
    expect(robots).toContain(`Sitemap: ${url('/sitemap.xml')}`)
    const icon = await fetch(url('/favicon.ico'))
    expect(icon.status).toBe(200)
    expect(Buffer.from(await icon.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))

    const { page } = await openPage(session.context, '/articles/003_52349cd9e965743e/')
    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content')
    expect(await meta('og:type')).toBe('article')
    expect(await meta('og:title')).toMatch(/^أعلنت الرئاسة الروسية/)
    expect(await meta('og:url')).toBe(url('/articles/003_52349cd9e965743e/'))
    expect(await meta('article:published_time')).toBe('2025-02-12')
    expect(await meta('twitter:card')).toBe('summary')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      url('/articles/003_52349cd9e965743e/'),
    )
  })

  it('takes canonical, feed and sitemap links from MARSAD_PUBLIC_URL when it is set', async () => {
    const site = await startSite({
      dist: inject('siteDist'),
      apiUrl: inject('apiUrl'),
      env: { MARSAD_PUBLIC_URL: 'https://marsad.example' },
    })
    try {
      const html = await (await fetch(`${site.url}/entities/`)).text()
      expect(html).toContain('<link rel="canonical" href="https://marsad.example/entities/">')
      expect(await (await fetch(`${site.url}/robots.txt`)).text()).toContain(
        'Sitemap: https://marsad.example/sitemap.xml',
      )
      expect(await (await fetch(`${site.url}/rss.xml`)).text()).toContain(
        '<link>https://marsad.example/stories/',
      )
    } finally {
      await site.close()
    }
  })
})
