import * as z from 'zod'

export const StoryEntitySchema = z
  .object({
    id: z.string().describe('Entity id, stable across articles (e.g. `person:فلاديمير-بوتين`).'),
    name: z.string(),
    articles: z.number().int().positive().describe('How many member articles name this entity.'),
  })
  .meta({
    id: 'StoryEntity',
    description: 'An entity named by at least two member articles (or the only one).',
  })

export const TimeSpanSchema = z
  .object({
    start: z.string().describe('ISO date or date-time of the earliest known member date.'),
    end: z.string().describe('ISO date or date-time of the latest known member date.'),
    inferred: z
      .literal(true)
      .optional()
      .describe(
        'Present when no member has a publication date and the span comes from the dates their texts give themselves (`Article.date`), at the precision the texts give.',
      ),
  })
  .meta({ id: 'TimeSpan' })

export const StorySchema = z
  .object({
    id: z
      .string()
      .describe('`story:` + hash of the sorted member article ids: the same members give the same id.'),
    title: z.string().describe("A member article's own title or first sentence; never generated text."),
    titleArticleId: z.string().describe('The article the title is taken from.'),
    articleIds: z.array(z.string()).min(1).describe('Members in input order.'),
    sources: z.array(z.string()).describe('Distinct outlet names of the members, in input order.'),
    independent: z
      .number()
      .int()
      .positive()
      .describe('Members counted once per group of near-duplicate wire copies.'),
    duplicates: z
      .array(z.array(z.string()).min(2))
      .describe(
        'Groups of near-duplicate members (wire copies); the first id of a group is its earliest member.',
      ),
    entities: z.array(StoryEntitySchema).describe('Entities the members share, most widely named first.'),
    timeSpan: TimeSpanSchema.nullable().describe(
      'Span of the members’ publication dates; when none has one, of the dates their texts give themselves (marked `inferred`); null when neither is known. Never a plan or deadline year.',
    ),
  })
  .meta({ id: 'Story', description: 'One event as reported by one or more articles.' })

export type StoryEntity = z.infer<typeof StoryEntitySchema>
export type TimeSpan = z.infer<typeof TimeSpanSchema>
export type Story = z.infer<typeof StorySchema>
