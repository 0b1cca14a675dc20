import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type AddressInfo, createServer } from 'node:net'
import { dirname, join } from 'node:path'
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
 * Builds the site (Node adapter) with `astro build` in a child process into `outDir`, with its own cache folder
 * so that a build running beside it cannot race on it. The build holds no data: pages are rendered on demand.
 */
export async function buildSite(options: {
  outDir: string
  env?: NodeJS.ProcessEnv
  /** Another Astro project to build (the page bench's bare site); the site's own by default. */
  root?: string
}): Promise<void> {
  const astroBin = join(
    dirname(createRequire(import.meta.url).resolve('astro/package.json')),
    'bin/astro.mjs',
  )
  const child = spawn(process.execPath, [astroBin, 'build', '--silent'], {
    cwd: options.root ?? siteRoot,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      MARSAD_SITE_OUT_DIR: options.outDir,
      MARSAD_SITE_CACHE_DIR: join(options.outDir, '..', '.astro-cache'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  if (code !== 0) throw new Error(`astro build failed (${code}):\n${output.slice(-4000)}`)
}

export type SiteServer = { url: string; pid: number; close: () => Promise<void> }

/** A port free on loopback right now, for a child process to listen on. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * Starts a server on a port `freePort` chose, again on a new port when another process took that one between the
 * check and the server's own bind (a shared machine runs many tests at once; CI once lost a run to it).
 */
export async function onFreePort<T>(start: (port: number) => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort())
    } catch (error) {
      const taken = /EADDRINUSE|Address already in use/.test(String(error))
      if (!taken || attempt >= tries) throw error
    }
  }
}

type SiteOptions = {
  dist: string
  apiUrl: string
  env?: NodeJS.ProcessEnv
  /** A page that answers 200 once the server is up; `/robots.txt` by default. */
  readyPath?: string
}

/** Runs a built site's Node server (`dist/server/entry.mjs`) on a free loopback port, reading from `apiUrl`. */
export function startSite(options: SiteOptions): Promise<SiteServer> {
  return onFreePort((port) => startSiteOn(port, options))
}

async function startSiteOn(port: number, options: SiteOptions): Promise<SiteServer> {
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(process.execPath, [join(options.dist, 'server/entry.mjs')], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      MARSAD_API_URL: options.apiUrl,
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  child.stderr!.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the site stopped (${child.exitCode}):\n${output}`)
    const up = await fetch(`${url}${options.readyPath ?? '/robots.txt'}`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) throw new Error(`the site did not start:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    pid: child.pid!,
    close: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}
