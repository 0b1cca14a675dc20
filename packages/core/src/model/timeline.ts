import * as z from 'zod'

const index = z.number().int().nonnegative()

export const TimelineEntrySchema = z
  .object({
    articleId: z.string(),
    source: z.string().nullable().describe('Outlet name, when the article gives one.'),
    at: z
      .string()
      .nullable()
      .describe(
        'When the article appeared: its `publishedAt`, else the date its text gives itself, else null.',
      ),
    basis: z
      .enum(['published', 'text', 'unknown'])
      .describe(
        '`published`: `publishedAt`; `text`: `Article.date`, read from the text; `unknown`: neither.',
      ),
    newFacts: z
      .array(index)
      .describe("Shared facts (indices into the coverage's `shared`) this article was the first to report."),
    repeatedFacts: z.array(index).describe('Shared facts an earlier article had already reported.'),
    unique: z.number().int().nonnegative().describe('Sentences of this article that no other member has.'),
  })
  .meta({ id: 'TimelineEntry', description: 'One member article, at its place in the order of publication.' })

export const TimelineFactSchema = z
  .object({
    fact: index.describe("Index into the coverage's `shared`."),
    firstArticleId: z.string().describe('The earliest article that reports it.'),
    at: z.string().nullable().describe("That article's `at`."),
    articles: z.number().int().min(2).describe('How many members report it.'),
  })
  .meta({ id: 'TimelineFact', description: 'A shared fact, at the time it first appeared.' })

export const StoryTimelineSchema = z
  .object({
    entries: z
      .array(TimelineEntrySchema)
      .describe('Members in order of appearance; members with no known time last, in story order.'),
    outlets: z
      .array(
        z.object({
          source: z.string().nullable(),
          first: z.string().nullable().describe("`at` of the outlet's first article on the story."),
          articles: z.number().int().positive(),
        }),
      )
      .describe('Each outlet once, in the order it first reported the story.'),
    facts: z.array(TimelineFactSchema).describe('Shared facts in the order they first appeared.'),
  })
  .meta({
    id: 'StoryTimeline',
    description:
      'How the coverage of a story grew: who published when, and which facts each was first to report.',
  })

export type TimelineEntry = z.infer<typeof TimelineEntrySchema>
export type TimelineFact = z.infer<typeof TimelineFactSchema>
export type StoryTimeline = z.infer<typeof StoryTimelineSchema>
