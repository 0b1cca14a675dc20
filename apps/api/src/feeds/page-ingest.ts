/** A page a feed led to, fetched and decoded, with the outlet whose feed listed it. */
export interface FetchedPage {
  html: string
  /** The page's address after redirects. */
  url: string
  source: { name: string; url?: string }
  /** The feed's date for the item, when it gives one: used instead of the page's. */
  publishedAt?: string
}

export interface PageOutcome {
  id: string
  /** `queued`: on Workers, handed to the ingest queue; `GET /v1/ingest/{id}` tells whether it was stored. */
  status: 'created' | 'unchanged' | 'queued'
}

/**
 * The one hand-off from polling to ingest: on Node it parses and stores the page at once (`ingestPages`); on Workers
 * it queues the page for the ingest queue's consumer, as `POST /v1/articles` does.
 */
export type PageIngest = (page: FetchedPage) => Promise<PageOutcome>
