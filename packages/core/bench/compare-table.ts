import { loadavg } from 'node:os'

/** One measure of a side-by-side run: Marsad's rates and the anchor's, one of each per round. */
export interface CompareRow {
  measure: string
  anchor: string
  ours?: number[]
  theirs?: number[]
  target?: string
  /** The median ratio must reach this. */
  floor?: number
  /** Marsad's median rate must reach this. */
  absoluteFloor?: number
  skipped?: boolean
}

/**
 * Runs `ours` and `theirs` alternately, `rounds` times each, the first of each pair alternating too, so that a load
 * that comes and goes falls on both alike.
 */
export function interleave(
  rounds: number,
  ours: () => number,
  theirs: () => number,
): { ours: number[]; theirs: number[] } {
  const result = { ours: [] as number[], theirs: [] as number[] }
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      result.ours.push(ours())
      result.theirs.push(theirs())
    } else {
      result.theirs.push(theirs())
      result.ours.push(ours())
    }
  }
  return result
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const round = (value: number) => Math.round(value).toLocaleString('en-US')

/**
 * Prints the comparison as a Markdown table (median rates, and the ratio's median with its range over the rounds)
 * with the load average, and sets a failing exit code when a measure misses its floor.
 */
export function printComparison(rows: readonly CompareRow[]): void {
  const lines = [
    '',
    `load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
    '',
    '| measure | Marsad (median) | anchor | anchor (median) | ratio, median (min–max) | target |',
    '| --- | ---: | --- | ---: | --- | --- |',
  ]
  let missed = 0
  for (const row of rows) {
    if (row.skipped || !row.ours || !row.theirs) {
      lines.push(`| ${row.measure} | | ${row.anchor} | | | |`)
      continue
    }
    const ratios = row.ours.map((ours, i) => ours / row.theirs![i % row.theirs!.length]!)
    const ratio = median(ratios)
    const ok =
      (row.floor === undefined || ratio >= row.floor) &&
      (row.absoluteFloor === undefined || median(row.ours) >= row.absoluteFloor)
    if (!ok) missed++
    lines.push(
      `| ${row.measure} | ${round(median(row.ours))} | ${row.anchor} | ${round(median(row.theirs))} | ${ratio.toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${row.target ?? ''}${ok ? '' : ' **missed**'} |`,
    )
  }
  console.log(lines.join('\n'))
  if (missed > 0) {
    console.log(`\n${missed} measure(s) missed their target`)
    process.exitCode = 1
  }
}
