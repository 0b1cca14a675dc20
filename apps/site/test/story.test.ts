import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { compareCoverage, parseArticle } from '@marsad/core'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { xmlText } from '../src/lib/text.ts'
import { openPage, phone, screenshots, url, useBrowser } from './browser.ts'
import { siteRoot } from './build-site.ts'

const session = useBrowser()

const seedIds = ['000_c46bd0adb6ed7856', '003_52349cd9e965743e']

/** The story page of the seeds, found from the home page as a reader would. */
async function seedStory(page: Page): Promise<string> {
  const card = page.locator('.story-card', { hasText: seedIds[0]! })
  const href = await card.locator('h2 a').getAttribute('href')
  expect(href).toMatch(/^\/stories\/[^/]+\/$/)
  return href!
}

/** The sentence of a column that contains `text`. */
const sentence = (page: Page, column: number, text: string) =>
  page.locator(`#column-${column}`).locator('xpath=ancestor::section[1]').locator('.s', { hasText: text })

describe('home page', () => {
  it('lists the stories newest first, with their outlets, source count and shared entities', async () => {
    const { page, status, problems } = await openPage(session.context, '/')
    expect(status).toBe(200)
    const titles = await page.locator('.story-card h2').allTextContents()
    expect(titles).toHaveLength(5)
    expect(titles[0]).toBe('الأردن والعراق يوقعان اتفاقاً للربط الكهربائي')
    expect(titles[1]).toContain('الجفاف')
    expect(titles[2]).toContain('<script>')
    expect(titles[3]).toContain('خاتمة')
    expect(titles[4]).toMatch(/^أجرى الرئيس الروسي فلاديمير بوتين/)

    const grid = page.locator('.story-card').first()
    expect(await grid.locator('.outlets li').allTextContents()).toEqual(['صحيفة الرصد', 'موقع الخبر اليوم'])
    expect(await grid.locator('.meta').textContent()).toContain('2 مصادر مستقلة')
    expect(await grid.locator('time').getAttribute('datetime')).toMatch(/^2025-03-11/)

    const seeds = page.locator('.story-card').nth(4)
    expect(await seeds.locator('.outlets li').count()).toBe(2)
    const entities = await seeds.locator('.chips a').allTextContents()
    expect(entities).toEqual(expect.arrayContaining(['فلاديمير بوتين', 'أحمد الشرع']))
    expect(problems).toEqual([])
  })
})

