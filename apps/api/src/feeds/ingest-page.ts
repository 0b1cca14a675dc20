import { InvalidArticlesError } from '../ingest/errors.ts'
import type { ArticleWriter } from '../ingest/ingestor.ts'
import { type IngestInput, toIngestInput } from '../ingest/prepare.ts'
import { IngestArticleSchema } from '../schemas/article.ts'
import type { FetchedPage, PageIngest } from './page-ingest.ts'

/**
 * A fetched page as the ingest pipeline takes it, `{ html, url }` as `POST /v1/articles` does, checked as that
 * route checks it. The registry's outlet is given as `source` (with the page's address), so that all a feed brings
 * is filed under the outlet it was registered for, not the page's own `og:site_name`; the feed's date is given as
 * `publishedAt` when it has one.
 */
export function pageInput(page: FetchedPage): IngestInput {
  const checked = IngestArticleSchema.safeParse({
    html: page.html,
    url: page.url,
    source: { name: page.source.name, url: page.url },
    ...(page.publishedAt !== undefined && { publishedAt: page.publishedAt }),
  })
  if (!checked.success) {
    throw new InvalidArticlesError(
      checked.error.issues.map((issue) => ({ index: 0, path: issue.path.join('.'), message: issue.message })),
    )
  }
  return toIngestInput(checked.data)
}

/**
 * Hands each page to the write pipeline as `POST /v1/articles` does: parsed (with `@marsad/web`, where the pipeline
 * parses) and stored at once, or on Workers queued for the ingest queue's consumer.
 */
export function ingestPages(ingestor: ArticleWriter): PageIngest {
  return async (page) => {
    const [outcome] = await ingestor.ingest([pageInput(page)])
    return { id: outcome!.id, status: outcome!.status }
  }
}
