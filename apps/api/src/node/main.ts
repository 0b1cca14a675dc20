import { delimiter } from 'node:path'
import { parseRate, type Rate } from '../http/rate-limit.ts'
import { DEFAULT_DB_PATH, startServer } from './server.ts'

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
const token = env.MARSAD_API_TOKEN || undefined
const server = await startServer({
  port,
  host: env.HOST || '127.0.0.1',
  dbPath: env.MARSAD_DB || DEFAULT_DB_PATH,
  corpus: (env.MARSAD_CORPUS ?? '').split(delimiter).filter((path) => path !== ''),
  token,
  writeRate,
})
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
