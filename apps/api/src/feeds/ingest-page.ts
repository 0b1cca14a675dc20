import type { ArticleInput } from '@marsad/core'
import { extractHtmlArticle } from '@marsad/web'
import { InvalidArticlesError } from '../ingest/errors.ts'
import type { Ingestor } from '../ingest/ingestor.ts'
import { IngestArticleSchema } from '../schemas/article.ts'
import type { FetchedPage, PageIngest } from './page-ingest.ts'

/**
 * The article a fetched page gives: its body, headings, title and date as `@marsad/web` reads them, under the
 * registry's outlet (not the page's own `og:site_name`, so that all a feed brings is filed under the outlet it was
 * registered for) with the page's canonical address, and the feed's date when the page gives none. Checked as
 * `POST /v1/articles` checks an article.
 */
export function pageInput(page: FetchedPage): ArticleInput {
  const found = extractHtmlArticle(page.html, page.url)
  const publishedAt = found.publishedAt ?? page.publishedAt
  const input = {
    text: found.text,
    headings: found.headings,
    ...(found.title !== undefined && { title: found.title }),
    source: { name: page.source.name, url: found.canonicalUrl },
    ...(publishedAt !== undefined && { publishedAt }),
  }
  const checked = IngestArticleSchema.safeParse(input)
  if (!checked.success) {
    throw new InvalidArticlesError(
      checked.error.issues.map((issue) => ({ index: 0, path: issue.path.join('.'), message: issue.message })),
    )
  }
  return checked.data
}

/** Parses and stores each page at once, through the same pipeline as `POST /v1/articles`. */
export function ingestPages(ingestor: Ingestor): PageIngest {
  return async (page) => {
    const [outcome] = await ingestor.ingest([pageInput(page)])
    return { id: outcome!.id, status: outcome!.status }
  }
}
