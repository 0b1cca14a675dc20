import { readFileSync } from 'node:fs'

// What a comparison reads of a server process it started (Linux `/proc`), so that each side's CPU time and memory
// are its own, not the bench's.

const TICKS_PER_SECOND = 100

/** A process's CPU time (user and system) so far, in microseconds (`/proc/<pid>/stat`). */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1e6
}

/** A process's resident memory, in MB (`/proc/<pid>/status`). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(status.match(/VmRSS:\s+(\d+) kB/)![1]) / 1024
}
