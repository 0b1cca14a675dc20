import { z } from '@hono/zod-openapi'
import { EntityKindSchema, StorySchema, StoryTimelineSchema } from '@marsad/core'
import { LimitSchema } from './common.ts'
import { EntitySummarySchema } from './entity.ts'

/** `limit` of the related lists: they are ranked, not paged. */
export const RankedLimitSchema = (fallback: number, max: number) =>
  LimitSchema(fallback, max).openapi({ description: `How many, 1 to ${max}; the list has no further pages.` })

export const StoryTimelineDetailSchema = z
  .object({ storyId: z.string(), timeline: StoryTimelineSchema })
  .meta({ id: 'StoryTimelineDetail' })

export const RelatedStoriesQuerySchema = z.object({ limit: RankedLimitSchema(10, 50) })

const SharedEntitySchema = z.object({ id: z.string(), kind: EntityKindSchema, name: z.string() })

export const RelatedStorySchema = z
  .object({
    story: StorySchema,
    score: z
      .number()
      .nonnegative()
      .describe(
        'Shared entities, each weighted by 1 / the articles naming it, times exp(−days apart / 30); stories without a date count half.',
      ),
    shared: z.array(SharedEntitySchema).describe('The entities both stories name, rarest first.'),
  })
  .meta({ id: 'RelatedStory', description: 'A story related to another, with why.' })

export const RelatedStoriesSchema = z
  .object({
    storyId: z.string(),
    items: z.array(RelatedStorySchema),
  })
  .meta({
    id: 'RelatedStories',
    description: 'Other stories naming the same people, bodies and places, close in time first.',
  })

export const CoEntitiesQuerySchema = z.object({
  kind: EntityKindSchema.optional().openapi({ description: 'Only entities of this kind.' }),
  limit: RankedLimitSchema(20, 100),
})

export const CoEntitiesSchema = z
  .object({
    entity: EntitySummarySchema,
    items: z.array(
      z.object({
        id: z.string(),
        kind: EntityKindSchema,
        name: z.string(),
        articles: z.number().int().describe('Articles naming this entity in all.'),
        together: z.number().int().positive().describe('Articles naming both.'),
        association: z
          .number()
          .min(0)
          .max(1)
          .describe(
            'together / √(articles of one × articles of the other) (the Ochiai coefficient): 1 when the two are always named together.',
          ),
      }),
    ),
    articlesRead: z
      .number()
      .int()
      .describe("The entity's latest articles the counts come from (at most 5,000)."),
  })
  .meta({
    id: 'CoEntities',
    description: 'Entities named in the same articles as an entity, most often first.',
  })
