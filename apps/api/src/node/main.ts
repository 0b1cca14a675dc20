import { delimiter } from 'node:path'
import { parsePollInterval } from '../feeds/poll-interval.ts'
import { parseRate, type Rate } from '../http/rate-limit.ts'
import { DEFAULT_DB_PATH, type RunningServer, startServer } from './server.ts'
import { StartupError } from './startup-error.ts'

// `node src/node/main.ts`: the API on Node with its SQLite file, configured by the environment.
const env = process.env
const port = env.PORT ? Number(env.PORT) : 8787
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(env.PORT)}`)
  process.exit(2)
}
let writeRate: Rate | false
try {
  writeRate = parseRate(env.MARSAD_WRITE_RATE)
} catch (error) {
  console.error(`MARSAD_WRITE_RATE is ${(error as Error).message}`)
  process.exit(2)
}
const maxDatabaseBytes = env.MARSAD_DB_MAX_BYTES ? Number(env.MARSAD_DB_MAX_BYTES) : undefined
if (maxDatabaseBytes !== undefined && !(Number.isSafeInteger(maxDatabaseBytes) && maxDatabaseBytes > 0)) {
  console.error(
    `MARSAD_DB_MAX_BYTES must be a number of bytes, not ${JSON.stringify(env.MARSAD_DB_MAX_BYTES)}`,
  )
  process.exit(2)
}
let pollMs: number | false
try {
  pollMs = parsePollInterval(env.MARSAD_POLL)
} catch (error) {
  console.error(`MARSAD_POLL is ${(error as Error).message}`)
  process.exit(2)
}
const token = env.MARSAD_API_TOKEN || undefined
let server: RunningServer
try {
  server = await startServer({
    port,
    host: env.HOST || '127.0.0.1',
    dbPath: env.MARSAD_DB || DEFAULT_DB_PATH,
    corpus: (env.MARSAD_CORPUS ?? '').split(delimiter).filter((path) => path !== ''),
    token,
    writeRate,
    integrityCheck: env.MARSAD_INTEGRITY_CHECK === 'full' ? 'full' : 'quick',
    ...(maxDatabaseBytes !== undefined && { maxDatabaseBytes }),
    sources: env.MARSAD_SOURCES || undefined,
    poll:
      pollMs === false ? undefined : { intervalMs: pollMs, contact: env.MARSAD_POLL_CONTACT || undefined },
  })
} catch (error) {
  // What went wrong and what to do, in one line; the stack only when asked for.
  const debug = env.MARSAD_DEBUG === '1'
  if (error instanceof StartupError) {
    console.error(`Marsad API did not start: ${error.message}`)
    if (debug) console.error(error.cause)
  } else {
    console.error(`Marsad API did not start: ${(error as Error).message ?? error}`)
    if (debug) console.error(error)
  }
  if (!debug) console.error('(MARSAD_DEBUG=1 shows the stack trace)')
  process.exit(1)
}
console.log(`Marsad API on ${server.url} (reference: ${server.url}/docs)`)
if (!token) console.log('MARSAD_API_TOKEN is not set: writes are refused')

const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
