import { type Comparison, inTurn, type Measure } from '../../../../bench/compare/harness.ts'
import { DEFAULT_IDLE_MS } from '../../src/node/prepare-pool.ts'
import { benchArticle } from '../corpus.ts'
import { load, rssOf, type Side, STORED, startSides, stopSides, TOKEN } from './sides.ts'

const SECONDS = Number(process.env.MARSAD_COMPARE_SECONDS ?? 3)
/** Past the worker threads' idle period, with time for V8 to give back what the write left unused. */
const SETTLE_SECONDS = DEFAULT_IDLE_MS / 1000 + 10
/** Reads a second while settling: a server still answering, as between two writes. */
const TRICKLE_PER_SECOND = 10

const ANCHOR = 'bare Hono over the same SQLite file, after the same reads'

/** Reads `paths` one at a time at `TRICKLE_PER_SECOND` for `seconds`. */
async function trickle(side: Side, paths: readonly string[], seconds: number): Promise<void> {
  const until = performance.now() + seconds * 1000
  for (let n = 0; performance.now() < until; n++) {
    await (await fetch(`${side.url}${paths[(n * 7919) % paths.length]}`)).arrayBuffer()
    await new Promise((resolve) => setTimeout(resolve, 1000 / TRICKLE_PER_SECOND))
  }
}

/**
 * Resident memory with the articles stored, after each side has answered reads of articles spread over the whole
 * corpus. With `writes`, the API writes one article after its reads, which is when it loads what writes need, and is
 * measured twice: at once, and after `SETTLE_SECONDS` of a trickle of reads (its worker threads ended); the anchor,
 * at the same points of the same reads.
 */
function memory(writes: boolean): Comparison {
  const measure = (when: string, target?: number): Measure => ({
    name: `API RSS, ${STORED} articles stored, after reads${when}`,
    anchor: ANCHOR,
    unit: 'MB',
    better: 'lower',
    ...(target !== undefined && { target }),
  })
  return {
    title: `RSS with ${STORED} articles stored${writes ? ', after one write' : ''}`,
    rounds: 3,
    measures: writes
      ? [
          measure(' and one write, at once'),
          measure(` and one write, then ${SETTLE_SECONDS} s of ${TRICKLE_PER_SECOND} reads/s`, 2),
        ]
      : [measure('', 2)],
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
      const measured = async (side: Side, writing: boolean) => {
        await load(side, paths, 10, SECONDS)
        if (!writes) return [rssOf(side)]
        if (writing) await write()
        const atOnce = rssOf(side)
        await trickle(side, paths, SETTLE_SECONDS)
        return [atOnce, rssOf(side)]
      }
      return {
        async round(anchorFirst) {
          const { marsad, anchor } = await inTurn(
            anchorFirst,
            () => measured(api, true),
            () => measured(bare, false),
          )
          return marsad.map((value, i) => ({ marsad: value, anchor: anchor[i]! }))
        },
        stop: () => stopSides(api, bare),
      }
    },
  }
}

export default [memory(false), memory(true)]
