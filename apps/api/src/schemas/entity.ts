import { z } from '@hono/zod-openapi'
import { EntityKindSchema } from '@marsad/core'
import { ArticleSummarySchema } from './article.ts'
import { CursorSchema, LimitSchema, NextCursorSchema } from './common.ts'

export const EntitySummarySchema = z
  .object({
    id: z.string(),
    kind: EntityKindSchema,
    name: z.string(),
    articles: z.number().int().describe('Articles naming the entity.'),
    mentions: z.number().int().describe('Mentions across those articles.'),
  })
  .meta({ id: 'EntitySummary' })

export const EntityPageSchema = z
  .object({ items: z.array(EntitySummarySchema), nextCursor: NextCursorSchema })
  .meta({ id: 'EntityPage' })

export const EntityListQuerySchema = z.object({
  kind: EntityKindSchema.optional(),
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Only entities whose name contains this text (compared after normalisation).' }),
  limit: LimitSchema(20, 100),
  cursor: CursorSchema,
})

export const EntityIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'id', in: 'path' } }),
})

export const EntityDetailQuerySchema = z.object({
  limit: LimitSchema(20, 100).openapi({ description: 'Articles per page.' }),
  cursor: CursorSchema,
})

const LabelSchema = z.object({ value: z.string(), articles: z.number().int() })

const SpanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
})

export const EntityQuoteSchema = z
  .object({
    kind: z.string().describe('direct or indirect.'),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    sentence: z.number().int(),
    verb: z.string().optional(),
  })
  .meta({
    id: 'EntityQuote',
    description: 'Something the entity was quoted saying, located in the article text.',
  })

export const EntityDetailSchema = z
  .object({
    entity: EntitySummarySchema,
    roles: z.array(LabelSchema).describe('Titles the articles give the entity, most used first.'),
    aliases: z.array(LabelSchema).describe('Other names the articles use, most used first.'),
    articles: z.array(
      z.object({
        article: ArticleSummarySchema,
        mentions: z.array(SpanSchema).describe('Where the article names the entity.'),
        roles: z.array(z.string()),
        quotes: z.array(EntityQuoteSchema),
        context: z
          .string()
          .nullable()
          .describe('The sentence of the first mention, so that a list can show where the entity is named.'),
        contextSentence: z.number().int().nullable().describe("That sentence's index in the article."),
      }),
    ),
    stories: z
      .array(z.object({ id: z.string(), title: z.string(), size: z.number().int() }))
      .describe("The stories of this page's articles (`article.storyId`), with their titles and sizes."),
    nextCursor: NextCursorSchema,
  })
  .meta({ id: 'EntityDetail' })
