import { decodeHtml } from '@marsad/web'
import { ingestPages } from '../feeds/ingest-page.ts'
import { type Fetch, PoliteClient } from '../feeds/polite-client.ts'
import { Poller, type PollSummary } from '../feeds/poller.ts'
import { userAgent } from '../feeds/user-agent.ts'
import type { ArticleWriter } from '../ingest/ingestor.ts'
import type { Repository } from '../storage/repository.ts'

/**
 * Pages fetched per feed in one Cron run. A Worker invocation may make only so many subrequests (50 on the Free
 * plan), and robots.txt and the feeds count too; what is left waits for the next run.
 */
const WORKER_ITEMS_PER_POLL = 10

let client: { agent: string; fetch: Fetch; value: PoliteClient } | undefined

/**
 * One Cron Trigger's poll of every due feed, on the isolate's client (its robots.txt cache and per-host pauses
 * outlive a run while the isolate lives). Pages go to `writer` as `POST /v1/articles` hands them on: to the ingest
 * queue (the consumer parses them) or, with `MARSAD_INGEST = "direct"`, parsed and stored at once.
 */
export function pollFeeds(
  repo: Repository,
  ingestor: ArticleWriter,
  options: { contact?: string | undefined; fetch?: Fetch; log?: (message: string) => void } = {},
): Promise<PollSummary> {
  const agent = userAgent(options.contact)
  const network = options.fetch ?? ((input, init) => fetch(input, init))
  if (client?.agent !== agent || (options.fetch !== undefined && client.fetch !== options.fetch)) {
    client = { agent, fetch: network, value: new PoliteClient({ fetch: network, userAgent: agent }) }
  }
  const poller = new Poller({
    feeds: repo.feeds,
    client: client.value,
    ingest: ingestPages(ingestor),
    decodePage: decodeHtml,
    itemsPerPoll: WORKER_ITEMS_PER_POLL,
    ...(options.log && { log: options.log }),
  })
  return poller.poll()
}
