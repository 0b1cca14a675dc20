import * as z from 'zod'

export const ArticleSourceSchema = z
  .object({
    name: z.string().optional(),
    url: z.string().optional(),
  })
  .meta({ id: 'ArticleSource', description: 'The outlet that published the article.' })
