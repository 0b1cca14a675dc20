// `pnpm bench`: build time per page of the whole site at 1,000 and 10,000 generated articles (plus the seeds),
// and the weight of a story page (its HTML and the CSS it links). Each build runs `astro build` in a child
// process, into a temporary folder, and is stopped if it runs past its time limit. The machine may be shared:
// each build also reports its CPU time and the load average around it.
// Sizes can be chosen: `node bench/build-bench.ts 1000 10000` (the default).
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildSite } from '../test/build-site.ts'
import { generateCorpus } from './generate-corpus.ts'

const TIME_LIMIT_MS = 25 * 60_000
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0)

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else yield path
  }
}

/** Bytes of a built page and of every stylesheet it links. */
async function pageWeight(dist: string, page: string) {
  const html = await readFile(page, 'utf8')
  let css = 0
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
    css += (await stat(join(dist, href!))).size
  }
  return { html: Buffer.byteLength(html), css }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const load = () => loadavg()[0]!.toFixed(2)
const cpuProbe = pathToFileURL(join(import.meta.dirname, 'cpu-usage.ts')).href

/** `buildSite` with the build's CPU time (user + system) and the 1-minute load average before and after. */
async function timedBuild(work: string, options: Omit<Parameters<typeof buildSite>[0], 'cacheDir'>) {
  const cpuFile = join(work, 'cpu.json')
  const before = load()
  const { ms } = await buildSite({
    ...options,
    cacheDir: join(work, 'cache'),
    nodeOptions: ['--import', cpuProbe],
    env: { MARSAD_BENCH_CPU_FILE: cpuFile },
  })
  const cpu = JSON.parse(await readFile(cpuFile, 'utf8')) as { userMs: number; systemMs: number }
  return { ms, cpuMs: cpu.userMs + cpu.systemMs, load: `${before} → ${load()}` }
}

async function run(size: number) {
  const work = await mkdtemp(join(tmpdir(), `marsad-site-bench-${size}-`))
  try {
    const corpus = join(work, 'corpus.jsonl')
    await writeFile(
      corpus,
      `${generateCorpus(size)
        .map((article) => JSON.stringify(article))
        .join('\n')}\n`,
    )
    const outDir = join(work, 'dist')
    const timer = AbortSignal.timeout(TIME_LIMIT_MS)
    const { ms, cpuMs, load } = await timedBuild(work, { outDir, corpus: [corpus], signal: timer })
    const counts = { articles: 0, stories: 0, entities: 0, other: 0 }
    const storyPages: string[] = []
    let files = 0
    for await (const file of walk(outDir)) {
      files++
      if (!file.endsWith('.html')) continue
      const kind = file.slice(outDir.length + 1).split('/')[0]
      if (kind === 'articles') counts.articles++
      else if (kind === 'stories') {
        counts.stories++
        storyPages.push(file)
      } else if (kind === 'entities') counts.entities++
      else counts.other++
    }
    const pages = counts.articles + counts.stories + counts.entities + counts.other
    const weights = await Promise.all(storyPages.map((page) => pageWeight(outDir, page)))
    const totals = weights.map((weight) => weight.html + weight.css).sort((a, b) => a - b)
    const median = totals[Math.floor(totals.length / 2)] ?? 0
    const largest = totals.at(-1) ?? 0
    console.log(
      [
        `${size} generated articles (+ seeds): built in ${(ms / 1000).toFixed(1)} s (CPU ${(cpuMs / 1000).toFixed(1)} s; load average ${load})`,
        `  ${pages} pages (${counts.articles} articles, ${counts.stories} stories, ${counts.entities} entities, ${counts.other} other), ${files} files`,
        `  ${(ms / pages).toFixed(2)} ms per page, ${(cpuMs / pages).toFixed(2)} ms CPU per page (whole build, including parsing, clustering and the search index)`,
        `  story page HTML+CSS: median ${kb(median)}, largest ${kb(largest)}`,
      ].join('\n'),
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function seedStory() {
  const work = await mkdtemp(join(tmpdir(), 'marsad-site-bench-seeds-'))
  try {
    const outDir = join(work, 'dist')
    const { ms, cpuMs, load } = await timedBuild(work, { outDir })
    const stories = await readdir(join(outDir, 'stories'))
    for (const story of stories) {
      const weight = await pageWeight(outDir, join(outDir, 'stories', story, 'index.html'))
      console.log(
        `seeds: built in ${(ms / 1000).toFixed(1)} s (CPU ${(cpuMs / 1000).toFixed(1)} s; load average ${load}); story ${story}: HTML ${kb(weight.html)} + CSS ${kb(weight.css)} = ${kb(weight.html + weight.css)}`,
      )
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

console.log(`${availableParallelism()} CPUs, load average ${load()} at the start`)
await seedStory()
for (const size of sizes.length > 0 ? sizes : [1000, 10_000]) await run(size)
