import { z } from '@hono/zod-openapi'
import { ArticleFilterSchema, ArticleSummarySchema } from './article.ts'
import { CursorSchema, LimitSchema, NextCursorSchema } from './common.ts'

export const SearchQuerySchema = ArticleFilterSchema.extend({
  q: z.string().min(1).max(500).openapi({
    description:
      'Words to find, all required; "quoted words" must appear together; `A OR B` asks for either (uppercase OR only); `-word` and `-"quoted words"` exclude.',
    example: 'الأسد',
  }),
  limit: LimitSchema(10, 50),
  cursor: CursorSchema,
})

export const HighlightedSchema = z
  .object({
    text: z.string(),
    highlights: z
      .array(z.object({ start: z.number().int(), end: z.number().int() }))
      .describe('Matched words: offsets into `text`.'),
  })
  .meta({ id: 'Highlighted' })

export const SearchHitSchema = z
  .object({
    article: ArticleSummarySchema,
    score: z.number().describe('Relevance; higher is better.'),
    title: HighlightedSchema.nullable(),
    snippet: HighlightedSchema,
    snippetHtml: z.string().describe('`snippet` as escaped HTML with matches in `<mark>`.'),
  })
  .meta({
    id: 'SearchHit',
    description: 'A matching article; `snippet` is the passage that matched best, from the original text.',
  })

export const SearchResultSchema = z
  .object({
    query: z.string(),
    terms: z
      .array(z.string())
      .describe(
        'The analysed terms searched for, alternatives of `OR` included and excluded words left out.',
      ),
    items: z.array(SearchHitSchema),
    nextCursor: NextCursorSchema,
  })
  .meta({ id: 'SearchResult' })
