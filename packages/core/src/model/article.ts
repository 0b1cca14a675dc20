import { z } from 'zod'
import { CitedSourceSchema, DateMentionSchema, EntitySchema, QuoteSchema } from './extraction.ts'

/** A half-open span of `Article.text`: `text.slice(start, end)` is the element's source. */
const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}

export const BlockKindSchema = z.enum(['heading', 'paragraph'])

export const BlockSchema = z
  .object({
    kind: BlockKindSchema,
    text: z.string(),
    ...span,
  })
  .meta({ id: 'Block', description: 'A heading or paragraph, trimmed of surrounding white space.' })

export const SentenceSchema = z
  .object({
    text: z.string(),
    ...span,
    block: z.number().int().nonnegative().describe('Index into `blocks`.'),
  })
  .meta({ id: 'Sentence' })

export const ArticleSourceSchema = z
  .object({
    name: z.string().optional(),
    url: z.string().optional(),
  })
  .meta({ id: 'ArticleSource', description: 'The outlet that published the article.' })

export const ArticleSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().optional(),
    source: ArticleSourceSchema.optional(),
    publishedAt: z.string().optional(),
    text: z.string().describe('The input, untouched. Every offset in the model indexes this string.'),
    blocks: z.array(BlockSchema),
    sentences: z.array(SentenceSchema),
    quotes: z.array(QuoteSchema),
    entities: z.array(EntitySchema),
    dates: z.array(DateMentionSchema),
    sources: z.array(CitedSourceSchema),
  })
  .meta({ id: 'Article' })

export type BlockKind = z.infer<typeof BlockKindSchema>
export type Block = z.infer<typeof BlockSchema>
export type Sentence = z.infer<typeof SentenceSchema>
export type ArticleSource = z.infer<typeof ArticleSourceSchema>
export type Article = z.infer<typeof ArticleSchema>
