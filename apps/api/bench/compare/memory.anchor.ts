import { type Comparison, inTurn } from '../../../../bench/compare/harness.ts'
import { benchArticle } from '../corpus.ts'
import { load, rssOf, STORED, startSides, stopSides, TOKEN } from './sides.ts'

const SECONDS = Number(process.env.MARSAD_COMPARE_SECONDS ?? 3)

/**
 * Resident memory with the articles stored, after each side has answered reads of articles spread over the whole
 * corpus; then again for the API after a write too, which is when it loads what writes need.
 */
function memory(writes: boolean): Comparison {
  return {
    title: `RSS with ${STORED} articles stored${writes ? ', after one write' : ''}`,
    rounds: 3,
    measures: [
      {
        name: `API RSS, ${STORED} articles stored, after reads${writes ? ' and one write' : ''}`,
        anchor: 'bare Hono over the same SQLite file, after the same reads',
        unit: 'MB',
        better: 'lower',
        target: 2,
      },
    ],
    async start(log) {
      const { api, bare } = await startSides(writes ? 'memory-write' : 'memory', log)
      const paths = Array.from({ length: STORED }, (_, i) => `/v1/articles/bench-${i}`)
      let written = 0
      const write = async () => {
        const article = { ...benchArticle(STORED + written), id: `compare-write-${written++}` }
        const res = await fetch(`${api.url}/v1/articles`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(article),
        })
        if (res.status !== 201) throw new Error(`a write answered ${res.status}: ${await res.text()}`)
      }
      return {
        async round(anchorFirst) {
          const { marsad, anchor } = await inTurn(
            anchorFirst,
            async () => {
              await load(api, paths, 10, SECONDS)
              if (writes) await write()
              return rssOf(api)
            },
            async () => {
              await load(bare, paths, 10, SECONDS)
              return rssOf(bare)
            },
          )
          return [{ marsad, anchor }]
        },
        stop: () => stopSides(api, bare),
      }
    },
  }
}

export default [memory(false), memory(true)]
