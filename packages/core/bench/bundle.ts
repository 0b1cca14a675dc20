// `pnpm --filter @marsad/core bench:bundle [entry]`: what the core costs a browser or a Worker — the minified ESM
// bundle of its entry point, raw and gzipped, and a cold start (a fresh process importing the bundle and parsing one
// seed), median of seven. Give another checkout's src/index.ts to compare two versions on the same machine.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const entry = resolve(process.argv[2] ?? join(import.meta.dirname, '../src/index.ts'))
const seed = join(import.meta.dirname, '../../../seeds/000_c46bd0adb6ed7856.txt')
const dir = mkdtempSync(join(tmpdir(), 'marsad-bundle-'))
try {
  const outfile = join(dir, 'core.mjs')
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    outfile,
  })
  const bundle = readFileSync(outfile)
  const probe = join(dir, 'probe.mjs')
  writeFileSync(
    probe,
    `const t0 = performance.now()
const core = await import(${JSON.stringify(outfile)})
const t1 = performance.now()
core.parseArticle({ id: 'seed', text: ${JSON.stringify(readFileSync(seed, 'utf8'))} })
const t2 = performance.now()
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }))`,
  )
  const runs = Array.from({ length: 7 }, () =>
    JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })),
  )
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!
  console.log(`entry ${entry}`)
  console.log(
    `bundle           ${(bundle.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(bundle).length / 1024).toFixed(1)} KiB gzipped`,
  )
  console.log(
    `cold start       import ${median(runs.map((r) => r.load)).toFixed(1)} ms + first parseArticle ${median(runs.map((r) => r.first)).toFixed(1)} ms (median of 7 fresh processes)`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
