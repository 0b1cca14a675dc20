import { describe, expect, it } from 'vitest'
import { desktop, openPage, phone, useBrowser } from './browser.ts'

const session = useBrowser()

describe('article page', () => {
  it('shows the text as the core structures it: the four fused subheadings of seed 003 as headings', async () => {
    const { page, status, problems } = await openPage(session.context, '/articles/003_52349cd9e965743e/')
    expect(status).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('ar')
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    const headings = await page.locator('.prose h2').allTextContents()
    expect(headings).toEqual(['دعم سوريا', 'معالجة المهام', 'رسائل إيجابية', 'معضلة لجوء الأسد'])
    const paragraphs = await page.locator('.prose p').count()
    expect(paragraphs).toBeGreaterThanOrEqual(8)
    expect(await page.locator('.prose .s').first().textContent()).toMatch(/^أعلنت الرئاسة الروسية/)
    expect(problems).toEqual([])
  })

  it('keeps a sentence reachable by its anchor', async () => {
    const { page } = await openPage(session.context, '/articles/000_c46bd0adb6ed7856/#s1')
    const target = page.locator('.s:target')
    expect(await target.count()).toBe(1)
    expect(await target.textContent()).toMatch(/^وأفاد المكتب الصحافي للكرملين/)
  })
})

describe('search', () => {
  async function search(query: string) {
    const { page, problems } = await openPage(session.context, `/search/?q=${encodeURIComponent(query)}`)
    return { page, problems }
  }

  it('finds الأسد when asked for الاسد, and marks the matching words', async () => {
    const { page, problems } = await search('الاسد')
    const links = await page
      .locator('#search-results h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links.map((href) => href?.split('#')[0]).sort()).toEqual([
      '/articles/000_c46bd0adb6ed7856/',
      '/articles/003_52349cd9e965743e/',
    ])
    const marks = await page.locator('#search-results mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    expect(new Set(marks)).toEqual(new Set(['الأسد']))
    expect(problems).toEqual([])
  })

  it('matches a word with its attached particles and needs every word', async () => {
    const { page } = await search('مفاوضات')
    expect(await page.locator('#search-results li').count()).toBe(2)
    expect(new Set(await page.locator('#search-results mark').allTextContents())).toEqual(
      new Set(['المفاوضات', 'والمفاوضات']),
    )
    const none = await search('مفاوضات الكهرباء')
    expect(await none.page.locator('#search-results li').count()).toBe(0)
    expect(await none.page.locator('#search-status').textContent()).toContain('لا نتائج')
  })

  it('finds a name written with or without diacritics', async () => {
    const { page } = await search('محمد')
    const links = await page
      .locator('#search-results h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')?.split('#')[0]))
    expect(links.sort()).toEqual(['/articles/fixture-water-nahar/', '/articles/fixture-water-watan/'])
    expect(new Set(await page.locator('#search-results mark').allTextContents())).toEqual(
      new Set(['مُحَمَّد', 'محمد']),
    )
  })

  it('leaves out function words and matches quoted words as a phrase, as the API does', async () => {
    const count = async (query: string) => (await search(query)).page.locator('#search-results li').count()
    expect(await count('القاهرة')).toBe(2)
    expect(await count('في القاهرة')).toBe(2)
    expect(await count('«مياه الشرب»')).toBe(2)
    expect(await count('«الشرب مياه»')).toBe(0)
    expect(await count('الشرب مياه')).toBe(2)
  })

  it('shows the results of either word for OR, and drops those holding an excluded word or phrase', async () => {
    const articles = async (query: string) => {
      const { page, problems } = await search(query)
      expect(problems).toEqual([])
      const links = await page
        .locator('#search-results h2 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')?.split('#')[0]))
      return {
        links: links.sort(),
        marks: new Set(await page.locator('#search-results mark').allTextContents()),
      }
    }
    const either = await articles('الاسد OR محمد')
    expect(either.links).toEqual([
      '/articles/000_c46bd0adb6ed7856/',
      '/articles/003_52349cd9e965743e/',
      '/articles/fixture-water-nahar/',
      '/articles/fixture-water-watan/',
    ])
    expect(either.marks).toContain('الأسد')
    expect(either.marks).toContain('محمد')
    expect((await articles('الاسد -"رسائل إيجابية"')).links).toEqual(['/articles/000_c46bd0adb6ed7856/'])
    expect((await articles('الاسد OR محمد -«رسائل إيجابية»')).links).toEqual([
      '/articles/000_c46bd0adb6ed7856/',
      '/articles/fixture-water-nahar/',
      '/articles/fixture-water-watan/',
    ])
    expect((await articles('محمد -الاسد -مياه')).links).toEqual([])
    const none = await search('-الاسد')
    expect(await none.page.locator('#search-results li').count()).toBe(0)
    expect(await none.page.locator('#search-status').textContent()).toContain('لا نتائج')
  })

  it('searches from the form and keeps the query in the address', async () => {
    const { page } = await openPage(session.context, '/search/')
    await page.locator('#search-input').fill('ميغاواط')
    await page.locator('#search-input').press('Enter')
    await page.waitForSelector('#search-results li')
    expect(new URL(page.url()).searchParams.get('q')).toBe('ميغاواط')
    const first = page.locator('#search-results h2 a').first()
    expect(await first.getAttribute('href')).toMatch(/^\/articles\/fixture-grid-[a-z]+\/$/)
    await first.click()
    await page.waitForURL(/\/articles\//)
    expect(await page.locator('.prose').textContent()).toContain('ميغاواط')
  })

  it('shows search text from articles as text, never as markup', async () => {
    const { page } = await search('الوسم')
    expect(await page.locator('#search-results li').count()).toBe(1)
    expect(await page.locator('#search-results script, #search-results img').count()).toBe(0)
    expect(await page.locator('#search-results').textContent()).toContain('<script>')
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined()
  })
})

