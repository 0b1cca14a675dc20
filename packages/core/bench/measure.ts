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
  /** Units of work per second of wall time. */
  perSecond: number
  /** Units of work per second of this thread's CPU time. */
  perCpuSecond: number
}

/**
 * Runs `work` repeatedly for at least `seconds` after a warm-up and returns how many units of work (as `work`
 * reports them) were done per second of wall time and of CPU time.
 */
export function throughput(work: () => number, seconds = 1.5): Throughput {
  const warmUntil = performance.now() + 300
  while (performance.now() < warmUntil) work()
  let units = 0
  const start = performance.now()
  const cpuStart = cpuMilliseconds()
  let elapsed = 0
  while (elapsed < seconds * 1000) {
    units += work()
    elapsed = performance.now() - start
  }
  return {
    perSecond: units / (elapsed / 1000),
    perCpuSecond: units / ((cpuMilliseconds() - cpuStart) / 1000),
  }
}

/** A throughput row: wall-time rate as the value, the CPU-time rate and the target in the note. */
export function throughputRow(name: string, unit: string, rate: Throughput, target?: string): BenchRow {
  const cpu = `${Math.round(rate.perCpuSecond).toLocaleString('en-US')} per CPU second`
  return { name, value: rate.perSecond, unit, note: target ? `${cpu}; target ${target}` : cpu }
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
