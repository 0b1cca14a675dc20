import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { freePort, onFreePort, siteRoot } from '../site-server.ts'

const wranglerBin = join(
  dirname(createRequire(import.meta.url).resolve('wrangler/package.json')),
  'bin/wrangler.js',
)

export type Wrangler = { url: string; close: () => Promise<void> }

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' }

/** Runs `wrangler …` in `cwd` to its end; rejects with its output when it fails. */
export async function wrangler(args: string[], cwd = siteRoot): Promise<void> {
  const child = spawn(process.execPath, [wranglerBin, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  if (code !== 0) throw new Error(`wrangler ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`)
}

/**
 * `wrangler dev` in workerd on a free loopback port, with every config given (`-c` each): the first is served,
 * the others are reachable only through its service bindings. Resolves once it says it is ready.
 */
export function wranglerDev(options: WranglerDevOptions): Promise<Wrangler> {
  return onFreePort((port) => wranglerDevOn(port, options))
}

type WranglerDevOptions = { configs: string[]; persistTo: string; vars?: Record<string, string> }

async function wranglerDevOn(port: number, options: WranglerDevOptions): Promise<Wrangler> {
  const args = [
    'dev',
    ...options.configs.flatMap((config) => ['-c', config]),
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(await freePort()),
    '--persist-to',
    options.persistTo,
    '--show-interactive-dev-session=false',
    ...Object.entries(options.vars ?? {}).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ]
  // Its own process group, so that closing it stops workerd too.
  const child: ChildProcess = spawn(process.execPath, [wranglerBin, ...args], {
    cwd: siteRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const close = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      child.once('exit', () => done())
      process.kill(-child.pid!, 'SIGTERM')
    })
  const deadline = Date.now() + 90_000
  while (!/Ready on http/.test(output)) {
    if (child.exitCode !== null)
      throw new Error(`wrangler dev stopped (${child.exitCode}):\n${output.slice(-4000)}`)
    if (Date.now() > deadline) {
      await close()
      throw new Error(`wrangler dev did not start:\n${output.slice(-4000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { url: `http://127.0.0.1:${port}`, close }
}
