import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Comparison, type ComparisonResult, resultsTable, runComparison } from './harness.ts'

// `pnpm bench:compare [filter…] [--write]`: every `*.anchor.ts` (a default export of one `Comparison` or several)
// under `packages/*/bench/compare/` and `apps/*/bench/compare/` (or those whose path contains a filter), one after
// the other, then the `bench:compare` script of each package that has one. Prints the table; `--write` also puts it in BENCHMARKS.md. Exits 1 when a
// target is not met.

const root = join(import.meta.dirname, '../..')
const args = process.argv.slice(2)
const write = args.includes('--write')
const filters = args.filter((arg) => arg !== '--write')
const log = (line: string) => process.stderr.write(`${line}\n`)

const files = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(root, group)).flatMap((pkg) => {
    const dir = join(root, group, pkg, 'bench/compare')
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith('.anchor.ts'))
        .map((name) => join(dir, name))
    } catch {
      return []
    }
  }),
)
const chosen = files.filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
// Packages with a side-by-side script of their own (the core's `bench:compare`, whose table is in its README).
const scripts = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(root, group))
    .map((pkg) => join(root, group, pkg))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .filter((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.['bench:compare'])
    .filter((dir) => filters.length === 0 || filters.some((f) => dir.slice(root.length).includes(f))),
)
if (write && filters.length > 0) {
  log('bench:compare: --write rewrites the whole table, so it runs every anchor; drop the filters')
  process.exit(2)
}
if (chosen.length === 0 && scripts.length === 0) {
  log(`bench:compare: no anchor file or package matches ${filters.join(', ')}`)
  process.exit(2)
}

const results: ComparisonResult[] = []
for (const file of chosen) {
  const exported = (await import(pathToFileURL(file).href)).default as Comparison | Comparison[]
  for (const comparison of [exported].flat()) {
    log(`bench:compare: ${comparison.title} (${file.slice(root.length + 1)})`)
    results.push(await runComparison(comparison, log))
  }
}

const table = resultsTable(results)
if (results.length > 0) console.log(`\n${table}`)
if (write) {
  const path = join(root, 'BENCHMARKS.md')
  const text = readFileSync(path, 'utf8')
  const [start, end] = [
    '<!-- compare:start (written by pnpm bench:compare --write) -->',
    '<!-- compare:end -->',
  ]
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`BENCHMARKS.md has no ${start} … ${end} section`)
  writeFileSync(path, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`)
  log('bench:compare: BENCHMARKS.md updated')
}
for (const dir of scripts) {
  log(`bench:compare: ${dir.slice(root.length + 1)}'s own bench:compare`)
  const run = spawnSync('pnpm', ['run', '--silent', 'bench:compare'], { cwd: dir, stdio: 'inherit' })
  if (run.status !== 0) process.exitCode = 1
}
const missed = results.flatMap((c) => c.results).filter((r) => r.met === false)
if (missed.length > 0) {
  log(`bench:compare: ${missed.length} target(s) not met: ${missed.map((r) => r.measure.name).join('; ')}`)
  process.exitCode = 1
}
