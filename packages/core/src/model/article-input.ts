import * as z from 'zod'
import { ArticleSourceSchema } from './article.ts'

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
  })
  .meta({ id: 'ArticleInput' })

export type ArticleInput = z.infer<typeof ArticleInputSchema>
