import type * as z from 'zod'
import { extractArticle } from '../extract/index.ts'
import type { Article, Block, Sentence } from '../model/article.ts'
import { type ArticleInput, ArticleInputSchema } from '../model/article-input.ts'
import { isContentBlock } from '../model/content-blocks.ts'
import { isBlankText } from '../normalize/arabic-letters.ts'
import { splitSentences } from '../segment/sentences.ts'
import { ArticleInputError } from './article-input-error.ts'
import { type BlockOptions, findBlocks, toBlocks } from './blocks.ts'
import { contentId } from './content-id.ts'

export interface ParseOptions {
  /** Longest text accepted, in UTF-16 code units. Default 10,000,000 (about 20 MB). */
  maxLength?: number
}

const DEFAULT_MAX_LENGTH = 10_000_000

const BLANK_TEXT = 'text: is empty, or only white space and invisible characters'

/**
 * Parses raw article text into the model: headings and paragraphs (and the page clutter around them, kept as blocks
 * of its own kinds), sentences of the headings and paragraphs, and what is extracted from them:
 * quotes with their speakers, entities with their roles and mentions, dates, and cited sources. The text is kept untouched; every element carries `start`/`end` offsets into it.
 * Throws `ArticleInputError` for input that is not an article (not a string, empty, too long), never for odd text.
 */
export function parseArticle(input: string | ArticleInput, options?: ParseOptions): Article {
  const fields = readInput(input, options?.maxLength ?? DEFAULT_MAX_LENGTH)
  const { text } = fields
  const { blocks, sentences } = readStructure(text, {
    sourceName: fields.source?.name,
    ...(fields.headings !== undefined && { headings: fields.headings }),
  })
  const extraction = extractArticle({ text, blocks, sentences, publishedAt: fields.publishedAt })
  return {
    id: fields.id ?? contentId(text),
    ...(fields.title !== undefined && { title: fields.title }),
    ...(fields.source !== undefined && { source: fields.source }),
    ...(fields.publishedAt !== undefined && { publishedAt: fields.publishedAt }),
    text,
    blocks,
    sentences,
    ...extraction,
  }
}

/**
 * Blocks and sentences alone: the structure pass of `parseArticle`, before extraction. Sentences cover the content
 * blocks (headings and paragraphs) only: clutter blocks have none.
 */
export function readStructure(
  text: string,
  options?: BlockOptions,
): { blocks: Block[]; sentences: Sentence[] } {
  const blockSpans = findBlocks(text, options)
  const sentences: Sentence[] = []
  for (let index = 0; index < blockSpans.length; index++) {
    if (!isContentBlock(blockSpans[index]!.kind)) continue
    for (const { start, end } of splitSentences(text, blockSpans[index]!)) {
      sentences.push({ text: text.slice(start, end), start, end, block: index })
    }
  }
  return { blocks: toBlocks(text, blockSpans), sentences }
}

function readInput(input: unknown, maxLength: number): ArticleInput {
  const parsed = ArticleInputSchema.safeParse(typeof input === 'string' ? { text: input } : input)
  if (!parsed.success) {
    throw new ArticleInputError(parsed.error.issues.map((issue) => describeIssue(issue)))
  }
  const { text } = parsed.data
  if (isBlankText(text)) throw new ArticleInputError([BLANK_TEXT])
  if (text.length > maxLength) {
    throw new ArticleInputError([`text: is ${text.length} characters long, over the limit of ${maxLength}`])
  }
  const outside = parsed.data.headings?.findIndex(({ start, end }) => start >= end || end > text.length)
  if (outside !== undefined && outside >= 0) {
    throw new ArticleInputError([
      `headings.${outside}: is not a non-empty span inside text (0 to ${text.length})`,
    ])
  }
  return parsed.data
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.join('.') : 'input'
  return `${path}: ${issue.message}`
}
