import { CoverageSchema, EntityKindSchema, StorySchema } from '@marsad/core'
import { z } from 'zod'

/** A story as the site keeps it: the core's `Story` and the `Coverage` comparison of its members. */
export const StoryEntrySchema = z.object({ story: StorySchema, coverage: CoverageSchema })

const count = z.number().int().nonnegative()

/**
 * An entity across the corpus, gathered from the `entities` of every article: the core's ids are stable across
 * articles, so one id is one person, organisation, place or outlet.
 */
export const EntityEntrySchema = z.object({
  id: z.string(),
  kind: EntityKindSchema,
  name: z.string().describe('The canonical name most articles give.'),
  aliases: z.array(z.string()),
  roles: z.array(z.string()).describe('Titles and roles, the most often given first.'),
  gloss: z.string().optional(),
  mentions: count.describe('Mentions in all articles.'),
  articles: z.array(
    z.object({
      articleId: z.string(),
      storyId: z.string().optional(),
      mentions: count,
      roles: z.array(z.string()),
    }),
  ),
  quotes: z
    .array(z.object({ articleId: z.string(), storyId: z.string().optional(), index: count }))
    .describe("Quotes whose speaker is this entity, by index into the article's `quotes`."),
})

export type StoryEntry = z.infer<typeof StoryEntrySchema>
export type EntityEntry = z.infer<typeof EntityEntrySchema>
