import { extractArticle } from '../src/extract/index.ts'
import { parseArticle } from '../src/structure/parse-article.ts'
import { type BenchRow, bestCpuTime, throughput, throughputRow } from './measure.ts'

/** Extraction (quotes, entities, dates, sources) alone, on articles already parsed, and its time per character. */
export function benchExtraction(seeds: readonly string[]): BenchRow[] {
  const parsed = seeds.map((text) => parseArticle(text))
  let next = 0
  const extract = throughput(() => {
    extractArticle(parsed[next++ % parsed.length]!)
    return 1
  })
  const rows: BenchRow[] = [throughputRow('extractArticle alone (seed-sized)', 'articles/s', extract)]
  const unit = seeds.join('\n\n')
  for (const megabytes of [0.05, 0.5, 2]) {
    const copies = Math.ceil((megabytes * 1_000_000) / (unit.length * 2))
    const article = parseArticle(Array.from({ length: copies }, () => unit).join('\n\n'))
    const { cpu } = bestCpuTime(() => extractArticle(article), 2)
    rows.push({
      name: `extractArticle alone, ${megabytes} MB`,
      value: (cpu * 1e6) / article.text.length,
      unit: 'CPU ns/char',
    })
  }
  return rows
}
