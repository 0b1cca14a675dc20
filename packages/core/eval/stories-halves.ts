// `pnpm --filter @marsad/core eval:stories-halves --fit <corpora> --check <corpora>` (round 35): the clusterer as
// shipped and the TF-IDF average link (`eval/baseline.ts`) on two halves of the development story corpora, the baseline's threshold chosen
// on the fit half alone (the best mean B³ F1 there) and scored on both: what a user could have had. Each corpus's own
// best threshold is printed too (the reference point, a figure no one has before the corpus is labelled).
// Names that are no story corpus (a round's whole fit list) are skipped; a corpus with no cached text is left out.
import { type Article, storiesOf } from '../src/index.ts'
import { averageLink, cosineMatrix } from './baseline.ts'
import { loadGold, withCachedText } from './cache.ts'
import { DEVELOPMENT_STORIES } from './development-batches.ts'
import { parseCorpus, storiesF1 } from './story-runs.ts'
import './deployed-lists.ts'

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i < 0 ? undefined : process.argv[i + 1]
}
const half = (name: string) => (arg(name) ?? '').split(',').filter((c) => c.startsWith('stories-'))
const fit = half('--fit')
const check = half('--check')
for (const name of [...fit, ...check])
  if (!(DEVELOPMENT_STORIES as readonly string[]).includes(name))
    throw new Error(`${name} is no development story corpus`)

const load = (name: string) => {
  const gold = loadGold('stories', [name])[0]!
  const items = withCachedText(gold.articles)
  return items.length === 0 ? null : parseCorpus(name, items)
}
const parsed = {
  fit: fit.map(load).filter((c) => c !== null),
  check: check.map(load).filter((c) => c !== null),
}

const thresholds = Array.from({ length: 36 }, (_, i) => Number((0.05 + i * 0.01).toFixed(2)))
const baselineStories = (articles: readonly Article[], matrix: Float64Array[], threshold: number) => {
  const groups = new Map<number, string[]>()
  averageLink(matrix, threshold).forEach((label, i) => {
    groups.set(label, [...(groups.get(label) ?? []), articles[i]!.id])
  })
  return [...groups].map(([label, articleIds]) => ({ id: String(label), articleIds }))
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const f = (x: number) => x.toFixed(4)

const rows: Record<'fit' | 'check', { name: string; dated: number; none: number; base: number[] }[]> = {
  fit: [],
  check: [],
}
for (const which of ['fit', 'check'] as const) {
  for (const corpus of parsed[which]) {
    const [dated, none] = corpus.runs.map((run) => storiesF1(storiesOf(run.articles), corpus.event))
    const articles = corpus.runs[1]!.articles
    const matrix = cosineMatrix(articles.map((a) => a.text))
    const base = thresholds.map((t) => storiesF1(baselineStories(articles, matrix, t), corpus.event))
    rows[which].push({ name: corpus.name, dated: dated!, none: none!, base })
  }
}
const fitMeans = thresholds.map((_, t) => mean(rows.fit.map((row) => row.base[t]!)))
const chosen = fitMeans.indexOf(Math.max(...fitMeans))
console.log(`baseline threshold chosen on the fit half: ${thresholds[chosen]}`)
console.log(
  '| half | corpus | shipped dates | shipped none | baseline at fit threshold | baseline own best (threshold) |',
)
console.log('| --- | --- | ---: | ---: | ---: | ---: |')
for (const which of ['fit', 'check'] as const) {
  for (const row of rows[which]) {
    const best = Math.max(...row.base)
    console.log(
      `| ${which} | ${row.name} | ${f(row.dated)} | ${f(row.none)} | ${f(row.base[chosen]!)} | ${f(best)} (${thresholds[row.base.indexOf(best)]}) |`,
    )
  }
  const r = rows[which]
  console.log(
    `| ${which} | mean | ${f(mean(r.map((x) => x.dated)))} | ${f(mean(r.map((x) => x.none)))} | ${f(mean(r.map((x) => x.base[chosen]!)))} | ${f(mean(r.map((x) => Math.max(...x.base))))} |`,
  )
}
