/**
 * The one bridge to parts of the core that its entry point does not export yet: clustering, the coverage
 * comparison and the extraction stage (quotes, entities, dates, cited sources), and their schemas. Every use of
 * them in the site goes through this file; once `@marsad/core` exports them, this file re-exports from there.
 */
import { type ArticleInput, ArticleSchema, parseArticle } from '@marsad/core'
import { z } from 'zod'
import { extractArticle } from '../../../../packages/core/src/extract/index.ts'
import {
  CitedSourceSchema,
  DateMentionSchema,
  EntitySchema,
  QuoteSchema,
} from '../../../../packages/core/src/model/extraction.ts'

export { clusterStories } from '../../../../packages/core/src/cluster/index.ts'
export { compareCoverage } from '../../../../packages/core/src/compare/index.ts'
export type { ArticleCoverageStats, Coverage } from '../../../../packages/core/src/model/coverage.ts'
export { CoverageSchema } from '../../../../packages/core/src/model/coverage.ts'
export type {
  CitedSource,
  DateMention,
  Entity,
  EntityKind,
  Quote,
  Speaker,
} from '../../../../packages/core/src/model/extraction.ts'
export { EntityKindSchema } from '../../../../packages/core/src/model/extraction.ts'
export type { Story } from '../../../../packages/core/src/model/story.ts'
export { StorySchema } from '../../../../packages/core/src/model/story.ts'

/** The core's `Article` with the extraction fields, whether `parseArticle` already fills them or not. */
export const ExtractedArticleSchema = ArticleSchema.extend({
  quotes: z.array(QuoteSchema),
  entities: z.array(EntitySchema),
  dates: z.array(DateMentionSchema),
  sources: z.array(CitedSourceSchema),
})

export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>

/** `parseArticle`, then the extraction stage when `parseArticle` did not run it. */
export function parseExtracted(input: string | ArticleInput): ExtractedArticle {
  const article = parseArticle(input) as Partial<ExtractedArticle> & ReturnType<typeof parseArticle>
  if (article.quotes && article.entities && article.dates && article.sources)
    return article as ExtractedArticle
  return { ...article, ...extractArticle(article) }
}
