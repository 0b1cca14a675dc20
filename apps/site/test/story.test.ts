import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { compareCoverage, parseArticle } from '@marsad/core'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { xmlText } from '../src/lib/text.ts'
import { openPage, phone, screenshots, url, useBrowser } from './browser.ts'
import { siteRoot } from './site-server.ts'

const session = useBrowser()

const seedIds = ['000_c46bd0adb6ed7856', '003_52349cd9e965743e']

/** The story page of the seeds, found from the home page as a reader would. */
async function seedStory(page: Page): Promise<string> {
  const card = page.locator('.story-card', { hasText: 'التقرير الأول' })
  const href = await card.locator('h3 a').getAttribute('href')
  expect(href).toMatch(/^\/stories\/[^/]+\/$/)
  return href!
}

/** The full texts sit behind a disclosure, the comparison first. */
async function openFullTexts(page: Page) {
  await page.locator('details.full-texts > summary').click()
  expect(await page.locator('details.full-texts').getAttribute('open')).not.toBeNull()
}

/** The sentence of a column that contains `text`. */
const sentence = (page: Page, column: number, text: string) =>
  page.locator(`#column-${column}`).locator('xpath=ancestor::section[1]').locator('.s', { hasText: text })

describe('home page', () => {
  it('leads with the stories several outlets told, newest first, and keeps single reports apart', async () => {
    const { page, status, problems } = await openPage(session.context, '/')
    expect(status).toBe(200)
    const compared = page.locator('[aria-labelledby="compared-title"] .story-card')
    const titles = await compared.locator('h3').allTextContents()
    expect(titles.slice(-3)).toEqual([
      'الأردن والعراق يوقعان اتفاقاً للربط الكهربائي',
      expect.stringMatching(/^أجرى الرئيس الروسي فلاديمير بوتين/),
      expect.stringContaining('الجفاف'),
    ])
    const singles = await page.locator('[aria-labelledby="singles-title"] .story-card h3').allTextContents()
    expect(singles.some((title) => title.includes('<script>'))).toBe(true)
    expect(singles.some((title) => title.includes('الجفاف'))).toBe(false)

    const grid = compared.filter({ hasText: 'يوقعان اتفاقاً' })
    expect(await grid.locator('.outlets li').allTextContents()).toEqual(['صحيفة الرصد', 'موقع الخبر اليوم'])
    expect(await grid.locator('.meta').textContent()).toContain('مقالتان')
    expect(await grid.locator('.meta').textContent()).toContain('مصدران مستقلان')
    expect(await grid.locator('time').getAttribute('datetime')).toMatch(/^2025-03-11/)

    // The seeds' outlets by the labels and date of seeds/seeds.json, never by an id.
    const seeds = compared.filter({ hasText: 'التقرير الأول' })
    expect(await seeds.locator('.outlets li').allTextContents()).toEqual(['التقرير الأول', 'التقرير الثاني'])
    expect(await seeds.locator('time').getAttribute('datetime')).toBe('2025-02-12')
    const entities = await seeds.locator('.chips a').allTextContents()
    expect(entities).toEqual(expect.arrayContaining(['فلاديمير بوتين', 'أحمد الشرع']))
    expect(await page.locator('main').textContent()).not.toMatch(/000_c46|003_5234|2 مقالات|2 مصادر/)
    expect(problems).toEqual([])
  })
})

