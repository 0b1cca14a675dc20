import { analyze } from '../src/normalize/analyze.ts'
import { tokenize } from '../src/normalize/tokenize.ts'
import { parseArticle } from '../src/structure/parse-article.ts'
import { type BenchRow, bestTime, throughput } from './measure.ts'

/** normalize + tokenize + stem (the search analyzer's work) and full parseArticle, on seed-sized articles. */
export function benchTextEngine(seeds: readonly string[]): BenchRow[] {
  const tokensPerSeed = seeds.map((text) => tokenize(text).length)
  let next = 0
  const analyzerTokensPerSecond = throughput(() => {
    const index = next++ % seeds.length
    analyze(seeds[index]!)
    return tokensPerSeed[index]!
  })
  const articlesPerSecond = throughput(() => {
    parseArticle(seeds[next++ % seeds.length]!)
    return 1
  })
  return [
    {
      name: 'normalize + tokenize + stem (analyze)',
      value: analyzerTokensPerSecond,
      unit: 'tokens/s',
      note: 'target ≥ 2,000,000',
    },
    {
      name: 'parseArticle (seed-sized)',
      value: articlesPerSecond,
      unit: 'articles/s',
      note: 'target ≥ 2,000',
    },
  ]
}

/** parseArticle time per character at growing sizes: flat when the parser is linear. */
export function benchScaling(seeds: readonly string[]): BenchRow[] {
  const rows: BenchRow[] = []
  const unit = seeds.join('\n')
  for (const megabytes of [0.5, 1, 2, 5]) {
    const copies = Math.ceil((megabytes * 1_000_000) / (unit.length * 2))
    // The fused, glued seed repeated without line breaks is the parser's hardest case: one very long line.
    const text = Array.from({ length: copies }, () => unit.replaceAll('\n', '')).join('.')
    const ms = bestTime(() => parseArticle(text), 2)
    rows.push({
      name: `parseArticle, one ${megabytes} MB line`,
      value: (ms * 1e6) / text.length,
      unit: 'ns/char',
    })
  }
  return rows
}