describe('story page', () => {
  it('sets the outlets side by side and marks each sentence shared or unique', async () => {
    const home = await openPage(session.context, '/')
    const { page, problems } = await openPage(session.context, await seedStory(home.page))
    const columns = page.locator('.comparison > .column')
    expect(await columns.count()).toBe(2)
    const [first, second] = await columns.evaluateAll((elements) =>
      elements.map((e) => e.getBoundingClientRect()),
    )
    expect(Math.abs(first!.top - second!.top)).toBeLessThan(1)
    expect(second!.right).toBeLessThan(first!.left + 1)

    for (const column of [0, 1]) {
      expect(await page.locator(`[id^="a${column}-s"].s--shared`).count()).toBeGreaterThanOrEqual(4)
      expect(await page.locator(`[id^="a${column}-s"].s--unique`).count()).toBeGreaterThanOrEqual(3)
    }
    // Both outlets report the readiness to help with humanitarian aid; only one the debt write-off, only the
    // other Russia as the world's second strongest country.
    const aid = [sentence(page, 0, 'المساعدات الإنسانية'), sentence(page, 1, 'المساعدات الإنسانية')]
    const facts = await Promise.all(aid.map((s) => s.getAttribute('data-fact')))
    expect(facts[0]).toMatch(/^\d+$/)
    expect(facts[1]).toBe(facts[0])
    expect(await sentence(page, 0, 'شطب الديون').getAttribute('class')).toContain('s--unique')
    expect(await sentence(page, 1, 'ثاني أقوى دولة').getAttribute('class')).toContain('s--unique')
    expect(problems).toEqual([])
  })

  it('takes the reader to the counterpart of a shared sentence in one click, and highlights it on hover', async () => {
    const home = await openPage(session.context, '/')
    const { page } = await openPage(session.context, await seedStory(home.page))
    const aid = sentence(page, 0, 'المساعدات الإنسانية')
    const fact = await aid.getAttribute('data-fact')
    await aid.locator('a.fact').click()
    const target = page.locator('.s:target')
    expect(await target.getAttribute('id')).toMatch(/^a1-s\d+$/)
    expect(await target.getAttribute('data-fact')).toBe(fact)
    expect(await target.textContent()).toContain('المساعدات الإنسانية')

    // Hover: a fresh page, nothing focused or hovered yet.
    const fresh = (await openPage(session.context, page.url().split('#')[0]!)).page
    const counterpart = sentence(fresh, 1, 'المساعدات الإنسانية')
    const unrelated = sentence(fresh, 1, 'ثاني أقوى دولة')
    const background = () => counterpart.evaluate((e) => getComputedStyle(e).backgroundColor)
    const before = await background()
    await sentence(fresh, 0, 'المساعدات الإنسانية').hover()
    const during = await background()
    expect(during).not.toBe(before)
    expect(await unrelated.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe(during)

    // From the keyboard: focusing the fact's link highlights it the same way.
    await fresh.mouse.move(0, 0)
    expect(await background()).toBe(before)
    await sentence(fresh, 0, 'المساعدات الإنسانية').locator('a.fact').focus()
    expect(await background()).toBe(during)
  })

  it('shows a bar of shared and unique text per outlet', async () => {
    const home = await openPage(session.context, '/')
    const { page } = await openPage(session.context, await seedStory(home.page))
    const bars = page.locator('.outlet-summary .bar')
    expect(await bars.count()).toBe(2)
    for (const label of await bars.evaluateAll((elements) =>
      elements.map((e) => e.getAttribute('aria-label')),
    )) {
      expect(label).toMatch(/^\d+٪ من النص مشترك مع مصادر أخرى، و\d+٪ انفرد به$/)
    }
    const widths = await page
      .locator('.outlet-summary .bar__shared')
      .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().width))
    expect(widths.every((width) => width > 0)).toBe(true)
  })

  it('shows every quote variant, difference and title given the core finds, the seeds’ two wordings of one statement paired', async () => {
    const seeds = await Promise.all(
      seedIds.map(async (id) =>
        parseArticle({ id, text: await readFile(join(siteRoot, '../../seeds', `${id}.txt`), 'utf8') }),
      ),
    )
    const coverage = compareCoverage(seeds)
    const home = await openPage(session.context, '/')
    const { page } = await openPage(session.context, await seedStory(home.page))

    const variant = page.locator('.variants', { hasText: 'بنّاءة وموضوعية وعملية' })
    expect(await variant.locator('.variant').count()).toBe(2)
    expect(await variant.textContent()).toContain('بناءة وعملية وثريّة بالمحتوى')
    expect(await page.locator('.variants').count()).toBe(coverage.quoteVariants.length)

    const differences = page.locator('.differences > li')
    expect(await differences.count()).toBe(coverage.differences.length)
    for (const [index, difference] of coverage.differences.entries()) {
      const shown = (await differences.nth(index).locator('dt').allTextContents()).join('\n')
      for (const value of difference.values) expect(shown).toContain(value.text)
      // Each outlet's wording links to the sentence it stands in.
      const links = await differences
        .nth(index)
        .locator('dd a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      expect(links.length).toBe(difference.values.filter((value) => value.sentence !== undefined).length)
      for (const href of links) expect(await page.locator(href!).count(), href!).toBe(1)
    }

    // Bogdanov's two titles can both be true: shown as titles given, apart from the differences.
    const titles = page.locator('.titles-given > li')
    expect(await titles.count()).toBe(coverage.titles.length)
    for (const [index, given] of coverage.titles.entries()) {
      const shown = (await titles.nth(index).locator('dt').allTextContents()).join('\n')
      for (const value of given.values) expect(shown).toContain(value.text)
      expect(await titles.nth(index).locator('dd a').count()).toBe(given.values.length)
    }
  })

  it('stacks the outlets on a phone; screenshots at desktop and phone widths', async () => {
    const home = await openPage(session.context, '/')
    const path = await seedStory(home.page)
    const desktopView = await openPage(session.context, path)
    await desktopView.page.screenshot({ path: join(screenshots, 'story-desktop.png'), fullPage: true })

    const small = await session.browser.newContext({ viewport: phone, deviceScaleFactor: 2, isMobile: true })
    const { page } = await openPage(small, path)
    const [first, second] = await page
      .locator('.comparison > .column')
      .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect()))
    expect(second!.top).toBeGreaterThanOrEqual(first!.bottom)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width)
    await page.screenshot({ path: join(screenshots, 'story-phone.png'), fullPage: true })
    await small.close()
  })

  it('shows the dated story with its outlets and time span', async () => {
    const { page } = await openPage(session.context, '/')
    await page.locator('.story-card h2 a').first().click()
    await page.waitForURL(/\/stories\//)
    expect(await page.locator('h1').textContent()).toBe('الأردن والعراق يوقعان اتفاقاً للربط الكهربائي')
    const times = await page
      .locator('header time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))
    expect(times).toEqual(['2025-03-10', expect.stringMatching(/^2025-03-11T06:30/)])
    expect(await page.locator('.comparison .column h3').allTextContents()).toEqual([
      'صحيفة الرصد',
      'موقع الخبر اليوم',
    ])
  })
  it('marks nothing on a story told by one outlet alone', async () => {
    const { page } = await openPage(session.context, '/')
    await page.locator('.story-card h2 a').nth(2).click()
    await page.waitForURL(/\/stories\//)
    expect(await page.locator('.comparison > .column').count()).toBe(1)
    expect(await page.locator('.s--shared, .s--unique, .bar').count()).toBe(0)
    expect(await page.locator('#comparison-title + p').textContent()).toContain('إلا مصدر واحد')
  })
})

describe('entity page', () => {
  it('shows a person with roles, the stories they appear in and what they were quoted saying', async () => {
    const home = await openPage(session.context, '/')
    const { page } = await openPage(session.context, await seedStory(home.page))
    await page.locator('header .chips a', { hasText: 'فلاديمير بوتين' }).click()
    await page.waitForURL(/\/entities\//)
    expect(await page.locator('h1').textContent()).toBe('فلاديمير بوتين')
    expect(await page.locator('header .chips').textContent()).toContain('الرئيس الروسي')
    expect(await page.locator('#stories-title + .story-list > li').count()).toBe(1)
    expect(await page.locator('#stories-title + .story-list a[href^="/articles/"]').count()).toBe(2)
    expect(await page.locator('#quotes-title ~ .quote-list blockquote').count()).toBeGreaterThan(0)
  })

  it('links every entity of an article to a page that exists', async () => {
    const { page } = await openPage(session.context, `/articles/${seedIds[1]}/`)
    const hrefs = await page
      .locator('a.mention, aside a[href^="/entities/"]')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))])
    expect(hrefs.length).toBeGreaterThan(3)
    for (const href of hrefs) {
      const response = await page.request.get(url(href))
      expect(response.status(), href).toBe(200)
    }
    expect(await page.locator('.quote').count()).toBeGreaterThan(0)
    expect(await page.locator('.speaker').count()).toBeGreaterThan(0)
  })

  it('lists entities by kind', async () => {
    const { page, status } = await openPage(session.context, '/entities/')
    expect(status).toBe(200)
    expect(await page.locator('#kind-person + ul a', { hasText: 'فلاديمير بوتين' }).count()).toBe(1)
    expect(await page.locator('#kind-location + ul a', { hasText: 'دمشق' }).count()).toBe(1)
  })
})

