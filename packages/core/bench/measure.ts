/** One line of a benchmark report. */
export interface BenchRow {
  name: string
  value: number
  unit: string
  note?: string
}

/** CPU time of this thread in milliseconds: unlike wall time, it leaves out the waits for a core on a busy machine. */
export function cpuMilliseconds(): number {
  const usage = process.threadCpuUsage()
  return (usage.user + usage.system) / 1000
}

export interface Throughput {
  /** Units of work per second of wall time in the least disturbed window. */
  perSecond: number
  /** Units of work per second of wall time over the whole run. */
  meanPerSecond: number
  /** Units of work per second of this thread's CPU time in the least disturbed window. */
  perCpuSecond: number
}

/**
 * Runs `work` repeatedly for at least `seconds` after a warm-up, in windows of `window` seconds, and returns how many
 * units of work (as `work` reports them) were done per second. On a shared machine other load steals whole slices of
 * time, so the best window, like the best of several timed runs, is the figure of the code; the mean is kept too.
 */
export function throughput(work: () => number, seconds = 3, window = 0.25): Throughput {
  const warmUntil = performance.now() + 300
  while (performance.now() < warmUntil) work()
  let best = 0
  let bestCpu = 0
  let total = 0
  const start = performance.now()
  while (performance.now() - start < seconds * 1000) {
    let units = 0
    const windowStart = performance.now()
    const cpuStart = cpuMilliseconds()
    let elapsed = 0
    while (elapsed < window * 1000) {
      units += work()
      elapsed = performance.now() - windowStart
    }
    total += units
    best = Math.max(best, units / (elapsed / 1000))
    bestCpu = Math.max(bestCpu, units / ((cpuMilliseconds() - cpuStart) / 1000))
  }
  return {
    perSecond: best,
    meanPerSecond: total / ((performance.now() - start) / 1000),
    perCpuSecond: bestCpu,
  }
}

/** A throughput row: the best window's wall-time rate as the value; the mean, the CPU-time rate and the target in the note. */
export function throughputRow(name: string, unit: string, rate: Throughput, target?: string): BenchRow {
  const round = (value: number) => Math.round(value).toLocaleString('en-US')
  const note = `mean ${round(rate.meanPerSecond)}; ${round(rate.perCpuSecond)} per CPU second`
  return { name, value: rate.perSecond, unit, note: target ? `${note}; target ${target}` : note }
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

/** Milliseconds of CPU time and of wall time one call of `work` takes, each the best of `runs` runs. */
export function bestCpuTime(work: () => void, runs = 3): { cpu: number; wall: number } {
  let cpu = Number.POSITIVE_INFINITY
  let wall = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const cpuStart = cpuMilliseconds()
    work()
    cpu = Math.min(cpu, cpuMilliseconds() - cpuStart)
    wall = Math.min(wall, performance.now() - start)
  }
  return { cpu, wall }
}

export function printTable(title: string, rows: readonly BenchRow[]): void {
  const lines = [`\n${title}\n`, '| measure | value | unit | note |', '| --- | ---: | --- | --- |']
  for (const row of rows) {
    const value = row.value >= 100 ? Math.round(row.value).toLocaleString('en-US') : row.value.toFixed(2)
    lines.push(`| ${row.name} | ${value} | ${row.unit} | ${row.note ?? ''} |`)
  }
  console.log(lines.join('\n'))
}
