import { z } from '@hono/zod-openapi'
import { LimitSchema } from './common.ts'

export const SourceSchema = z
  .object({
    id: z.string().describe('The normalised name: what the `source` filter of lists compares.'),
    name: z
      .string()
      .describe("The outlet's name: the curated table's for a known outlet, never a raw host name."),
    forms: z
      .array(z.string())
      .describe('Normalised forms of the name a `source` filter also matches (variants such as الجزيرة نت).'),
    domain: z.string().nullable().describe('Host name, without `www.`.'),
    country: z.string().nullable().describe('Country of the outlet, in Arabic, when known.'),
    kind: z
      .enum(['agency', 'paper', 'tv', 'site', 'social'])
      .nullable()
      .describe('What the outlet is, when known.'),
    known: z.boolean().describe("Whether the core's curated table of outlets knows it."),
    articles: z.number().int().describe('Articles stored from it.'),
    latest: z.string().nullable().describe('Publication date of its latest article.'),
  })
  .meta({ id: 'Source', description: 'An outlet that published stored articles.' })

export const SourceListSchema = z.object({ items: z.array(SourceSchema) }).meta({ id: 'SourceList' })

export const SourceListQuerySchema = z.object({ limit: LimitSchema(100, 1000) })

export const SourceIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'الجزيره' }),
})
