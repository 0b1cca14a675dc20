// `pnpm --filter @marsad/web bench:bundle`: what @marsad/web costs a browser or a Worker: minified ESM bundles,
// raw and gzipped, of the whole package, of its own code with the core left out (what it adds to an app that already
// has the core), of decodeHtml alone, and of the parser it builds on (htmlparser2 with domhandler and entities).
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const entry = new URL('../src/index.ts', import.meta.url).pathname

async function size(contents: string, external: string[] = []) {
  const result = await build({
    stdin: { contents, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    write: false,
    external,
  })
  const bytes = result.outputFiles[0]!.contents
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const rows: [string, string, string[]?][] = [
  ['whole package', `export * from '${entry}'`],
  ['without the core', `export * from '${entry}'`, ['@marsad/core']],
  ['decodeHtml', `export { decodeHtml } from '${entry}'`, ['@marsad/core']],
  ['htmlparser2 alone', `export { parseDocument } from 'htmlparser2'`],
]
for (const [name, contents, external] of rows) {
  const { minified, gzipped } = await size(contents, external)
  console.log(`${name.padEnd(18)} ${kb(minified).padStart(9)} minified ${kb(gzipped).padStart(9)} gzipped`)
}
