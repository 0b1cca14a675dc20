// `pnpm --filter @marsad/core bench:bundle [entry]`: what the core costs a browser or a Worker — the minified ESM
// bundles of the whole core and of single exports, raw and gzipped, with their ceilings (test/bundle-size.test.ts
// enforces them), the API's Worker bundle, and a cold start (a fresh process importing the core's bundle and parsing
// one seed), median of seven. Give another checkout's src/index.ts to compare two versions on the same machine.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { type BundleSize, bundleSize, coreBundleSize, coreBundles, coreEntry } from './bundle-size.ts'

const entry = resolve(process.argv[2] ?? coreEntry)
const worker = resolve(import.meta.dirname, '../../../apps/api/src/worker/index.ts')
const seed = join(import.meta.dirname, '../../../seeds/000_c46bd0adb6ed7856.txt')

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const row = (name: string, size: BundleSize, ceiling?: number) =>
  console.log(
    `${name.padEnd(18)} ${kb(size.minified).padStart(9)} minified ${kb(size.gzipped).padStart(9)} gzipped${ceiling === undefined ? '' : `   (ceiling ${kb(ceiling)} gzipped)`}`,
  )

console.log(`entry ${entry}`)
for (const bundle of coreBundles)
  row(bundle.name, await coreBundleSize(bundle.imports, entry), bundle.ceiling)
// As wrangler bundles it (its conditions), but minified; apps/api's worker-bundle test holds its ceiling.
row(
  'api Worker',
  await bundleSize({
    entryPoints: [worker],
    conditions: ['workerd', 'worker', 'browser'],
    external: ['cloudflare:*'],
    // The story Durable Object imports its schema as text, as wrangler's rules in wrangler.toml do.
    loader: { '.sql': 'text' },
  }),
)

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
  console.log(
    `cold start         import ${median(runs.map((r) => r.load)).toFixed(1)} ms + first parseArticle ${median(runs.map((r) => r.first)).toFixed(1)} ms (median of 7 fresh processes)`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
