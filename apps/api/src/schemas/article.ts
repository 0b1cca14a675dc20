import { z } from '@hono/zod-openapi'
import { ArticleInputSchema } from '@marsad/core'
import { CursorSchema, DateParamSchema, LimitSchema, NextCursorSchema } from './common.ts'

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    source: z.string().nullable().describe('Outlet name.'),
    publishedAt: z.string().nullable(),
    lead: z.string().describe('The first sentence, shortened to 280 characters.'),
    ingestedAt: z.string().describe('When the API stored the article (ISO date-time, UTC).'),
    storyId: z.string().nullable().describe('The story the article belongs to.'),
  })
  .meta({
    id: 'ArticleSummary',
    description: 'An article as lists show it; `GET /v1/articles/{id}` has the model.',
  })

export const ArticlePageSchema = z
  .object({ items: z.array(ArticleSummarySchema), nextCursor: NextCursorSchema })
  .meta({ id: 'ArticlePage' })

export const ArticleFilterSchema = z.object({
  story: z.string().max(300).optional().openapi({ description: 'Only articles of this story.' }),
  entity: z.string().max(300).optional().openapi({ description: 'Only articles naming this entity.' }),
  source: z
    .string()
    .max(300)
    .optional()
    .openapi({ description: 'Only articles of this outlet (name compared after normalisation).' }),
  from: DateParamSchema.optional().openapi({ description: 'Published on or after (ISO date or date-time).' }),
  to: DateParamSchema.optional().openapi({
    description: 'Published on or before (ISO date or date-time; a date includes its whole day).',
  }),
})

export const ArticleListQuerySchema = ArticleFilterSchema.extend({
  limit: LimitSchema(20, 100),
  cursor: CursorSchema,
})

/** Longest article id, as the core's input schema allows. */
export const MAX_ID_LENGTH = 200

export const ArticleIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .openapi({ param: { name: 'id', in: 'path' }, example: '000_c46bd0adb6ed7856' }),
})

/**
 * The longest text, title and outlet an article may have, in characters (UTF-16 code units), past which it is
 * refused with 422. A long news article is 20,000 characters; the text limit leaves room for a full report while
 * bounding what one article costs to parse, store and search.
 */
export const FIELD_LIMITS = {
  text: 250_000,
  // A news page is 50 to 500 KB of HTML; two million characters takes the heaviest while bounding the parse.
  html: 2_000_000,
  url: 2000,
  title: 1000,
  'source.name': 300,
  'source.url': 2000,
} as const

/** Characters an id may not hold: C0 and C1 controls, which no file name or URL carries by design. */
const CONTROL = /\p{Cc}/u
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * True when `/v1/articles/{id}` reaches the id: its path survives URL normalisation unchanged. `.` and `..` are
 * dot segments that every client and proxy resolves away, so such an article could never be read or deleted.
 */
export function isAddressableId(id: string): boolean {
  if (LONE_SURROGATE.test(id)) return false
  const path = `/v1/articles/${encodeURIComponent(id)}`
  return new URL(path, 'http://marsad.invalid').pathname === path
}

/**
 * One article to ingest: the core's input, refused when its strings hold what no article text can or its id could
 * not be addressed. The API's routes and the corpus a server loads at start both check articles with it.
 */
export const IngestArticleSchema = ArticleInputSchema.extend({
  text: ArticleInputSchema.shape.text
    .optional()
    .describe('The article text. Give `text` or `html`, not both.'),
  html: z
    .string()
    .optional()
    .describe(
      "A news page as HTML, instead of `text`: `@marsad/web` finds its body (paragraphs and headings from the markup, without menus, related links, comments, share bars or ads), title, date and outlet. `title`, `source` and `publishedAt`, when given, are used instead of the page's.",
    ),
  url: z
    .string()
    .optional()
    .describe(
      'With `html`: the absolute URL the page was fetched from (it resolves the canonical link and names the outlet when the page does not).',
    ),
})
  .superRefine((input, ctx) => {
    if ((input.text === undefined) === (input.html === undefined)) {
      const both = input.text !== undefined
      ctx.addIssue({
        code: 'custom',
        path: both ? ['html'] : [],
        message: both ? 'give either text or html, not both' : 'give text, or html with its url',
      })
    }
    if (input.html !== undefined && input.url === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'is required with html: the address the page came from',
      })
    }
    if (input.html === undefined && input.url !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'goes with html; the outlet of a text is source.url',
      })
    }
    if (input.html !== undefined && input.headings !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['headings'],
        message: 'comes from the markup when html is given',
      })
    }
    if (input.url !== undefined && input.url.length <= FIELD_LIMITS.url && !URL.canParse(input.url)) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'is not an absolute URL' })
    }
    if (input.id !== undefined && CONTROL.test(input.id)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'must not contain control characters' })
    } else if (input.id !== undefined && !isAddressableId(input.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: 'cannot be addressed in a URL: `.` and `..` are removed from paths by URL normalisation',
      })
    }
    const strings: [string, string | undefined][] = [
      ['text', input.text],
      ['html', input.html],
      ['url', input.url],
      ['title', input.title],
      ['source.name', input.source?.name],
      ['source.url', input.source?.url],
    ]
    for (const [field, value] of strings) {
      if (value === undefined) continue
      const limit = FIELD_LIMITS[field as keyof typeof FIELD_LIMITS]
      if (value.length > limit) {
        ctx.addIssue({
          code: 'custom',
          path: field.split('.'),
          message: `is ${value.length} characters long, over the limit of ${limit}`,
        })
        continue
      }
      if (value.includes('\u0000')) {
        ctx.addIssue({
          code: 'custom',
          path: field.split('.'),
          message: 'must not contain NUL (U+0000) characters',
        })
      }
      if (LONE_SURROGATE.test(value)) {
        ctx.addIssue({
          code: 'custom',
          path: field.split('.'),
          message: 'contains an unpaired UTF-16 surrogate',
        })
      }
    }
  })
  .meta({
    id: 'IngestArticle',
    description:
      'An article to ingest: its text and what is known about it, or a news page (`html` and `url`) to read them from.',
  })

export type IngestArticle = z.infer<typeof IngestArticleSchema>

/** Hard cap on a batch, whatever the server's own `maxBatch`. */
export const MAX_BATCH = 1000

export const IngestRequestSchema = z
  .union([IngestArticleSchema, z.array(IngestArticleSchema).min(1).max(MAX_BATCH)])
  .meta({ id: 'IngestRequest', description: 'One article, or an array of them ingested all or nothing.' })

export const IngestResultSchema = z
  .object({
    articles: z.array(
      z.object({
        id: z.string(),
        status: z
          .enum(['created', 'unchanged', 'queued'])
          .describe(
            '`unchanged`: the same content was already stored. `queued` (202, on Workers): accepted for the ingest queue; `GET /v1/articles/{id}` answers 404 until it is stored, then the article.',
          ),
        storyId: z.string().nullable(),
      }),
    ),
    created: z.number().int(),
    unchanged: z.number().int(),
    queued: z.number().int(),
  })
  .meta({ id: 'IngestResult' })
