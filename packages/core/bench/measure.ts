/** One line of a benchmark report. */
export interface BenchRow {
  name: string
  value: number
  unit: string
  note?: string
}

/**
 * Runs `work` repeatedly for at least `seconds` after a warm-up and returns how many units of work (as `work`
 * reports them) were done per second.
 */
export function throughput(work: () => number, seconds = 1.5): number {
  const warmUntil = performance.now() + 300
  while (performance.now() < warmUntil) work()
  let units = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < seconds * 1000) {
    units += work()
    elapsed = performance.now() - start
  }
  return units / (elapsed / 1000)
}

/** Milliseconds one call of `work` takes, the best of `runs` runs (the least disturbed by other load). */
export function bestTime(work: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

export function printTable(title: string, rows: readonly BenchRow[]): void {
  const lines = [`\n${title}\n`, '| measure | value | unit | note |', '| --- | ---: | --- | --- |']
  for (const row of rows) {
    const value = row.value >= 100 ? Math.round(row.value).toLocaleString('en-US') : row.value.toFixed(2)
    lines.push(`| ${row.name} | ${value} | ${row.unit} | ${row.note ?? ''} |`)
  }
  console.log(lines.join('\n'))
}
