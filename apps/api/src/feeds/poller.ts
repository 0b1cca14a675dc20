import { ArticleConflictError, InvalidArticlesError } from '../ingest/errors.ts'
import type { FeedState, FeedStore, ItemRecord, PendingItem } from '../storage/feed-store.ts'
import { backoffMs, retryAfterMs } from './backoff.ts'
import { decodeFeed } from './decode-feed.ts'
import { FetchError, RobotsDisallowedError } from './fetch-error.ts'
import type { PageIngest } from './page-ingest.ts'
import { parseFeed } from './parse-feed.ts'
import type { Fetched, PoliteClient } from './polite-client.ts'

export interface PollerOptions {
  feeds: FeedStore
  client: PoliteClient
  ingest: PageIngest
  /** A page's text from its bytes and Content-Type (`decodeHtml` of `@marsad/web`). */
  decodePage: (bytes: Uint8Array, contentType: string | undefined) => string
  /** Largest feed read, in bytes. Default 5 MiB. */
  maxFeedBytes?: number
  /** Largest page read, in bytes; a longer page is cut there, ingested, and the cut recorded. Default 2 MiB. */
  maxPageBytes?: number
  /** Pages fetched per feed in one poll; the rest wait for the next. Default 20. */
  itemsPerPoll?: number
  /** Feeds polled at once (each host still gets one request at a time). Default 8. */
  concurrency?: number
  /** Fetches of a page before it is given up. Default 5. */
  maxItemAttempts?: number
  /** First backoff after a failure, doubled with each one after. Default 2 minutes. */
  backoffBaseMs?: number
  /** Longest backoff. Default a day for a feed, and for a page. */
  backoffMaxMs?: number
  now?: () => Date
  log?: (message: string) => void
}

/** What one poll did, for the log. */
export interface PollSummary {
  feeds: number
  /** Feeds that answered 304 Not Modified. */
  unchanged: number
  failed: number
  newItems: number
  ingested: number
  /** On Workers: pages handed to the ingest queue, stored or refused later by its consumer. */
  queued: number
  itemFailures: number
}

const FEED_TYPES = /xml|rss|atom|rdf|text\/plain/i
const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i

/**
 * Reads every due feed of the registry once: a conditional GET, new items recorded, then each pending item's page
 * fetched and handed to `ingest`. Failures are recorded on the feed or the item with exponential backoff; a poll
 * never throws for what one site did.
 */
export class Poller {
  readonly #o: Required<Omit<PollerOptions, 'log'>> & { log: (message: string) => void }

