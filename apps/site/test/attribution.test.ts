import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { segment } from '../src/lib/paths.ts'
import { openPage, useBrowser } from './browser.ts'
import { siteRoot } from './site-server.ts'

const session = useBrowser()

// Two outlets' reports of one vaccination campaign, written for this test: word for word the same statement, given
// by وكالة الرأي to the minister سامي الخطيب and by صحيفة الغد to his ministry's statement.
const fixture = join(siteRoot, 'test/fixtures/attribution/vaccine.jsonl')

async function storyOf(articleId: string): Promise<string> {
  const response = await fetch(
    `${inject('apiUrl')}/v1/stories?article=${encodeURIComponent(articleId)}&limit=1`,
  )
  const { items } = (await response.json()) as { items: { id: string; articleIds: string[] }[] }
  return items[0]!.id
}

describe('a change of attribution on the story page', () => {
  it('flags the same words given to a minister by one outlet and to his ministry by another', async () => {
    const articles = (await readFile(fixture, 'utf8'))
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line))
    const posted = await fetch(`${inject('apiUrl')}/v1/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${inject('apiToken')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(articles),
    })
    expect(posted.status).toBe(201)

    const story = await storyOf('fixture-vaccine-rai')
    const { page, status, problems } = await openPage(session.context, `/stories/${segment(story)}/`)
    expect(status).toBe(200)
    const variant = page.locator('.section-block', { has: page.locator('.variants') }).filter({
      hasText: 'الحملة تستهدف مليون طفل',
    })
    expect(await variant.count()).toBe(1)
    const flag = variant.locator('.flag[role="note"]')
    expect(await flag.textContent()).toContain('تغيّرت نسبة التصريح')
    expect(await flag.isVisible()).toBe(true)
    const speakers = await variant.locator('.variant > .meta:first-child').allTextContents()
    expect(speakers).toHaveLength(2)
    expect(speakers.find((meta) => meta.includes('وكالة الرأي'))).toContain('على لسان سامي الخطيب')
    expect(speakers.find((meta) => meta.includes('صحيفة الغد'))).toContain('على لسان وزارة الصحة الأردنية')
    expect(problems).toEqual([])
  })

  it('does not flag a statement both outlets give to the same speaker, however written', async () => {
    // water.jsonl: الدباغ quoted by both, his name once with diacritics (مُحَمَّد), once without.
    const story = await storyOf('fixture-water-nahar')
    const { page, status } = await openPage(session.context, `/stories/${segment(story)}/`)
    expect(status).toBe(200)
    expect(await page.locator('.variants').count()).toBeGreaterThan(0)
    expect(await page.locator('.flag[role="note"]', { hasText: 'تغيّرت نسبة التصريح' }).count()).toBe(0)
  })
})
