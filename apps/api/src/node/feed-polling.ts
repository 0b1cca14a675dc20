import { decodeHtml } from '@marsad/web'
import { ingestPages } from '../feeds/ingest-page.ts'
import { type Fetch, PoliteClient } from '../feeds/polite-client.ts'
import { Poller, type PollSummary } from '../feeds/poller.ts'
import { userAgent } from '../feeds/user-agent.ts'
import type { Ingestor } from '../ingest/ingestor.ts'
import type { Repository } from '../storage/repository.ts'
import { publicFetch } from './public-fetch.ts'

export interface PollingOptions {
  repo: Repository
  ingestor: Ingestor
  intervalMs: number
  /** Where site owners read about the poller (`MARSAD_POLL_CONTACT`), put in its User-Agent. */
  contact?: string | undefined
  /** The network; tests give one that reaches loopback only. Default the global `fetch`. */
  fetch?: Fetch
  /** Lets feeds and pages on private addresses (this machine, its networks) be fetched (`MARSAD_POLL_PRIVATE=1`). */
  privateHosts?: boolean
  /** Pause between two requests to one host. Default 1 s. */
  hostDelayMs?: number
  log: (message: string) => void
}

export interface Polling {
  /** Polls now (after the poll under way, if any), and answers what it did. */
  pollNow(): Promise<PollSummary>
  /** Stops the schedule and waits for the poll under way. */
  stop(): Promise<void>
}

/**
 * The Node server's in-process schedule: a poll at start, then one `intervalMs` after the end of each, never two at
 * once. A failed poll is logged and the schedule goes on.
 */
export function startPolling(options: PollingOptions): Polling {
  const network: Fetch = options.fetch ?? ((input, init) => fetch(input, init))
  const client = new PoliteClient({
    fetch: options.privateHosts ? network : publicFetch(network),
    userAgent: userAgent(options.contact),
    ...(options.hostDelayMs !== undefined && { hostDelayMs: options.hostDelayMs }),
  })
  const poller = new Poller({
    feeds: options.repo.feeds,
    client,
    ingest: ingestPages(options.ingestor),
    decodePage: decodeHtml,
    log: options.log,
  })
  let running: Promise<PollSummary> = Promise.resolve(emptySummary())
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  const pollNow = (): Promise<PollSummary> => {
    running = running.catch(() => emptySummary()).then(() => poller.poll())
    return running
  }
  const tick = () => {
    pollNow()
      .then(
        (summary) => {
          if (summary.feeds > 0) options.log(describe(summary))
        },
        (error: unknown) => options.log(`a poll of the feeds failed: ${(error as Error).message}`),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs)
      })
  }
  tick()
  return {
    pollNow,
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await running.catch(() => undefined)
    },
  }
}

function describe(s: PollSummary): string {
  return `polled ${s.feeds} feeds (${s.unchanged} unchanged, ${s.failed} failed): ${s.newItems} new items, ${s.ingested} pages stored, ${s.itemFailures} not`
}

function emptySummary(): PollSummary {
  return { feeds: 0, unchanged: 0, failed: 0, newItems: 0, ingested: 0, queued: 0, itemFailures: 0 }
}
