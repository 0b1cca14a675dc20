import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

// `node bench/startup.ts [runs] [bundle.js...]`: the Worker's start-up CPU as `wrangler check startup` measures it
// (workerd running the bundle's top level locally, sampled by its profiler): median and range of several runs, since
// one run varies by tens of milliseconds on a shared machine. Without bundles it measures this checkout; with
// bundles (`wrangler deploy --dry-run --outdir <dir>` of two versions, say) it alternates between them, run by run,
// so that the machine's load falls on each alike.

const [runsArg, ...bundles] = process.argv.slice(2)
const runs = Number(runsArg ?? 7)
const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'marsad-startup-'))
const targets = bundles.length > 0 ? bundles : ['this checkout']
const active = new Map<string, number[]>(targets.map((target) => [target, []]))

async function startupCpu(target: string): Promise<number> {
  const args = ['exec', 'wrangler', 'check', 'startup', '--outfile', join(dir, 'worker-startup.cpuprofile')]
  if (bundles.length > 0) args.push('--worker', target)
  const { stdout, stderr } = await run('pnpm', args, {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  })
  const match = /Active: ([\d.]+) ms/.exec(stdout + stderr)
  if (!match) throw new Error(`no "Active:" figure in wrangler's output:\n${stdout}${stderr}`)
  return Number(match[1])
}

try {
  for (let i = 0; i < runs; i++) {
    for (const target of targets) {
      const ms = await startupCpu(target)
      active.get(target)!.push(ms)
      process.stderr.write(`run ${i + 1}, ${target}: ${ms} ms\n`)
    }
  }
  for (const [target, figures] of active) {
    figures.sort((a, b) => a - b)
    console.log(
      `${target}: Worker start-up CPU median ${figures[figures.length >> 1]} ms (${figures[0]} to ${figures.at(-1)}) over ${runs} runs`,
    )
  }
  console.log(`load average ${loadavg()[0]!.toFixed(1)}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
