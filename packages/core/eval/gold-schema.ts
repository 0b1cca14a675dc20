import { z } from 'zod'
import { BlockKindSchema, isContentBlock } from '../src/index.ts'

/**
 * The committed gold of the real-text evaluation: facts about third-party texts (offsets, hashes, labels, names),
 * never the texts themselves, which live in the git-ignored cache (the annotation guideline in the core README).
 */

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const Id = z.string().regex(/^[a-z0-9-]+$/)

/** Where a text came from, and the hash that proves the cached copy is the one annotated. */
const PageFields = {
  id: Id,
  url: z.string().url(),
  outlet: z.string().min(1),
  country: z.string().length(2).nullable(),
  sha256: Sha256,
  chars: z.number().int().positive(),
}

const Span = { start: z.number().int().nonnegative(), end: z.number().int().positive() }

export const GoldQuoteSchema = z.object({
  kind: z.enum(['direct', 'indirect']),
  ...Span,
  speaker: z.array(z.string().min(1)).min(1).nullable(),
})

export const GoldEntitySchema = z.object({
  kind: z.enum(['person', 'organization', 'location', 'media']),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  nisbaOnly: z.boolean().optional(),
})

export const GoldDateSchema = z.object({ ...Span, value: z.string().optional() })

export const ExtractionGoldSchema = z.object({
  batch: z.string().regex(/^real-\d+$/),
  articles: z.array(
    z.object({
      ...PageFields,
      publishedAt: Day.nullable(),
      quotes: z.array(GoldQuoteSchema),
      entities: z.array(GoldEntitySchema),
      dates: z.array(GoldDateSchema),
    }),
  ),
})

export const StoriesGoldSchema = z.object({
  corpus: z.string().regex(/^stories-\d+$/),
  articles: z.array(
    z.object({
      ...PageFields,
      publishedAt: Day.nullable(),
      /** Where `publishedAt` was read: the page's own date line, or its URL. */
      dateEvidence: z.enum(['page', 'url']).nullable().optional(),
      event: z.string().min(1),
      eventDate: Day.nullable().optional(),
    }),
  ),
})

/** Clutter labels are the model's clutter block kinds: the annotation and the parser speak of the same lines. */
export const CLUTTER_LABELS = BlockKindSchema.options.filter((kind) => !isContentBlock(kind))
export const CONTENT_LABELS = ['title', 'heading', 'body'] as const
export const LineLabelSchema = z.enum([...CONTENT_LABELS, ...CLUTTER_LABELS] as [string, ...string[]])

export const ClutterGoldSchema = z.object({
  corpus: z.string().regex(/^clutter-\d+$/),
  pages: z.array(
    z.object({
      ...PageFields,
      /** Every non-blank line of the text, in order, with the span of its non-space characters. */
      lines: z.array(z.object({ ...Span, label: LineLabelSchema })),
    }),
  ),
})

const ValueSpan = z.object({ id: Id, ...Span })

export const DifferencesGoldSchema = z.object({
  corpus: z.string().regex(/^differences-\d+$/),
  /** The story corpus whose articles (and cached texts) the events are made of. */
  source: z.string().regex(/^stories-\d+$/),
  events: z.array(
    z.object({
      event: z.string().min(1),
      articles: z.array(Id).min(2),
      items: z.array(
        z.object({
          kind: z.enum(['number', 'date', 'role', 'name', 'titles']),
          subject: z.string().min(1),
          developing: z.boolean().optional(),
          a: ValueSpan,
          b: ValueSpan,
        }),
      ),
    }),
  ),
})

export type DifferencesGold = z.infer<typeof DifferencesGoldSchema>
export type ExtractionGold = z.infer<typeof ExtractionGoldSchema>
export type ExtractionGoldArticle = ExtractionGold['articles'][number]
export type StoriesGold = z.infer<typeof StoriesGoldSchema>
export type ClutterGold = z.infer<typeof ClutterGoldSchema>
export type LineLabel = z.infer<typeof LineLabelSchema>

export const isClutterLabel = (label: LineLabel): boolean =>
  (CLUTTER_LABELS as readonly string[]).includes(label)