  constructor(options: PollerOptions) {
    this.#o = {
      maxFeedBytes: 5 * 1024 * 1024,
      maxPageBytes: 2 * 1024 * 1024,
      itemsPerPoll: 20,
      concurrency: 8,
      maxItemAttempts: 5,
      backoffBaseMs: 2 * 60 * 1000,
      backoffMaxMs: 24 * 60 * 60 * 1000,
      now: () => new Date(),
      log: () => {},
      ...options,
    }
  }

  /** Polls every feed not waiting out a backoff, `concurrency` at a time: feeds of different hosts go on side by side. */
  async poll(): Promise<PollSummary> {
    const due = await this.#o.feeds.due(this.#o.now().toISOString())
    const summary: PollSummary = {
      feeds: due.length,
      unchanged: 0,
      failed: 0,
      newItems: 0,
      ingested: 0,
      queued: 0,
      itemFailures: 0,
    }
    // A page two feeds list (an outlet's "all news" and "politics") is fetched once per poll, whichever lists it first.
    const pages = new Map<string, Promise<ItemRecord>>()
    const queue = [...due]
    const worker = async () => {
      for (let feed = queue.shift(); feed !== undefined; feed = queue.shift())
        await this.#pollFeed(feed, summary, pages)
    }
    await Promise.all(Array.from({ length: Math.min(this.#o.concurrency, queue.length) }, worker))
    return summary
  }

  async #pollFeed(
    feed: FeedState,
    summary: PollSummary,
    pages: Map<string, Promise<ItemRecord>>,
  ): Promise<void> {
    const at = this.#o.now()
    try {
      const fetched = await this.#o.client.get(feed.url, {
        headers: {
          Accept:
            'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
          ...(feed.etag !== null && { 'If-None-Match': feed.etag }),
          ...(feed.lastModified !== null && { 'If-Modified-Since': feed.lastModified }),
        },
        maxBytes: this.#o.maxFeedBytes,
      })
      if (fetched.status === 304) {
        summary.unchanged++
        await this.#o.feeds.recordPoll(feed.url, { ok: true, at: at.toISOString() })
      } else {
        const items = this.#readFeed(fetched)
        const fresh = await this.#o.feeds.addItems(feed.url, items, at.toISOString())
        summary.newItems += fresh.length
        await this.#o.feeds.recordPoll(feed.url, {
          ok: true,
          at: at.toISOString(),
          etag: fetched.headers.get('ETag'),
          lastModified: fetched.headers.get('Last-Modified'),
        })
      }
    } catch (error) {
      summary.failed++
      const message = messageOf(error)
      this.#o.log(`feed ${feed.url}: ${message}`)
      await this.#o.feeds.recordPoll(feed.url, {
        ok: false,
        at: at.toISOString(),
        error: message,
        retryAt: this.#retryAt(feed.failures + 1, error, at.getTime()),
      })
    }
    // Pages listed earlier and still pending are fetched even when the feed itself failed or did not change.
    const pending = await this.#o.feeds.pending(feed.url, this.#o.now().toISOString(), this.#o.itemsPerPoll)
    for (const item of pending) await this.#fetchItem(feed, item, summary, pages)
  }

  #readFeed(fetched: Fetched) {
    if (fetched.status !== 200) throw HttpStatusError.of(fetched, this.#o.now().getTime())
    if (fetched.truncated) throw new Error(`the feed is longer than ${this.#o.maxFeedBytes} bytes, the limit`)
    const type = fetched.headers.get('Content-Type')
    if (type !== null && !FEED_TYPES.test(type)) throw new Error(`the answer is ${type}, not a feed`)
    return parseFeed(decodeFeed(fetched.bytes, type), fetched.url).items
  }

  async #fetchItem(
    feed: FeedState,
    item: PendingItem,
    summary: PollSummary,
    pages: Map<string, Promise<ItemRecord>>,
  ): Promise<void> {
    let fetching = pages.get(item.link)
    if (fetching === undefined) {
      fetching = this.#itemRecord(feed, item)
      pages.set(item.link, fetching)
    }
    const record = await fetching
    if (record.status === 'ingested') summary.ingested++
    else if (record.status === 'queued') summary.queued++
    else {
      summary.itemFailures++
      this.#o.log(`page ${item.link}: ${record.error}`)
    }
    await this.#o.feeds.recordItem(feed.url, item.key, record)
  }

  async #itemRecord(feed: FeedState, item: PendingItem): Promise<ItemRecord> {
    // Another feed may have brought this page at an earlier poll.
    const already = await this.#o.feeds.ingestedFrom(item.link)
    if (already !== undefined) return { status: 'ingested', articleId: already }
    let fetched: Fetched
    try {
      fetched = await this.#o.client.get(item.link, {
        headers: { Accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1' },
        maxBytes: this.#o.maxPageBytes,
      })
      if (fetched.status !== 200) throw HttpStatusError.of(fetched, this.#o.now().getTime())
      const type = fetched.headers.get('Content-Type')
      if (type !== null && !HTML_TYPES.test(type)) {
        return { status: 'failed', error: `the page is ${type}, not HTML` }
      }
      const outcome = await this.#o.ingest({
        html: this.#o.decodePage(fetched.bytes, type ?? undefined),
        url: fetched.url,
        source: feed.source,
        ...(item.publishedAt !== null && { publishedAt: item.publishedAt }),
      })
      const note = fetched.truncated
        ? `the page was cut at ${this.#o.maxPageBytes} bytes, the limit`
        : undefined
      const status = outcome.status === 'queued' ? 'queued' : 'ingested'
      return { status, articleId: outcome.id, ...(note && { note }) }
    } catch (error) {
      if (error instanceof RobotsDisallowedError) return { status: 'refused', error: error.message }
      const message = messageOf(error)
      const permanent =
        error instanceof InvalidArticlesError ||
        error instanceof ArticleConflictError ||
        (error instanceof FetchError && !error.transient) ||
        (error instanceof HttpStatusError && !error.transient)
      if (permanent || item.attempts + 1 >= this.#o.maxItemAttempts)
        return { status: 'failed', error: message }
      const retryAt = this.#retryAt(item.attempts + 1, error, this.#o.now().getTime())
      return { status: 'pending', error: message, retryAt }
    }
  }

  /** When to try again after the `failures`th failure in a row: the backoff, or longer when `Retry-After` asks. */
  #retryAt(failures: number, error: unknown, now: number): string {
    const asked = error instanceof HttpStatusError ? (error.retryAfterMs ?? 0) : 0
    const wait = Math.max(backoffMs(failures, this.#o.backoffBaseMs, this.#o.backoffMaxMs), asked)
    return new Date(now + wait).toISOString()
  }
}

/** An answer other than 200 (or a 304 asked for). */
class HttpStatusError extends Error {
  readonly transient: boolean
  readonly retryAfterMs: number | undefined

  constructor(status: number, statusText: string, retryAfter: number | undefined) {
    super(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`)
    this.name = 'HttpStatusError'
    // Servers that are down or busy may answer later; a 404 or 410 will not change by asking again soon.
    this.transient = status === 408 || status === 429 || status >= 500 || (status >= 300 && status < 400)
    this.retryAfterMs = retryAfter
  }

  static of(fetched: Fetched, now: number): HttpStatusError {
    const reason = STATUS_TEXT[fetched.status] ?? ''
    return new HttpStatusError(fetched.status, reason, retryAfterMs(fetched.headers.get('Retry-After'), now))
  }
}

const STATUS_TEXT: Record<number, string> = {
  301: 'Moved Permanently (without a Location)',
  302: 'Found (without a Location)',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

function messageOf(error: unknown): string {
  if (error instanceof InvalidArticlesError) {
    const issues = error.issues.map((issue) =>
      issue.path ? `${issue.path}: ${issue.message}` : issue.message,
    )
    return `the page holds no article to store (${issues.join('; ')})`
  }
  if (error instanceof ArticleConflictError) {
    return `the page changed since it was stored as ${error.ids.join(', ')}; delete that article to store it again`
  }
  return error instanceof Error ? error.message : String(error)
}
