import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const siteRoot = fileURLToPath(new URL('../', import.meta.url))

/** Debian's Chromium, which the browser tests drive; CI machines start without it. */
export const chromiumPath = '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Installs Debian's `chromium` package when it is missing (the tests run as root on Debian machines). */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    if (run.status !== 0) {
      throw new Error(`apt-get ${args.join(' ')} failed (${run.status}): ${run.stderr?.slice(-2000)}`)
    }
  }
  if (!existsSync(chromiumPath)) throw new Error(`apt-get installed chromium, but ${chromiumPath} is missing`)
}

/**
 * Builds the site with `astro build` in a child process into `outDir`, with its own cache folder so that a
 * build running beside it (typecheck's sync, a developer's build) cannot race on the content store.
 */
export async function buildSite(options: {
  outDir: string
  corpus?: string[]
  cacheDir?: string
  /** Stops the build (the child is killed) when aborted, e.g. by `AbortSignal.timeout`. */
  signal?: AbortSignal
  /** Node options for the build process (e.g. `--import` of a probe), and more environment. */
  nodeOptions?: string[]
  env?: NodeJS.ProcessEnv
}) {
  const astroBin = join(
    dirname(createRequire(import.meta.url).resolve('astro/package.json')),
    'bin/astro.mjs',
  )
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    MARSAD_SITE_OUT_DIR: options.outDir,
    MARSAD_SITE_CACHE_DIR: options.cacheDir ?? join(options.outDir, '..', '.astro-cache'),
    MARSAD_CORPUS: (options.corpus ?? []).join(delimiter),
    ...options.env,
  }
  const started = performance.now()
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), astroBin, 'build', '--silent'], {
    cwd: siteRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.signal && { signal: options.signal }),
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', (error) => fail(new Error(`astro build stopped: ${error.message}`)))
    child.on('close', done)
  })
  if (code !== 0) throw new Error(`astro build failed (${code}):\n${output.slice(-4000)}`)
  return { ms: performance.now() - started, output }
}
