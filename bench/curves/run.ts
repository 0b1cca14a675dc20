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

const curves: (Curve & { unit: string; format: (v: number) => string })[] = [
  {
    label: 'clustering CPU time',
    unit: 's',
    format: (v) => (v / 1000).toFixed(2),
    points: cluster.map((p) => ({ size: p.size, value: p.cpuMs })),
  },
  {
    label: 'clustering peak RSS',
    unit: 'MB',
    format: (v) => (v / 2 ** 20).toFixed(0),
    points: cluster.map((p) => ({ size: p.size, value: p.rss })),
  },
  {
    label: 'ingest CPU per 1,000',
    unit: 's',
    format: (v) => (v / 1000).toFixed(2),
    points: stored.map((p) => ({ size: p.size, value: p.ingestMsPer1000 })),
  },
  {
    label: 'search p50 CPU',
    unit: 'ms',
    format: (v) => v.toFixed(2),
    points: stored.map((p) => ({ size: p.size, value: p.searchP50Ms })),
  },
  {
    label: 'API process RSS',
    unit: 'MB',
    format: (v) => (v / 2 ** 20).toFixed(0),
    points: stored.map((p) => ({ size: p.size, value: p.rss })),
  },
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
