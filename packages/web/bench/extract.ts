// `pnpm --filter @marsad/web bench`: CPU time per page of extractHtmlArticle and parseHtmlArticle, on the cached real
// pages of the evaluation when present (MARSAD_EVAL_CACHE moves the cache), else on the pages written for the tests.
// CPU time, not wall time, so that other processes on a shared machine weigh less; the load average is printed.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { CACHE_DIR } from '../eval/gold.ts'
import { decodeHtml, extractHtmlArticle, parseHtmlArticle } from '../src/index.ts'

const cached = `${CACHE_DIR.replace(/\/?$/, '/')}html/`
const dir = existsSync(cached) ? cached : fileURLToPath(new URL('../test/pages/', import.meta.url))
const pages = readdirSync(dir)
  .filter((name) => name.endsWith('.html'))
  .map((name) => readFileSync(dir + name))
const html = pages.map((bytes) => decodeHtml(bytes))
const ROUNDS = 10

function cpuPerPage(run: (page: string) => void): number {
  for (const page of html) run(page)
  const start = process.cpuUsage()
  for (let round = 0; round < ROUNDS; round++) for (const page of html) run(page)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000 / (ROUNDS * html.length)
}

const url = 'https://example.org/article'
const extract = cpuPerPage((page) => extractHtmlArticle(page, url))
const parse = cpuPerPage((page) => {
  try {
    parseHtmlArticle(page, url)
  } catch {
    // A page without an article costs its extraction all the same.
  }
})
const kb = pages.reduce((sum, bytes) => sum + bytes.length, 0) / pages.length / 1000
console.log(
  `${html.length} pages from ${dir}, ${kb.toFixed(0)} KB on average; load average ${loadavg()[0]!.toFixed(1)}`,
)
console.log(
  `extractHtmlArticle ${extract.toFixed(1)} ms CPU per page; parseHtmlArticle ${parse.toFixed(1)} ms`,
)
