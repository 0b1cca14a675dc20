import * as z from 'zod'
import { ArticleSourceSchema } from './article-source.ts'
import { CitedSourceSchema, DateMentionSchema, EntitySchema, QuoteSchema } from './extraction.ts'

// Kept in modules of their own, which hold no other schema, so that parseArticle's bundle leaves this one out.
export { ArticleSourceSchema } from './article-source.ts'
export { CONTENT_BLOCK_KINDS, isContentBlock } from './content-blocks.ts'

/** A half-open span of `Article.text`: `text.slice(start, end)` is the element's source. */
const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}

/**
 * What a block is. `heading` and `paragraph` are the article's content; the others are page clutter a scraper left
 * in the text, kept as blocks so that the model stays lossless, but never read as content (see `isContentBlock`).
 */
export const BlockKindSchema = z
  .enum([
    'heading',
    'paragraph',
    'navigation',
    'byline',
    'dateline',
    'caption',
    'ad',
    'share',
    'embed',
    'boilerplate',
  ])
  .describe(
    '`heading` and `paragraph` are content. Clutter: `navigation` (menus, breadcrumbs, related and most-read links, tags, pagination), `byline` (author and credit lines), `dateline` (a line that is only a date), `caption` (photo captions and credits, image files), `ad`, `share` (share and follow prompts, counters), `embed` (embedded posts), `boilerplate` (logos, site name, copyright, comment and newsletter prompts).',
  )

export const BlockSchema = z
  .object({
    kind: BlockKindSchema,
    text: z.string(),
    ...span,
  })
  .meta({
    id: 'Block',
    description:
      'A line or part of a line of the text, trimmed of surrounding white space: a heading or paragraph of the article, or page clutter.',
  })

export const SentenceSchema = z
  .object({
    text: z.string(),
    ...span,
    block: z.number().int().nonnegative().describe('Index into `blocks`: always a heading or a paragraph.'),
  })
  .meta({ id: 'Sentence' })

export const ArticleDateBasisSchema = z.enum(['header', 'dateline', 'top', 'lead']).meta({
  id: 'ArticleDateBasis',
  description:
    'Where the text states the date: a header line (تاريخ النشر: …، date 2025-10-16), a dateline (القاهرة - 15 أكتوبر 2025), a full date near the top, or the most specific date of the news in the lead.',
})

export const ArticleDateSchema = z
  .object({
    value: z
      .string()
      .describe(
        'ISO 8601 at the precision the text gives: a day (2025-10-15), a month (2025-10) or a year (2025).',
      ),
    inferred: z
      .literal(true)
      .describe('The date was read from the text, not given: a given date is `publishedAt`.'),
    basis: ArticleDateBasisSchema,
    ...span,
  })
  .meta({
    id: 'ArticleDate',
    description:
      'The date of an article without `publishedAt`, as its own text states it; `start`/`end` are the date mention it comes from. Dates named as plans or deadlines (رؤية 2030) never give it.',
  })

export const ArticleSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().optional(),
    source: ArticleSourceSchema.optional(),
    publishedAt: z.string().optional(),
    date: ArticleDateSchema.optional().describe(
      'Present only when `publishedAt` is absent and the text dates itself.',
    ),
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
export type ArticleDateBasis = z.infer<typeof ArticleDateBasisSchema>
export type ArticleDate = z.infer<typeof ArticleDateSchema>
export type Article = z.infer<typeof ArticleSchema>
