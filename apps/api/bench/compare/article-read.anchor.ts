import { type Comparison, inTurn } from '../../../../bench/compare/harness.ts'
import { load, STORED, sampleIds, startSides, stopSides } from './sides.ts'

const CONNECTIONS = 50
const SECONDS = Number(process.env.MARSAD_COMPARE_SECONDS ?? 3)
const ANCHOR = 'bare Hono on @hono/node-server, the same bytes'

/** `GET /v1/articles/{id}` of random stored articles, against bare Hono answering the same bytes. */
const comparison: Comparison = {
  title: `GET /v1/articles/{id} at ${CONNECTIONS} connections, ${STORED} articles stored`,
  measures: [
    {
      name: `GET /v1/articles/{id}, req/s at ${CONNECTIONS} connections`,
      anchor: `${ANCHOR} from memory`,
      unit: 'req/s',
      better: 'higher',
      target: 0.9,
    },
    {
      name: 'same, server CPU per request',
      anchor: `${ANCHOR} from memory`,
      unit: 'µs',
      better: 'lower',
      target: 1.2,
    },
    {
      name: 'same, server CPU per request',
      anchor: `${ANCHOR} and headers, from memory`,
      unit: 'µs',
      better: 'lower',
    },
  ],
  async start(log) {
    const { api, bare } = await startSides('read', log)
    const ids = sampleIds()
    const apiPaths = ids.map((id) => `/v1/articles/${id}`)
    const fromMemory = ids.map((id) => `/memory/${id}`)
    const headed = ids.map((id) => `/headed/${id}`)
    return {
      async round(anchorFirst) {
        const pair = await inTurn(
          anchorFirst,
          () => load(api, apiPaths, CONNECTIONS, SECONDS),
          () => load(bare, fromMemory, CONNECTIONS, SECONDS),
        )
        const withHeaders = await load(bare, headed, CONNECTIONS, SECONDS)
        for (const result of [pair.marsad, pair.anchor, withHeaders]) {
          if (result.failed > 0) throw new Error(`${result.failed} reads failed`)
        }
        return [
          { marsad: pair.marsad.perSecond, anchor: pair.anchor.perSecond },
          { marsad: pair.marsad.cpuPerRequest, anchor: pair.anchor.cpuPerRequest },
          { marsad: pair.marsad.cpuPerRequest, anchor: withHeaders.cpuPerRequest },
        ]
      },
      stop: () => stopSides(api, bare),
    }
  },
}
export default comparison