describe('site frame', () => {
  it('answers unknown paths with the 404 page', async () => {
    const { page, status } = await openPage(session.context, '/no/such/page/')
    expect(status).toBe(404)
    expect(await page.locator('h1').textContent()).toContain('غير موجودة')
  })

  it('has landmarks, a skip link first in tab order, and a visible focus ring', async () => {
    const { page } = await openPage(session.context, '/articles/000_c46bd0adb6ed7856/')
    for (const role of ['banner', 'navigation', 'main', 'contentinfo', 'search'] as const) {
      expect(await page.getByRole(role).count(), role).toBeGreaterThan(0)
    }
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    expect(await focused.getAttribute('href')).toBe('#main')
    expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid')
  })

  it('has one h1 and headings in order on every kind of page', async () => {
    const home = await openPage(session.context, '/')
    const story = await home.page.locator('.story-card h3 a').first().getAttribute('href')
    const entity = await home.page.locator('.story-card .chips a').first().getAttribute('href')
    for (const path of ['/', story!, entity!, '/entities/', '/articles/003_52349cd9e965743e/', '/search/']) {
      const { page } = await openPage(session.context, path)
      const levels = await page
        .locator('main :is(h1, h2, h3, h4, h5, h6)')
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])))
      expect(levels[0], path).toBe(1)
      expect(
        levels.filter((level) => level === 1),
        path,
      ).toHaveLength(1)
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level - levels[index - 1]!, `${path} ${levels.join(',')}`).toBeLessThanOrEqual(1)
      })
    }
  })

  it('fits every kind of page in a phone’s width, hostile text included', async () => {
    const small = await session.browser.newContext({ viewport: phone, deviceScaleFactor: 2, isMobile: true })
    const home = await openPage(small, '/')
    const stories = await home.page
      .locator('.story-card h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    const entity = await home.page.locator('.story-card .chips a').first().getAttribute('href')
    for (const path of [
      '/',
      ...stories,
      entity!,
      '/entities/',
      '/articles/003_52349cd9e965743e/',
      '/articles/fixture-hostile/',
      `/search/?q=${encodeURIComponent('الوسم')}`,
      '/no/such/page/',
    ]) {
      const { page } = await openPage(small, path)
      if (path.startsWith('/search/')) await page.waitForSelector('#search-results li')
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(
        phone.width,
      )
    }
    await small.close()
  })

  it('ships no JavaScript on any page, search included', async () => {
    const home = await openPage(session.context, '/')
    const story = await home.page.locator('.story-card h3 a').first().getAttribute('href')
    const entity = await home.page.locator('.story-card .chips a').first().getAttribute('href')
    for (const path of [
      '/',
      story!,
      entity!,
      '/entities/',
      '/articles/000_c46bd0adb6ed7856/',
      '/no/such/page/',
      '/search/',
      `/search/?q=${encodeURIComponent('الاسد')}`,
    ]) {
      const { page } = await openPage(session.context, path)
      expect(await page.locator('script').count(), path).toBe(0)
    }
  })

  it('follows the reader’s dark colour scheme', async () => {
    const dark = await session.browser.newContext({ viewport: desktop, colorScheme: 'dark' })
    const { page } = await openPage(dark, '/articles/000_c46bd0adb6ed7856/')
    const [background, text] = await page.evaluate(() => {
      const style = getComputedStyle(document.body)
      return [style.backgroundColor, style.color]
    })
    expect(background).toBe('rgb(19, 21, 25)')
    expect(text).toBe('rgb(232, 234, 238)')
    await dark.close()
  })

  it('uses the self-hosted Arabic fonts, their Latin subsets for digits and «»', async () => {
    const { page } = await openPage(session.context, '/articles/000_c46bd0adb6ed7856/')
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts]
        .filter((font) => font.status === 'loaded')
        .map((font) => ({ family: font.family, latin: font.unicodeRange.startsWith('U+0-FF') }))
    })
    expect(new Set(loaded.map((font) => font.family))).toEqual(
      new Set(['Noto Naskh Arabic', 'IBM Plex Sans Arabic']),
    )
    expect(new Set(loaded.filter((font) => font.latin).map((font) => font.family))).toEqual(
      new Set(['Noto Naskh Arabic', 'IBM Plex Sans Arabic']),
    )
  })
})
