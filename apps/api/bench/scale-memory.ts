/** What a probe of bench:scale reports: memory before and after a first write, and what the index then holds. */
export interface Probe {
  rssBefore: number
  rss: number
  heapBefore: number
  heap: number
  held: number
  ms: number
  /** CPU time of the write, ms: what the wall time is on a core of its own. */
  cpuMs: number
}

/** When a probe's measured work starts. */
export function startClock(): { wall: number; cpu: NodeJS.CpuUsage } {
  return { wall: performance.now(), cpu: process.cpuUsage() }
}

/** The process's memory after a full collection (probes run with --expose-gc): what stays alive. */
export function memoryNow(): { rss: number; heap: number } {
  globalThis.gc?.()
  const usage = process.memoryUsage()
  return { rss: usage.rss, heap: usage.heapUsed }
}

/** Sends a probe's figures to the bench, measured from `before` and `started` (with `cpu`), and exits. */
export function reportProbe(
  before: { rss: number; heap: number },
  started: { wall: number; cpu: NodeJS.CpuUsage },
  held: number,
): never {
  const ms = performance.now() - started.wall
  const used = process.cpuUsage(started.cpu)
  const cpuMs = (used.user + used.system) / 1000
  const after = memoryNow()
  const probe: Probe = {
    rssBefore: before.rss,
    rss: after.rss,
    heapBefore: before.heap,
    heap: after.heap,
    held,
    ms,
    cpuMs,
  }
  process.stderr.write(`  probe ${process.argv[1]}: ${ms.toFixed(0)} ms, ${cpuMs.toFixed(0)} ms CPU\n`)
  process.send!(probe)
  process.exit(0)
}
