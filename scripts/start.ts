// `npm start` / `pnpm start`: the main job on the embedded default. Builds the site (its Node server: pages are
// rendered on demand from the API), then runs the API on Node with its SQLite database (seeds/ on first start,
// MARSAD_CORPUS on every start) and the site reading from it over loopback. Both stop together on Ctrl-C, and if
// either fails.
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const apiPort = process.env.PORT ?? '8787'
const sitePort = process.env.MARSAD_SITE_PORT ?? '4321'
const children: ChildProcess[] = []

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  child.on('error', (error) => {
    console.error(`marsad: ${name} could not start: ${error.message}`)
    stop(1)
  })
  children.push(child)
  return child
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
}

let stopping = false
function stop(code: number): void {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exitCode = code
}

/** When one server stops, the other is stopped too. */
function watch(child: ChildProcess): void {
  void finished(child).then((code) => {
    if (!stopping) {
      console.error(`marsad: a server stopped (exit ${code}); stopping the other`)
      stop(code === 0 ? 1 : code)
    }
  })
}

process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

const started = performance.now()
console.log('marsad: building the site (Astro; about a minute the first time) …')
const built = await finished(run('site build', 'pnpm', ['--filter', '@marsad/site', 'build']))
if (built !== 0) {
  console.error('marsad: the site build failed')
  process.exit(built)
}
console.log(`marsad: site built in ${((performance.now() - started) / 1000).toFixed(0)} s`)
console.log(
  'marsad: starting the API (seeds/ and MARSAD_CORPUS go into its SQLite database) and the site server …',
)

const api = run('api', process.execPath, [join(root, 'apps/api/src/node/main.ts')], { PORT: apiPort })
const apiUrl = `http://127.0.0.1:${apiPort}`
watch(api)
// The site also retries a refused connection for a few seconds, then answers 503; starting it once the API
// answers /health (any status: it is listening) spares a first reader that wait.
const deadline = Date.now() + 120_000
while (!stopping && Date.now() < deadline) {
  const answered = await fetch(`${apiUrl}/health`).then(
    () => true,
    () => false,
  )
  if (answered) break
  await new Promise((resolve) => setTimeout(resolve, 200))
}
if (!stopping) {
  const site = run('site', process.execPath, [join(root, 'apps/site/dist/server/entry.mjs')], {
    HOST: process.env.MARSAD_SITE_HOST ?? '127.0.0.1',
    PORT: sitePort,
    MARSAD_API_URL: apiUrl,
  })
  watch(site)
  console.log(
    `marsad: the API is on ${apiUrl} (reference at /docs); once the site says it is listening, it is on http://127.0.0.1:${sitePort}; Ctrl-C stops both`,
  )
}
