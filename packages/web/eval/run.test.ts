import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const page = readFileSync(new URL('../test/pages/json-ld-graph.html', import.meta.url), 'utf8')
// A range is an element's inner HTML: find the element by its opening tag's text and take what it holds.
function inner(html: string, opening: string, from = 0) {
  const at = html.indexOf(opening, from)
  const start = html.indexOf('>', at) + 1
  const tag = opening.slice(1).split(/[\s>]/)[0]
  return { start, end: html.indexOf(`</${tag}>`, start) }
}

function runScorer(env: Record<string, string>): string {
  return execFileSync(process.execPath, [new URL('./run.ts', import.meta.url).pathname, '--pages'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
}

// Each test starts Node processes that load the scorer and Readability: seconds alone, 67 s inside the whole suite at a load
// average of 38, so the limit is generous. A guard against a hang, not a speed test.
describe('pnpm --filter @marsad/web eval', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-web-eval-'))
  const goldDir = join(dir, 'gold')
  const cacheDir = join(dir, 'cache')
  mkdirSync(goldDir)
  mkdirSync(join(cacheDir, 'html'), { recursive: true })
  const bodyStart = page.indexOf('<div class="post-body')
  const paragraphs = [0, 1, 3, 4].map((n) => {
    let from = bodyStart
    for (let k = 0; k < n; k++) from = page.indexOf('<p>', from) + 1
    return { kind: 'paragraph' as const, ...inner(page, '<p>', from) }
  })
  const gold = {
    corpus: 'html-test',
    pages: [
      {
        id: 'bridge',
        url: 'https://alwadi-news.example/news/x',
        sha256: createHash('sha256').update(page).digest('hex'),
        encoding: 'utf-8',
        outlet: 'الوادي',
        country: null,
        publishedAt: '2025-10-12',
        author: 'سلمى الحداد',
        title: inner(page, '<h1'),
        body: [...paragraphs, { kind: 'heading' as const, ...inner(page, '<h2>') }],
      },
    ],
  }

  it('says why and exits 0 without gold or cache', () => {
    expect(runScorer({ MARSAD_EVAL_GOLD: join(dir, 'none') })).toContain('no gold')
    writeFileSync(join(goldDir, 'html-test.json'), JSON.stringify(gold))
    expect(runScorer({ MARSAD_EVAL_GOLD: goldDir, MARSAD_EVAL_CACHE: join(dir, 'empty') })).toContain(
      'skipped',
    )
  })

  it('scores our extraction and Readability on the cached pages against the gold', () => {
    writeFileSync(join(goldDir, 'html-test.json'), JSON.stringify(gold))
    writeFileSync(join(cacheDir, 'html', 'bridge.html'), page)
    const output = runScorer({ MARSAD_EVAL_GOLD: goldDir, MARSAD_EVAL_CACHE: cacheDir })
    expect(output).toMatch(/^bridge\s+1\.00\/0\.00 ✓✓✓/m)
    expect(output).toMatch(
      /\| ours \| 1\.000 \| 0\.000 \| 1\.000 \| 1\.000 \| 1\.000 \| 1\.000 \| 1\.000 \| 1\.000 \|/,
    )
    expect(output).toContain('| Readability |')
  })
})