describe('story page', () => {
  it('sets the outlets side by side and marks each sentence shared or unique', async () => {
    const home = await openPage(session.context, '/')
    const { page, problems } = await openPage(session.context, await seedStory(home.page))
    await openFullTexts(page)
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
    await openFullTexts(page)
    const aid = sentence(page, 0, 'المساعدات الإنسانية')
    const fact = await aid.getAttribute('data-fact')
    await aid.locator('a.fact').click()
    const target = page.locator('.s:target')
    expect(await target.getAttribute('id')).toMatch(/^a1-s\d+$/)
    expect(await target.getAttribute('data-fact')).toBe(fact)
    expect(await target.textContent()).toContain('المساعدات الإنسانية')

    // Hover: a fresh page, nothing focused or hovered yet.
    const fresh = (await openPage(session.context, page.url().split('#')[0]!)).page
    await openFullTexts(fresh)
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
    // Word by word: what one wording has and the other does not is marked.
    const marked = await variant.locator('mark.diff').allTextContents()
    expect(marked).toEqual(expect.arrayContaining(['وثريّة', 'بالمحتوى']))
    expect(marked).not.toContain('وعملية')
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

  it('lines the facts up across outlets, row by row, with what each alone reported apart', async () => {
    const home = await openPage(session.context, '/')
    const { page } = await openPage(session.context, await seedStory(home.page))
    const row = page.locator('.fact-row', { hasText: 'المساعدات الإنسانية' }).first()
    expect(await row.locator('.fact-cell__outlet').allTextContents()).toEqual([
      'التقرير الأول',
      'التقرير الثاني',
    ])
    const [first, second] = await row
      .locator('.fact-cell')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect()))
    expect(Math.abs(first!.top - second!.top)).toBeLessThan(1)
    const unique = page.locator('.unique-column')
    expect(await unique.nth(0).textContent()).toContain('شطب الديون')
    expect(await unique.nth(1).textContent()).toContain('ثاني أقوى دولة')
    expect(await page.locator('details.full-texts').getAttribute('open')).toBeNull()
  })

  it('stacks the outlets on a phone, the comparison first; screenshots at desktop and phone widths', async () => {
    const home = await openPage(session.context, '/')
    const path = await seedStory(home.page)
    const desktopView = await openPage(session.context, path)
    await desktopView.page.screenshot({ path: join(screenshots, 'story-desktop.png'), fullPage: true })

    const small = await session.browser.newContext({ viewport: phone, deviceScaleFactor: 2, isMobile: true })
    const { page } = await openPage(small, path)
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    const factsTop = await page.locator('#facts-title').evaluate((e) => e.getBoundingClientRect().top)
    const textsTop = await page.locator('details.full-texts').evaluate((e) => e.getBoundingClientRect().top)
    expect(factsTop).toBeLessThan(textsTop)
    await page.screenshot({ path: join(screenshots, 'story-phone.png'), fullPage: true })
    await openFullTexts(page)
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(height)
    const [first, second] = await page
      .locator('.comparison > .column')
      .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect()))
    expect(second!.top).toBeGreaterThanOrEqual(first!.bottom)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width)
    await small.close()
  })

  it('shows the dated story with its outlets and time span', async () => {
    const { page } = await openPage(session.context, '/')
    await page.locator('.story-card h3 a', { hasText: 'يوقعان اتفاقاً' }).click()
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
  it('tells how the coverage grew, outlet by outlet, and links the stories naming the same people', async () => {
    const { page } = await openPage(session.context, '/')
    await page.locator('.story-card h3 a', { hasText: 'يوقعان اتفاقاً' }).click()
    await page.waitForURL(/\/stories\//)
    const steps = page.locator('.timeline > li')
    expect(await steps.count()).toBe(2)
    expect(await steps.nth(0).locator('time').getAttribute('datetime')).toBe('2025-03-10')
    expect(await steps.nth(0).textContent()).toMatch(/صحيفة الرصد: أول من روى/)
    expect(await steps.nth(1).textContent()).toMatch(/موقع الخبر اليوم: أعاد/)
    const related = page.locator('.related > li')
    expect(await related.locator('> a').allTextContents()).toEqual(['افتتاح مزرعة رياح جديدة في الطفيلة'])
    expect(await related.locator('.chips a').allTextContents()).toContain('سامر الحداد')
    await related.locator('> a').click()
    await page.waitForURL(/\/stories\//)
    expect(await page.locator('h1').textContent()).toBe('افتتاح مزرعة رياح جديدة في الطفيلة')
    expect(await page.locator('.timeline').count()).toBe(0)
    expect(await page.locator('.related > li > a').allTextContents()).toEqual([
      'الأردن والعراق يوقعان اتفاقاً للربط الكهربائي',
    ])
  })

  it('marks nothing on a story told by one outlet alone', async () => {
    const { page } = await openPage(session.context, '/')
    await page.locator('[aria-labelledby="singles-title"] .story-card h3 a').first().click()
    await page.waitForURL(/\/stories\//)
    expect(await page.locator('.comparison > .column').count()).toBe(1)
    expect(await page.locator('.s--shared, .s--unique, .bar, .fact-row').count()).toBe(0)
    expect(await page.locator('#single-note').textContent()).toContain('إلا مصدر واحد')
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
    expect(items!.map((item) => item.title)).toContain('الأردن والعراق يوقعان اتفاقاً للربط الكهربائي')
    expect(items!.length).toBeGreaterThanOrEqual(4)
    for (const item of items!) {
      // From the address the site was reached at, whatever its port.
      expect(item.link.startsWith(`${url('/stories/')}`)).toBe(true)
      expect(item.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    }
    expect(xml).not.toContain('<script>')
  })

  it('stays well-formed XML when the corpus holds characters XML forbids', async () => {
    // `fixture-controls` has U+0001, U+0002, ESC, BS, BEL, VT, FF, U+FFFE and U+FFFF in its title, outlet and text.
    const { page } = await openPage(session.context, '/')
    const documents = await Promise.all(
      ['/rss.xml', '/sitemap.xml'].map(async (path) => (await page.request.get(url(path))).text()),
    )
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
    expect(await page.locator('link[rel="sitemap"]').getAttribute('href')).toBe(url('/sitemap.xml'))
    const sitemap = await (await page.request.get(url('/sitemap.xml'))).text()
    for (const path of ['/', `/articles/${seedIds[0]}/`, '/entities/', '/search/']) {
      expect(sitemap).toContain(`<loc>${url(path)}</loc>`)
    }
    expect(sitemap).toContain(`<loc>${url('/stories/')}`)
    expect(sitemap).not.toContain('/404')
  })
})
