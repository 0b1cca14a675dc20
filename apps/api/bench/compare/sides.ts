import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { cpuMicros, rssMb } from '../../../../bench/compare/proc.ts'
import { REPO_ROOT } from '../../src/node/server.ts'
import { startApiProcess, startNodeProcess } from '../api-process.ts'
import { benchDatabase } from '../build-db.ts'

// What the API's comparisons share: the database of generated articles, the API and its bare Hono anchor each in
// a process of its own (so each one's CPU time and memory are its own), and a load generator.

/** Articles stored for the comparisons (`MARSAD_COMPARE_ARTICLES`). */
export const STORED = Number(process.env.MARSAD_COMPARE_ARTICLES ?? 10_000)
export const TOKEN = 'bench-compare-token'

export interface Side {
  server: ChildProcessWithoutNullStreams
  url: string
}

/** Ids of stored articles spread over the corpus, for reads. */
export function sampleIds(count = 1000): string[] {
  return Array.from({ length: count }, (_, i) => `bench-${(i * 7919) % STORED}`)
}

/**
 * The API (`src/node/main.ts`, as deployed: writes on with a token, no write rate limit) and bare Hono, each over
 * its own copy of the bench database, so that a write to one leaves the cached database as built.
 */
export async function startSides(
  name: string,
  log: (line: string) => void,
): Promise<{ api: Side; bare: Side }> {
  const built = await benchDatabase(`${REPO_ROOT}.data/bench`, STORED, log)
  const copies = ['api', 'bare'].map((side) => {
    const path = join(REPO_ROOT, '.data/bench', `compare-${name}-${side}.sqlite`)
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
    copyFileSync(built, path)
    return path
  })
  const env = { ...process.env, MARSAD_DB: copies[0], MARSAD_API_TOKEN: TOKEN, MARSAD_WRITE_RATE: 'off' }
  const api = await startApiProcess(env)
  const bare = await startNodeProcess(join(import.meta.dirname, 'bare-server.ts'), [copies[1]!], {
    ...process.env,
    MARSAD_BARE_IDS: sampleIds().join(','),
  })
  return { api, bare }
}

export function stopSides(...sides: Side[]): Promise<void> {
  return Promise.all(
    sides.map(
      (side) =>
        new Promise<void>((resolve) => {
          if (side.server.exitCode !== null) return resolve()
          side.server.once('exit', () => resolve())
          side.server.kill('SIGTERM')
        }),
    ),
  ).then(() => undefined)
}

/** A side's CPU time so far, in microseconds. */
export const cpuOf = (side: Side) => cpuMicros(side.server.pid!)

/** A side's resident memory, in MB. */
export const rssOf = (side: Side) => rssMb(side.server.pid!)

export interface LoadResult {
  requests: number
  perSecond: number
  /** Each answer's latency in ms, in order of arrival. */
  latencies: number[]
  /** Server CPU time per answered request, in µs. */
  cpuPerRequest: number
  failed: number
}

/** Loads `side` with GETs of `paths` in turn over `connections` connections for `seconds`. */
export async function load(
  side: Side,
  paths: readonly string[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let n = 0
  const latencies: number[] = []
  const cpuBefore = cpuOf(side)
  const instance = autocannon({
    url: side.url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[n++ % paths.length]! }) }],
  })
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms))
  const result = await instance
  const cpu = cpuOf(side) - cpuBefore
  const requests = result.requests.total
  return {
    requests,
    perSecond: requests / result.duration,
    latencies,
    cpuPerRequest: cpu / Math.max(1, requests),
    failed: result.errors + result.timeouts + result.non2xx,
  }
}
