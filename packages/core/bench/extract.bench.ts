import { extractArticle } from '../src/extract/index.ts'
import { parseArticle } from '../src/structure/parse-article.ts'
import { type BenchRow, bestTime, throughput } from './measure.ts'

/**
 * Extraction (quotes, entities, dates, sources) on seed-sized articles, alone and with `parseArticle` before it,
 * and its time per character at growing sizes (flat when extraction is linear).
 */
export function benchExtraction(seeds: readonly string[]): BenchRow[] {
  const parsed = seeds.map((text) => parseArticle(text))
  let next = 0
  const extractPerSecond = throughput(() => {
    extractArticle(parsed[next++ % parsed.length]!)
    return 1
  })
  const parseAndExtractPerSecond = throughput(() => {
    const article = parseArticle(seeds[next++ % seeds.length]!)
    extractArticle(article)
    return 1
  })
  const rows: BenchRow[] = [
    { name: 'extractArticle (seed-sized)', value: extractPerSecond, unit: 'articles/s' },
    {
      name: 'parseArticle + extractArticle (seed-sized)',
      value: parseAndExtractPerSecond,
      unit: 'articles/s',
      note: 'target ≥ 1,000',
    },
  ]
  const unit = seeds.join('\n\n')
  for (const megabytes of [0.5, 1, 2]) {
    const text = Array.from(
      { length: Math.ceil((megabytes * 1_000_000) / (unit.length * 2)) },
      () => unit,
    ).join('\n\n')
    const article = parseArticle(text)
    const ms = bestTime(() => extractArticle(article), 2)
    rows.push({ name: `extractArticle, ${megabytes} MB`, value: (ms * 1e6) / text.length, unit: 'ns/char' })
  }
  return rows
}
