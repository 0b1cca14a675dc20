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
  status: 'created' | 'unchanged'
}

/**
 * The one hand-off from polling to ingest. On Node and on Workers it parses and stores the page at once
 * (`ingestPage`); a Workers Queue producer can take its place, so that a consumer parses instead.
 */
export type PageIngest = (page: FetchedPage) => Promise<PageOutcome>
