import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { env } from 'node:process'
import { type Curve, scalingSvg } from './svg.ts'

// `pnpm bench:curves`: how clustering, ingest and search grow with the articles. Clustering runs the core's
// generated corpus at each size in a process of its own (CPU time, peak RSS); ingest and search run in one process
// that streams the scale corpus into a new SQLite file and measures at each size stored (CPU time of the next 1,000
// articles written, p50 CPU time of `/v1/search`, RSS). The two run side by side; their CPU times are their own
// threads', so they do not count each other's work. Prints the table with the doubling ratios and writes
// docs/scaling.svg. MARSAD_CURVES_SECONDS (default 480) bounds the ingest run: it stops at the first size stored after.

const root = join(import.meta.dirname, '../..')
const CLUSTER_SIZES = (env.MARSAD_CURVES_CLUSTER ?? '10000,20000,50000,100000,200000').split(',').map(Number)
const STORED_SIZES = (env.MARSAD_CURVES_STORED ?? '1000,2000,5000,10000,20000,50000,100000')
  .split(',')
  .map(Number)
const log = (line: string) => process.stderr.write(`${line}\n`)

/** Runs a bench script with node and returns the JSON lines it printed. */
function jsonLines<T>(cwd: string, args: readonly string[]): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const rows: T[] = []
    let buffered = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines.filter(Boolean)) {
        rows.push(JSON.parse(line) as T)
        log(`  ${line}`)
      }
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(rows) : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    )
  })
}

interface ClusterPoint {
  size: number
  cpuMs: number
  rss: number
}
interface StoredPoint {
  size: number
  ingestMsPer1000: number
  searchP50Ms: number
  rss: number
}

async function clusterCurve(): Promise<ClusterPoint[]> {
  const points: ClusterPoint[] = []
  for (const size of CLUSTER_SIZES) {
    points.push(
      ...(await jsonLines<ClusterPoint>(join(root, 'packages/core'), [
        'bench/cluster-curve.ts',
        String(size),
      ])),
    )
  }
  return points
}

const loadBefore = loadavg()
log(
  `bench:curves: clustering ${CLUSTER_SIZES.join(', ')}; stored ${STORED_SIZES.join(', ')} (load ${loadBefore.map((l) => l.toFixed(2)).join(' ')})`,
)
const started = performance.now()
const [cluster, stored] = await Promise.all([
  clusterCurve(),
  jsonLines<StoredPoint>(join(root, 'apps/api'), ['bench/ingest-curve.ts', ...STORED_SIZES.map(String)]),
])
const loadAfter = loadavg()

interface TableCurve extends Curve {
  unit: string
  format: (value: number) => string
}
const seconds = { unit: 's', format: (ms: number) => (ms / 1000).toFixed(2) }
const megabytes = { unit: 'MB', format: (bytes: number) => (bytes / 2 ** 20).toFixed(0) }
const milliseconds = { unit: 'ms', format: (ms: number) => ms.toFixed(2) }
const curve = <T extends { size: number }>(
  label: string,
  scale: typeof seconds,
  points: readonly T[],
  value: (point: T) => number,
): TableCurve => ({ label, ...scale, points: points.map((p) => ({ size: p.size, value: value(p) })) })

const curves = [
  curve('clustering CPU time', seconds, cluster, (p) => p.cpuMs),
  curve('clustering peak RSS', megabytes, cluster, (p) => p.rss),
  curve('ingest CPU per 1,000', seconds, stored, (p) => p.ingestMsPer1000),
  curve('search p50 CPU', milliseconds, stored, (p) => p.searchP50Ms),
  curve('API process RSS', megabytes, stored, (p) => p.rss),
]

const lines = [
  '| measure | articles | value | × previous size | size × |',
  '| --- | ---: | ---: | ---: | ---: |',
]
for (const curve of curves) {
  curve.points.forEach((point, i) => {
    const previous = curve.points[i - 1]
    const ratio = previous ? (point.value / previous.value).toFixed(2) : ''
    const step = previous ? (point.size / previous.size).toFixed(1) : ''
    lines.push(
      `| ${curve.label} | ${point.size.toLocaleString('en-US')} | ${curve.format(point.value)} ${curve.unit} | ${ratio} | ${step} |`,
    )
  })
}
const load = `load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after; ${((performance.now() - started) / 1000).toFixed(0)} s`
console.log(`\nScaling (${new Date().toISOString().slice(0, 10)}, ${load})\n\n${lines.join('\n')}`)

mkdirSync(join(root, 'docs'), { recursive: true })
writeFileSync(
  join(root, 'docs/scaling.svg'),
  scalingSvg('How Marsad scales with the number of articles', curves),
)
log('wrote docs/scaling.svg')
