import { PerformanceObserver } from 'node:perf_hooks'
import { clusterStories } from '../src/cluster/index.ts'
import { parseCorpus, scoreClustering } from '../test/stories/evaluate.ts'
import { generateCorpus } from '../test/stories/generate.ts'
import { type BenchRow, bestTime } from './measure.ts'

/**
 * Corpus sizes timed (or those given on the command line); each is a prefix (in publication order) of the largest
 * generated corpus. 200k gives the 100k → 200k doubling ratio.
 */
const SIZES = [10_000, 50_000, 100_000, 200_000]

/**
 * Story clustering throughput on corpora recombined from the hand-written evaluation corpus (see
 * test/stories/generate.ts), articles already parsed, in publication order as a stream arrives. Reports
 * articles per second at each size, the time ratio of each doubling (2.0 means linear), and B-cubed F1 against the
 * generator's event labels as a check that the work done is real clustering. The collector's pause time per run is
 * printed beside the CPU time (the mean of the runs).
 */
export async function benchClustering(sizes: readonly number[] = SIZES): Promise<BenchRow[]> {
  const largest = Math.max(...sizes)
  const corpus = generateCorpus(largest)
  const articles = parseCorpus(corpus)
  const rows: BenchRow[] = []
  const cpuTimes = new Map<number, number>()
  let paused = 0
  const collector = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) paused += entry.duration
  })
  collector.observe({ entryTypes: ['gc'] })
  for (const size of sizes) {
    const slice = articles.slice(0, size)
    const runs = size >= 50_000 ? 2 : 3
    let cpu = Number.POSITIVE_INFINITY
    await settled()
    paused = 0
    const ms = bestTime(() => {
      const before = process.cpuUsage()
      clusterStories(slice)
      const used = process.cpuUsage(before)
      cpu = Math.min(cpu, (used.user + used.system) / 1000)
    }, runs)
    await settled()
    cpuTimes.set(size, cpu)
    rows.push({
      name: `clusterStories, ${size.toLocaleString('en-US')} articles`,
      value: (size / ms) * 1000,
      unit: 'articles/s',
      note: `${(ms / 1000).toFixed(2)} s wall, ${(cpu / 1000).toFixed(2)} s CPU, GC ${(paused / runs / 1000).toFixed(2)} s`,
    })
  }
  // Ratios from CPU time: on a shared machine wall time also counts the waits for a core.
  for (const size of sizes) {
    const half = cpuTimes.get(size / 2)
    if (half === undefined) continue
    rows.push({
      name: `CPU time ratio ${(size / 2).toLocaleString('en-US')} → ${size.toLocaleString('en-US')}`,
      value: cpuTimes.get(size)! / half,
      unit: '×',
      note: '2.0 = linear',
    })
  }
  collector.disconnect()
  const checked = Math.min(...sizes)
  const score = scoreClustering(articles.slice(0, checked), corpus.slice(0, checked))
  rows.push({
    name: `B-cubed F1 on the generated ${checked.toLocaleString('en-US')}`,
    value: score.f1,
    unit: 'F1',
    note: `P ${score.precision.toFixed(3)} / R ${score.recall.toFixed(3)}`,
  })
  return rows
}

if (import.meta.main) {
  const { printTable } = await import('./measure.ts')
  const sizes = process.argv.slice(2).map(Number)
  printTable('Story clustering (one core)', await benchClustering(sizes.length > 0 ? sizes : SIZES))
}

/** Lets the collector's performance entries of the runs so far be delivered. */
function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20))
}
