import { analyze } from '../src/normalize/analyze.ts'
import { tokenize } from '../src/normalize/tokenize.ts'
import { parseArticle, readStructure } from '../src/structure/parse-article.ts'
import { type BenchRow, bestCpuTime, throughput, throughputRow } from './measure.ts'

/**
 * On seed-sized articles: normalize + tokenize + stem (the search analyzer's work), the structure pass alone
 * (blocks and sentences), and the whole `parseArticle` (structure, then quotes, entities, dates and sources).
 */
export function benchTextEngine(seeds: readonly string[]): BenchRow[] {
  const tokensPerSeed = seeds.map((text) => tokenize(text).length)
  let next = 0
  const analyzer = throughput(() => {
    const index = next++ % seeds.length
    analyze(seeds[index]!)
    return tokensPerSeed[index]!
  })
  const structure = throughput(() => {
    readStructure(seeds[next++ % seeds.length]!)
    return 1
  })
  const full = throughput(() => {
    parseArticle(seeds[next++ % seeds.length]!)
    return 1
  })
  return [
    throughputRow('normalize + tokenize + stem (analyze)', 'tokens/s', analyzer, '≥ 2,000,000'),
    throughputRow('structure only: blocks + sentences (seed-sized)', 'articles/s', structure, '≥ 2,000'),
    throughputRow('parseArticle with extraction (seed-sized)', 'articles/s', full, '≥ 1,000'),
  ]
}

/**
 * `parseArticle` CPU time per character (CPU, not wall: other load on the machine would bend the curve) from 50 KB to 5 MB: flat when it is linear. Two texts: the seeds repeated as
 * paragraphs (the usual shape), and the fused, glued seeds repeated on one line (the structure pass's hardest case).
 */
export function benchScaling(seeds: readonly string[]): BenchRow[] {
  const rows: BenchRow[] = []
  const paragraphs = seeds.join('\n\n')
  const line = seeds.map((seed) => seed.replaceAll('\n', '')).join('.')
  for (const [shape, unit, separator] of [
    ['paragraphs', paragraphs, '\n\n'],
    ['one line', line, '.'],
  ] as const) {
    for (const megabytes of [0.05, 0.5, 1, 2, 5]) {
      const copies = Math.ceil((megabytes * 1_000_000) / (unit.length * 2))
      const text = Array.from({ length: copies }, () => unit).join(separator)
      const { cpu, wall } = bestCpuTime(() => parseArticle(text), megabytes >= 2 ? 2 : 3)
      rows.push({
        name: `parseArticle, ${megabytes} MB, ${shape}`,
        value: (cpu * 1e6) / text.length,
        unit: 'CPU ns/char',
        note: `${(text.length / 1e6).toFixed(2)} M chars: ${(cpu / 1000).toFixed(2)} s CPU, ${(wall / 1000).toFixed(2)} s wall`,
      })
    }
  }
  return rows
}