describe('feed and sitemap', () => {
  it('publishes the stories as RSS, newest first, as plain escaped text', async () => {
    const { page } = await openPage(session.context, '/')
    const response = await page.request.get(url('/rss.xml'))
    expect(response.headers()['content-type']).toContain('xml')
    const xml = await response.text()
    const items = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      if (doc.querySelector('parsererror')) return null
      return [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
      }))
    }, xml)
    expect(items).not.toBeNull()
    expect(items!.map((item) => item.title)[0]).toBe('الأردن والعراق يوقعان اتفاقاً للربط الكهربائي')
    expect(items).toHaveLength(5)
    for (const item of items!) {
      expect(item.link).toMatch(/^http:\/\/127\.0\.0\.1:4321\/stories\/[^/]+\/$/)
      expect(item.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    }
    expect(xml).not.toContain('<script>')
  })

  it('stays well-formed XML when the corpus holds characters XML forbids', async () => {
    // `fixture-controls` has NUL, U+0001, ESC, BS, VT, BEL, U+FFFE and a lone surrogate in its title and outlet.
    const { page } = await openPage(session.context, '/')
    const index = await (await page.request.get(url('/sitemap-index.xml'))).text()
    const documents = [await (await page.request.get(url('/rss.xml'))).text(), index]
    for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      documents.push(await (await page.request.get(url(new URL(loc!).pathname))).text())
    }
    const parsed = await page.evaluate(
      (sources) =>
        sources.map((source) => {
          const doc = new DOMParser().parseFromString(source, 'application/xml')
          return doc.querySelector('parsererror')
            ? null
            : [...doc.querySelectorAll('item > title')].map((title) => title.textContent ?? '')
        }),
      documents,
    )
    expect(parsed.every((doc) => doc !== null)).toBe(true)
    const title = parsed[0]!.find((t) => t.includes('خاتمة'))
    expect(title).toMatch(/^خبر فيه محارف\[2J تحكم/)
    expect(xmlText(title!)).toBe(title)
  })

  it('lists every page in the sitemap', async () => {
    const { page } = await openPage(session.context, '/')
    const index = await (await page.request.get(url('/sitemap-index.xml'))).text()
    const [, first] = index.match(/<loc>([^<]+)<\/loc>/) ?? []
    const sitemap = await (await page.request.get(url(new URL(first!).pathname))).text()
    for (const path of ['/', `/articles/${seedIds[0]}/`, '/entities/', '/search/']) {
      expect(sitemap).toContain(`<loc>http://127.0.0.1:4321${path}</loc>`)
    }
    expect(sitemap).toMatch(/<loc>http:\/\/127\.0\.0\.1:4321\/stories\/[^<]+<\/loc>/)
    expect(sitemap).not.toContain('/404')
  })
})
