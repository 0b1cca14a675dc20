import { availableParallelism, cpus, loadavg } from 'node:os'

// The contract of `pnpm bench:compare`: each anchor is one file, `<package>/bench/compare/<name>.anchor.ts`, whose
// default export is a `Comparison` (or an array of them). The runner measures Marsad and the anchor side by side in alternating rounds
// of one run, so whatever else the machine is doing weighs on both alike, and reports the ratio of each round.

/** One figure compared: Marsad's value divided by the anchor's. */
export interface Measure {
  /** What is measured, e.g. `GET /v1/articles/{id}, req/s at 50 connections`. */
  name: string
  /** What Marsad is measured against, e.g. `bare Hono on @hono/node-server sending the same bytes`. */
  anchor: string
  unit: string
  /** `higher` for throughputs, `lower` for times and memory. */
  better: 'higher' | 'lower'
  /** The ratio (Marsad ÷ anchor) to reach: at least this when higher is better, at most this when lower. */
  target?: number
}

/** One round's value of a measure on each side. */
export interface Sample {
  marsad: number
  anchor: number
}

export interface Session {
  /**
   * Measures both sides once, one after the other (the anchor first when `anchorFirst`, which alternates between
   * rounds), and answers one sample per measure, in the order of `Comparison.measures`.
   */
  round(anchorFirst: boolean): Promise<Sample[]>
  stop(): Promise<void>
}

export interface Comparison {
  title: string
  measures: Measure[]
  /** Rounds measured after one warm-up round that is not counted. Default 5. */
  rounds?: number
  /** Prepares both sides, or says why the anchor cannot run on this machine (it is then skipped, with the reason). */
  start(log: (line: string) => void): Promise<Session | { skip: string }>
}

export interface MeasureResult {
  measure: Measure
  marsad: number
  anchor: number
  ratios: number[]
  median: number
  min: number
  max: number
  met: boolean | undefined
}

export interface ComparisonResult {
  title: string
  /** One-minute load average at the start and at the end of the comparison. */
  load: [number, number]
  results: MeasureResult[]
  skipped?: string
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Runs one comparison: a warm-up round, then `rounds` rounds alternating which side goes first. */
export async function runComparison(
  comparison: Comparison,
  log: (line: string) => void,
): Promise<ComparisonResult> {
  const loadStart = loadavg()[0]!
  const session = await comparison.start(log)
  if ('skip' in session) {
    return { title: comparison.title, load: [loadStart, loadavg()[0]!], results: [], skipped: session.skip }
  }
  const rounds = comparison.rounds ?? 5
  const samples: Sample[][] = []
  try {
    await session.round(false)
    for (let round = 0; round < rounds; round++) {
      const sample = await session.round(round % 2 === 0)
      samples.push(sample)
      log(
        `  round ${round + 1}/${rounds}: ${sample.map((s, i) => `${comparison.measures[i]!.unit} ${format(s.marsad)} vs ${format(s.anchor)}`).join('; ')}`,
      )
    }
  } finally {
    await session.stop()
  }
  const results = comparison.measures.map((measure, i) => {
    const ratios = samples.map((sample) => sample[i]!.marsad / sample[i]!.anchor)
    const ratio = median(ratios)
    return {
      measure,
      marsad: median(samples.map((sample) => sample[i]!.marsad)),
      anchor: median(samples.map((sample) => sample[i]!.anchor)),
      ratios,
      median: ratio,
      min: Math.min(...ratios),
      max: Math.max(...ratios),
      met:
        measure.target === undefined
          ? undefined
          : measure.better === 'higher'
            ? ratio >= measure.target
            : ratio <= measure.target,
    }
  })
  return { title: comparison.title, load: [loadStart, loadavg()[0]!], results }
}

/** Runs Marsad's side then the anchor's, or the anchor's first when `anchorFirst`, and answers both. */
export async function inTurn<T>(anchorFirst: boolean, marsad: () => Promise<T>, anchor: () => Promise<T>) {
  if (anchorFirst) {
    const a = await anchor()
    return { marsad: await marsad(), anchor: a }
  }
  const m = await marsad()
  return { marsad: m, anchor: await anchor() }
}

export function format(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const abs = Math.abs(value)
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
}

/** The results as the markdown table BENCHMARKS.md keeps, with the machine and its load. */
export function resultsTable(results: readonly ComparisonResult[], when = new Date()): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
  const lines = [
    `Run on ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC: Node ${process.version}, ${availableParallelism()} × ${cpu}. Ratios are Marsad ÷ anchor, per round; median (min–max) of the rounds.`,
    '',
    '| measure | Marsad | anchor | ratio, median (min–max) | target | load average |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const comparison of results) {
    const load = `${comparison.load[0].toFixed(1)} → ${comparison.load[1].toFixed(1)}`
    if (comparison.skipped) {
      lines.push(`| ${comparison.title} | skipped: ${comparison.skipped} | | | | ${load} |`)
      continue
    }
    for (const r of comparison.results) {
      const target =
        r.measure.target === undefined
          ? ''
          : `${r.measure.better === 'higher' ? '≥' : '≤'} ${r.measure.target}× ${r.met ? '(met)' : '(**not met**)'}`
      lines.push(
        `| ${r.measure.name} | ${format(r.marsad)} ${r.measure.unit} | ${r.measure.anchor}: ${format(r.anchor)} ${r.measure.unit} | ${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)}) | ${target} | ${load} |`,
      )
    }
  }
  return lines.join('\n')
}
