import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openPage, useBrowser } from './browser.ts'

// Two fixtures carry hostile text: `hostile.jsonl` (an article alone) and `water.jsonl`, a story of two outlets
// whose first has a right-to-left override in its title and outlet name, `<script>`, `&amp;` and an override
// inside a quote, and a left-to-right override left open in a shared sentence.

const session = useBrowser()

/**
 * Text nodes holding a bidi embedding, override or isolate control that nothing bounds: walking up from the
 * text, an inline isolate (`<bdi>`, `unicode-bidi: isolate`) must come first, or a block (which ends the bidi
 * paragraph) that holds article text alone: marked `.t`, or holding nothing but this text. Anything else lets
 * the control reorder the page's own text. Blocks are not asked for `unicode-bidi`: browsers give most of them
 * `isolate`, which bounds nothing inside them.
 */
function unboundedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = /[\u202A-\u202E\u2066-\u2069]/
    const isolating = new Set(['isolate', 'isolate-override', 'plaintext'])
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!controls.test(node.data)) continue
      let bounded = false
      for (
        let element = node.parentElement;
        element && element !== document.body;
        element = element.parentElement
      ) {
        const style = getComputedStyle(element)
        if (style.display === 'contents') continue
        if (style.display !== 'inline') {
          bounded = element.classList.contains('t') || element.textContent?.trim() === node.data.trim()
          break
        }
        if (isolating.has(style.unicodeBidi)) {
          bounded = true
          break
        }
      }
      if (!bounded) found.push(node.data)
    }
    return found
  })
}

/** What every page showing hostile text must hold to: nothing ran, nothing became markup, nothing unbounded. */
async function expectInert(page: Page, { scripts = 0 } = {}) {
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined()
  expect(await page.locator('script').count()).toBe(scripts)
  expect(await page.locator('main img, main b, main i').count()).toBe(0)
  expect(await unboundedControls(page)).toEqual([])
  expect(await page.title()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  const description = await page.locator('meta[name="description"]').getAttribute('content')
  expect(description ?? '').not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  // The site's own labels inside sentences are isolates of their own.
  for (const style of await page
    .locator('.speaker, .fact, .only')
    .evaluateAll((elements) => elements.map((e) => getComputedStyle(e).unicodeBidi))) {
    expect(style).toBe('isolate')
  }
}

const waterStory = async () => {
  const { page } = await openPage(session.context, '/')
  const href = await page.locator('.story-card', { hasText: 'الجفاف' }).locator('h3 a').getAttribute('href')
  expect(href).toMatch(/^\/stories\/[^/]+\/$/)
  return href!
}

describe('hostile article text', () => {
  it('renders <script>, entities and markup as text, and runs none of it', async () => {
    const { page } = await openPage(session.context, '/articles/fixture-hostile/')
    const prose = (await page.locator('.prose').textContent()) ?? ''
    expect(prose).toContain("<script>document.body.dataset.pwned = 'text'</script>")
    expect(prose).toContain('&lt;b&gt; والرمز &amp;')
    expect(prose).toContain('<img src=x onerror=')
    expect(await page.locator('h1').textContent()).toContain('<script>')
    expect(await page.getByText('مصدر &amp; تجريبي <b>عريض</b>').count()).toBe(1)
    await expectInert(page)
  })

  it('isolates bidi overrides so that they cannot reorder the rest of the page', async () => {
    const { page } = await openPage(session.context, '/articles/fixture-hostile/')
    const override = page.locator('.prose .s', { hasText: '\u202D' })
    expect(await override.count()).toBe(1)
    expect(await override.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate')
    // The sentence after the unterminated left-to-right override, in the same paragraph, still reads right to
    // left: its first word lies to the right of its second.
    const next = page.locator('.prose .s', { hasText: 'ولا يجوز أن يقلب' })
    const [first, second] = await next.evaluate((element) => {
      const text = element.firstChild!
      const box = (from: number, to: number) => {
        const range = document.createRange()
        range.setStart(text, from)
        range.setEnd(text, to)
        return range.getBoundingClientRect().left
      }
      return [box(0, 3), box(4, 8)]
    })
    expect(first).toBeGreaterThan(second!)
  })

  it('stays text on the home page, with the outlet name as written', async () => {
    const { page } = await openPage(session.context, '/')
    const card = page.locator('.story-card', { hasText: 'الجفاف' })
    expect(await card.locator('.outlets li').allTextContents()).toEqual([
      'نشرة \u202Eالنهار &lt;i&gt;',
      'صحيفة الوطن',
    ])
    await expectInert(page)
  })

  it('stays text on the story page: columns, marks, quote variants and differences', async () => {
    const { page } = await openPage(session.context, await waterStory())
    expect(await page.locator('h1').textContent()).toBe('وزراء المياه العرب \u202Eيبحثون الجفاف في القاهرة')
    // The left-to-right override sits in a shared sentence; its fact number still follows it.
    const open = page.locator('.comparison .s', { hasText: '\u202D' })
    expect(await open.getAttribute('class')).toContain('s--shared')
    expect(await open.locator('a.fact').count()).toBe(1)
    const variant = page.locator('.variants', { hasText: 'مياه الشرب' })
    expect(await variant.locator('.variant').count()).toBe(2)
    expect(await variant.locator('blockquote').first().textContent()).toContain(
      "<script>document.body.dataset.pwned='quote'</script> &amp;",
    )
    expect(await page.locator('.differences').textContent()).toContain('200')
    await expectInert(page)
  })

  it('stays text on the article and entity pages', async () => {
    const { page } = await openPage(session.context, '/articles/fixture-water-nahar/')
    const quote = page.locator('.prose .quote', { hasText: 'مياه الشرب' })
    expect(await quote.textContent()).toContain('<script>')
    expect(await page.locator('.prose .speaker').first().textContent()).toContain('محمد الدباغ')
    await expectInert(page)

    await page.locator('.prose .speaker a').first().click()
    await page.waitForURL(/\/entities\//)
    expect(await page.locator('h1').textContent()).toBe('محمد الدباغ')
    expect(await page.locator('.quote-list blockquote', { hasText: '<script>' }).count()).toBeGreaterThan(0)
    await expectInert(page)
  })

  it('stays text in search results', async () => {
    const { page } = await openPage(session.context, `/search/?q=${encodeURIComponent('الجفاف الزراعة')}`)
    await page.waitForSelector('#search-results li')
    expect(await page.locator('#search-results').textContent()).toContain('<script>')
    await expectInert(page)
  })
})
