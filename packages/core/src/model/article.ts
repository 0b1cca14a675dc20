import { z } from 'zod'
import { CitedSourceSchema, DateMentionSchema, EntitySchema, QuoteSchema } from './extraction.ts'

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

/** The kinds of block that are the article's content: only they have sentences, quotes, entities and snippets. */
export const CONTENT_BLOCK_KINDS = ['heading', 'paragraph'] as const satisfies readonly BlockKind[]

/** True for the article's own headings and paragraphs, false for page clutter. */
export function isContentBlock(kind: BlockKind): boolean {
  return kind === 'heading' || kind === 'paragraph'
}

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
