import type { BlockKind } from './article.ts'

/** The kinds of block that are the article's content: only they have sentences, quotes, entities and snippets. */
export const CONTENT_BLOCK_KINDS = ['heading', 'paragraph'] as const satisfies readonly BlockKind[]

/** True for the article's own headings and paragraphs, false for page clutter. */
export function isContentBlock(kind: BlockKind): boolean {
  return kind === 'heading' || kind === 'paragraph'
}
