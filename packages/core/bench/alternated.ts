import { loadavg } from 'node:os'
import { cpuMilliseconds } from './measure.ts'

/** One side of an A/B bench: does its `i`-th unit of work (each side goes on where its last window stopped). */
export type Work = (i: number) => void

/**
 * Runs the revision's side and the working tree's in windows of `windowMs` CPU milliseconds, after one warm-up window
 * each, alternating which goes first, and prints a line of the median rates (units per CPU second) and their ratio:
 * `${label}, ${unit} per CPU s, …`. Timing both in one process, window by window, puts both under the same load.
 */
export function compareAlternated(
  label: string,
  unit: string,
  commit: string,
  sides: { before: Work; after: Work },
  rounds: number,
  windowMs: number,
): void {
  const next = { before: 0, after: 0 }
  const rate = (side: 'before' | 'after'): number => {
    const start = cpuMilliseconds()
    let done = 0
    while (cpuMilliseconds() - start < windowMs) {
      sides[side](next[side]++)
      done++
    }
    return done / ((cpuMilliseconds() - start) / 1000)
  }
  const load = [loadavg()[0]!]
  const rates = { before: [] as number[], after: [] as number[] }
  rate('before')
  rate('after')
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)
    for (const side of order) rates[side].push(rate(side))
  }
  load.push(loadavg()[0]!)
  const ratios = rates.after.map((after, round) => after / rates.before[round]!)
  const fmt = (value: number) => Math.round(value).toLocaleString('en-US')
  console.log(
    `${label}, ${unit} per CPU s, ${rounds} alternated rounds of ${windowMs} ms: ${commit.slice(0, 7)} ${fmt(median(rates.before))}, working tree ${fmt(median(rates.after))}; ratio ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}); load average ${load.map((value) => value.toFixed(1)).join(' → ')}`,
  )
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
