/** An outlet as the source registry names it. */
export interface FeedSource {
  /** The normalised name (`ArticleWrite.sourceKey`). */
  key: string
  name: string
  url?: string | undefined
}

/** What the poller keeps of a feed between polls. */
export interface FeedState {
  url: string
  source: FeedSource
  etag: string | null
  lastModified: string | null
  /** Failed attempts since the last success. */
  failures: number
}

/** A feed as `GET /v1/sources/{id}` shows it. */
export interface FeedRecord {
  url: string
  addedAt: string
  lastPolledAt: string | null
  lastSuccessAt: string | null
  lastError: string | null
  lastErrorAt: string | null
  failures: number
  retryAt: string | null
  itemsSeen: number
  itemsIngested: number
  /** On Workers: pages handed to the ingest queue whose article the consumer has not stored or refused yet. */
  itemsQueued: number
  itemsPending: number
  itemsFailed: number
  itemsRefused: number
}

/** How a poll of one feed ended. */
export type PollRecord =
  | { ok: true; at: string; etag?: string | null; lastModified?: string | null }
  | { ok: false; at: string; error: string; retryAt: string }

export interface PendingItem {
  feedUrl: string
  key: string
  link: string
  publishedAt: string | null
  attempts: number
}

/** How a fetch of one item's page ended. */
export type ItemRecord =
  | {
      status: 'ingested'
      articleId: string /** Something to know of how it was read (a page cut at the size cap). */
      note?: string
    }
  /** On Workers: handed to the ingest queue; the consumer settles it (`settleQueued`). */
  | { status: 'queued'; articleId: string; note?: string }
  | { status: 'pending'; error: string; retryAt: string }
  | { status: 'failed' | 'refused'; error: string }

/**
 * The source registry's feeds and the poller's bookkeeping, beside the corpus but outside its versioned
 * changesets: what is polled and when never changes an article or a story.
 */
export interface FeedStore {
  /** Registers feeds for an outlet; a feed registered before moves to this outlet, keeping its history. */
  add(source: FeedSource, urls: readonly string[], at: string): Promise<void>
  /** Unregisters a feed with its items' records. False when it was not registered. */
  remove(url: string): Promise<boolean>
  /** The feeds of an outlet, with their counts. */
  of(sourceKey: string): Promise<FeedRecord[]>
  /** Feeds not waiting out a backoff at `now`. */
  due(now: string): Promise<FeedState[]>
  recordPoll(url: string, record: PollRecord): Promise<void>
  /** Records the items a feed lists; answers those it had never listed before. */
  addItems(
    feedUrl: string,
    items: readonly { key: string; link: string; publishedAt?: string }[],
    at: string,
  ): Promise<string[]>
  /** A feed's pending items whose fetch is due at `now`, oldest first. */
  pending(feedUrl: string, now: string, limit: number): Promise<PendingItem[]>
  /** The article another feed's item already brought from this page, if any. */
  ingestedFrom(link: string): Promise<string | undefined>
  recordItem(feedUrl: string, key: string, record: ItemRecord): Promise<void>
  /**
   * What the ingest queue's consumer made of a queued page's article: stored (the items become `ingested`) or
   * refused (they become `failed`, with the reason), so the per-feed counts tell what the queue did.
   */
  settleQueued(articleId: string, outcome: { stored: true } | { refused: string }): Promise<void>
}
