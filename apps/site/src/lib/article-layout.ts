import { type Article, type BlockKind, isContentBlock, withoutEmphasis } from '@marsad/core'
import { layoutBlock, type Mark, type Piece } from './inline.ts'

/** A heading or paragraph of an article as a page shows it. */
export interface BlockLayout {
  kind: BlockKind
  pieces: Piece[]
}

/**
 * The article's headings and paragraphs, laid out with their sentences, quotes and mentions. Page clutter the
 * scraper left (menus, bylines, share bars: blocks that are not `isContentBlock`) is not shown, and a heading is
 * shown without the markdown emphasis around it (`**…**`).
 */
export function layoutArticle(
  article: Pick<Article, 'text' | 'blocks' | 'sentences'>,
  quotes: readonly Mark<number>[] = [],
  mentions: readonly Mark<string>[] = [],
): BlockLayout[] {
  const byBlock = article.blocks.map(() => [] as { start: number; end: number; index: number }[])
  article.sentences.forEach((sentence, index) => {
    byBlock[sentence.block]?.push({ ...sentence, index })
  })
  const layout: BlockLayout[] = []
  article.blocks.forEach((block, index) => {
    if (!isContentBlock(block.kind)) return
    const pieces = layoutBlock(article.text, block, byBlock[index]!, quotes, mentions)
    layout.push({ kind: block.kind, pieces: block.kind === 'heading' ? pieces.map(plainPiece) : pieces })
  })
  return layout
}

function plainPiece(piece: Piece): Piece {
  if ('gap' in piece) return { gap: withoutEmphasis(piece.gap) }
  return {
    ...piece,
    stretches: piece.stretches.map((stretch) => ({
      ...stretch,
      runs: stretch.runs.map((run) => ({ ...run, text: withoutEmphasis(run.text) })),
    })),
  }
}
