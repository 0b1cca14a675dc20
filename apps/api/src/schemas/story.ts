import { z } from '@hono/zod-openapi'
import { ArticleSchema, CoverageSchema, StorySchema } from '@marsad/core'
import { ArticleFilterSchema, ArticleSummarySchema } from './article.ts'
import { CountParamSchema, CursorSchema, LimitSchema, NextCursorSchema } from './common.ts'
import { RankedLimitSchema, RelatedStorySchema } from './related.ts'

/** `include=articles`: what a page of stories or a story page needs in the same answer. */
const IncludeSchema = z
  .enum(['articles'])
  .optional()
  .openapi({ description: '`articles`: add the members (see the response) in the same answer.' })

export const StoryPageSchema = z
  .object({
    items: z.array(StorySchema),
    nextCursor: NextCursorSchema,
    articles: z
      .record(z.string(), ArticleSummarySchema)
      .optional()
      .describe('With `include=articles`: every member of the listed stories, by id.'),
  })
  .meta({ id: 'StoryPage' })

export const StoryListQuerySchema = ArticleFilterSchema.omit({ story: true }).extend({
  q: z.string().min(1).max(500).optional().openapi({
    description:
      'Only stories with an article matching these words, read as `GET /v1/search` reads `q` (with the other filters, the same article).',
  }),
  minArticles: CountParamSchema(1, 10_000).optional().openapi({
    type: 'integer',
    minimum: 1,
    maximum: 10_000,
    description: 'Only stories with at least this many articles (2: reported by more than one).',
  }),
  maxArticles: CountParamSchema(1, 10_000).optional().openapi({
    type: 'integer',
    minimum: 1,
    maximum: 10_000,
    description: 'Only stories with at most this many articles (1: single reports).',
  }),
  article: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Only the story this article belongs to.' }),
  include: IncludeSchema,
  limit: LimitSchema(20, 100),
  cursor: CursorSchema,
})

export const StoryIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'id', in: 'path' } }),
})

export const StoryDetailQuerySchema = z.object({
  include: z.enum(['articles', 'related', 'articles,related']).optional().openapi({
    description:
      "`articles`: add the members' full models; `related`: add the related stories, as `GET /v1/stories/{id}/related` ranks them; `articles,related`: both, so that one request holds everything a story page shows.",
  }),
  relatedLimit: RankedLimitSchema(10, 50),
})

export const StoryDetailSchema = z
  .object({
    story: StorySchema,
    articles: z.array(ArticleSummarySchema).describe('The members, in the order they were clustered.'),
    coverage: CoverageSchema,
    models: z
      .array(ArticleSchema)
      .optional()
      .describe(
        "With `include=articles`: the members' full models in `articles` order, so that the coverage's sentence and quote references resolve to text, spans and speakers in the same answer.",
      ),
    related: z
      .array(RelatedStorySchema)
      .optional()
      .describe('With `include=related`: the first `relatedLimit` related stories, best first.'),
  })
  .meta({
    id: 'StoryDetail',
    description:
      'A story with its members and the coverage comparison: what they share, add alone and disagree on.',
  })
