import * as z from 'zod'
import { ArticleSourceSchema } from './article-source.ts'

/** What `parseArticle` accepts besides a bare string. */
export const ArticleInputSchema = z
  .object({
    text: z.string(),
    id: z.string().min(1).max(200).optional(),
    title: z.string().optional(),
    // A plain string is the outlet's name, as most scrapers give it.
    source: z
      .union([
        z.string().transform((name): z.infer<typeof ArticleSourceSchema> => ({ name })),
        ArticleSourceSchema,
      ])
      .optional(),
    publishedAt: z.iso.datetime({ offset: true, local: true }).or(z.iso.date()).optional(),
    headings: z
      .array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }))
      .optional()
      .describe(
        "Spans of `text` that the source's markup marks as headings (an HTML page's h2 to h4). When given, even empty, the markup decides the structure: each line is one block, a heading when it lies inside one of these spans and a paragraph otherwise; no heading or paragraph break is guessed from the text. Page clutter is still told line by line.",
      ),
  })
  .meta({ id: 'ArticleInput' })

export type ArticleInput = z.infer<typeof ArticleInputSchema>
