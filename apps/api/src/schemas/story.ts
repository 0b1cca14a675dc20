import { z } from '@hono/zod-openapi'
import { CoverageSchema, StorySchema } from '@marsad/core'
import { ArticleSummarySchema } from './article.ts'
import { CountParamSchema, CursorSchema, LimitSchema, NextCursorSchema } from './common.ts'

export const StoryPageSchema = z
  .object({ items: z.array(StorySchema), nextCursor: NextCursorSchema })
  .meta({ id: 'StoryPage' })

export const StoryListQuerySchema = z.object({
  minArticles: CountParamSchema(1, 10_000).optional().openapi({
    type: 'integer',
    minimum: 1,
    maximum: 10_000,
    description: 'Only stories with at least this many articles (2: reported by more than one).',
  }),
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

export const StoryDetailSchema = z
  .object({
    story: StorySchema,
    articles: z.array(ArticleSummarySchema).describe('The members, in the order they were clustered.'),
    coverage: CoverageSchema,
  })
  .meta({
    id: 'StoryDetail',
    description:
      'A story with its members and the coverage comparison: what they share, add alone and disagree on.',
  })
