import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { ArticleSchema } from '@marsad/core'
import { encodeSingleByte } from '@marsad/web/testing'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const main = join(import.meta.dirname, 'main.ts')

async function marsad(args: string[]) {
  const result = await run(process.execPath, [main, ...args]).catch((error) => error)
  return {
    stdout: result.stdout as string,
    stderr: result.stderr as string,
    code: (result.code as number) ?? 0,
  }
}

// Pages written for the test: two outlets' reports of one event, one of them in windows-1256 without a canonical link.
const page = (head: string, title: string, paragraphs: string[]) =>
  `<html lang="ar"><head>${head}<title>${title}</title></head><body><nav><a href="/">الرئيسية</a></nav>` +
  `<article><h1>${title}</h1><div class="content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}` +
  `<h2>ردود الفعل</h2><p>ورحب سكان المدينة بالجسر الجديد، وقالوا إنه سيوفر عليهم وقتاً طويلاً كل يوم.</p></div></article></body></html>`

const first = page(
  '<meta charset="utf-8"><link rel="canonical" href="https://alwadi-news.example/news/bridge"><meta property="og:site_name" content="صحيفة الوادي"><meta property="article:published_time" content="2025-10-12T10:00:00+03:00">',
  'افتتاح جسر الوادي الجديد فوق النهر',
  [
    'افتتح رئيس بلدية الوادي، صباح الأحد، الجسر الجديد فوق النهر بعد عامين من العمل المتواصل.',
    'وقال رئيس البلدية إن «الجسر سيخفف الزحام عن وسط المدينة» ويختصر الطريق إلى المنطقة الصناعية.',
  ],
)
const second = page(
  '<meta charset="windows-1256"><meta property="article:published_time" content="2025-10-12T12:00:00+03:00">',
  'بلدية الوادي تفتتح الجسر الجديد',
  [
    'افتتحت بلدية الوادي صباح الأحد الجسر الجديد فوق النهر، بعد أعمال استمرت عامين.',
    'وقال رئيس البلدية إن «الجسر سيخفف الزحام عن وسط المدينة» ويختصر الطريق إلى المنطقة الصناعية.',
  ],
)

async function pages() {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-html-'))
  await writeFile(join(dir, 'bridge-wadi.html'), first)
  await writeFile(join(dir, 'bridge-other.htm'), encodeSingleByte('windows-1256', second))
  return dir
}

describe('marsad with .html files', () => {
  it('analyzes each page of a folder: the body with its headings, title, date, outlet from the page', async () => {
    const dir = await pages()
    const { stdout, stderr, code } = await marsad(['analyze', dir])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const [other, wadi] = stdout
      .trim()
      .split('\n')
      .map((line) => ArticleSchema.parse(JSON.parse(line)))
    expect(wadi).toMatchObject({
      id: 'bridge-wadi',
      title: 'افتتاح جسر الوادي الجديد فوق النهر',
      publishedAt: '2025-10-12T10:00:00+03:00',
      source: { name: 'صحيفة الوادي', url: 'https://alwadi-news.example/news/bridge' },
    })
    expect(wadi!.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ])
    expect(wadi!.text).not.toContain('الرئيسية')
    // No canonical link: the file's own URL stands for the page's; windows-1256 bytes read by the page's meta.
    expect(other).toMatchObject({ id: 'bridge-other', title: 'بلدية الوادي تفتتح الجسر الجديد' })
    expect(other!.source?.url).toBe(pathToFileURL(join(dir, 'bridge-other.htm')).href)
    expect(other!.text).toContain('افتتحت بلدية الوادي صباح الأحد')
  })

  it('groups pages into a story and compares them', async () => {
    const dir = await pages()
    const stories = await marsad(['stories', dir])
    expect(stories.code).toBe(0)
    const { stories: list } = JSON.parse(stories.stdout)
    expect(list).toHaveLength(1)
    expect(list[0].articleIds.toSorted()).toEqual(['bridge-other', 'bridge-wadi'])
    const compared = await marsad(['compare', join(dir, 'bridge-wadi.html'), join(dir, 'bridge-other.htm')])
    expect(compared.code).toBe(0)
    expect(JSON.parse(compared.stdout).shared.length).toBeGreaterThan(0)
  })

  it('reports a page without an article by its file and exits 1, keeping the others', async () => {
    const dir = await pages()
    await writeFile(
      join(dir, 'index.html'),
      '<html><body><ul><li><a href="/1">خبر</a></li></ul></body></html>',
    )
    const { stdout, stderr, code } = await marsad(['analyze', dir])
    expect(code).toBe(1)
    expect(stderr).toContain('index: Invalid article input: html: no article text found in the page')
    expect(stdout.trim().split('\n')).toHaveLength(2)
  })
})
