import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { chromiumArgs, chromiumPath, siteRoot } from './site-server.ts'

export const screenshots = join(siteRoot, 'test-results/screenshots')

export const desktop = { width: 1280, height: 900 }
export const phone = { width: 390, height: 844 }

/** Headless Debian Chromium, on the site the global setup serves. */
async function openBrowser(): Promise<Browser> {
  await mkdir(screenshots, { recursive: true })
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
}

/** One Chromium for a test file, launched before its tests and closed after them, with a desktop window. */
export function useBrowser(): { readonly browser: Browser; readonly context: BrowserContext } {
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  beforeAll(async () => {
    browser = await openBrowser()
    context = await browser.newContext({ viewport: desktop })
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    get browser() {
      if (!browser) throw new Error('the browser opens in beforeAll; use it inside a test')
      return browser
    },
    get context() {
      if (!context) throw new Error('the browser opens in beforeAll; use it inside a test')
      return context
    },
  }
}

/** A page whose script errors and failed requests fail the test that reads `problems`. */
export async function openPage(
  context: BrowserContext,
  path: string,
): Promise<{ page: Page; status: number; problems: string[] }> {
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`))
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== url(path)) {
      problems.push(`${response.status()}: ${response.url()}`)
    }
  })
  const response = await page.goto(url(path), { waitUntil: 'load' })
  return { page, status: response?.status() ?? 0, problems }
}

export const url = (path: string) => new URL(path, inject('siteUrl')).href
