import { monitorEventLoopDelay } from 'node:perf_hooks'
import { startServer } from '../src/node/server.ts'

// Run as a child process by load.ts (with --expose-gc), so that its memory is the server's alone: the API on Node
// over a fresh SQLite file, the seeds and a generated corpus ingested at start, writes limited as in production.
const [dbPath = '', corpus = '', token = ''] = process.argv.slice(2)
const server = await startServer({
  port: 0,
  dbPath,
  corpus: [corpus],
  token,
  writeRate: { limit: 1000, windowSeconds: 60 },
  log: (line) => process.stderr.write(`server: ${line}\n`),
})
process.send!({ url: server.url })

// How long the event loop was held (by a synchronous write, say) between samples: every request waits that long.
const loopDelay = monitorEventLoopDelay({ resolution: 10 })
loopDelay.enable()

// Asked for a sample, the server collects its garbage first, so that the heap figure is what stays alive.
const gc = (globalThis as { gc?: () => void }).gc
process.on('message', () => {
  const blocked = loopDelay.max / 1e6
  loopDelay.reset()
  gc?.()
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage()
  const { user, system } = process.cpuUsage()
  process.send!({ rss, heapUsed, heapTotal, external, cpu: user + system, blocked })
})
process.once('disconnect', () => {
  server.close().then(() => process.exit(0))
})
