import { lineClutterKind, normalize } from '@marsad/core'
import type { Element } from '../dom.ts'
import { isClutterElement } from './hints.ts'
import type { TextBlock } from './text-blocks.ts'

/** A paragraph or heading of the article body, as the markup gave it. */
export interface BodyBlock {
  kind: 'paragraph' | 'heading'
  text: string
}

const MAX_LINK_DENSITY = 0.5
// A list item or a paragraph that is mostly one link is a related-article link, even inside the body.
const MAX_ITEM_LINK_DENSITY = 0.3

/**
 * The article's blocks: those inside the body elements, less what is not the article even there: blocks under
 * clutter elements (share bars, related links, captions), lists of links, lines the core's clutter rules name on their
 * own (a "read also" line, a share prompt, a copyright notice), and the title again.
 */
export function bodyBlocks(
  blocks: readonly TextBlock[],
  body: readonly Element[],
  options: { title?: string | undefined; siteName?: string | undefined },
): BodyBlock[] {
  const roots = new Set(body)
  const title = options.title === undefined ? undefined : comparable(options.title)
  const result: BodyBlock[] = []
  for (const block of blocks) {
    const root = block.ancestors.findIndex((element) => roots.has(element))
    if (root < 0) continue
    if (block.ancestors.slice(0, root).some(isClutterElement)) continue
    if (block.role === 'title') continue
    const density = block.linkChars / block.text.length
    if (
      density > (block.role === 'item' || block.role === 'text' ? MAX_ITEM_LINK_DENSITY : MAX_LINK_DENSITY)
    ) {
      if (block.role !== 'text' || block.text.length < 200 || density > MAX_LINK_DENSITY) continue
    }
    if (lineClutterKind(block.text, options.siteName) !== null) continue
    if (title !== undefined && comparable(block.text) === title) continue
    const previous = result.at(-1)
    if (previous?.text === block.text) continue
    result.push({
      kind: block.role === 'heading' || isBoldHeading(block) ? 'heading' : 'paragraph',
      text: block.text,
    })
  }
  return withoutSignature(result)
}

// An agency's credit in brackets (`--(بترا)`, `(أبوظبي - البيان)`) or a writer's name alone closing the body.
const CREDIT_LINE = /^[\s\-–—:]*\([^()]{1,40}\)[\s\-–—.]*$/
const NAME_LINE = /^[\u0621-\u064a\u0640\u064b-\u0652 .]{3,40}$/
const MAX_NAME_WORDS = 4
const MAX_SIGNATURE_LINES = 2

function withoutSignature(blocks: BodyBlock[]): BodyBlock[] {
  let end = blocks.length
  while (end > 1 && blocks.length - end < MAX_SIGNATURE_LINES) {
    const { kind, text } = blocks[end - 1]!
    const isName = NAME_LINE.test(text) && text.trim().split(/\s+/).length <= MAX_NAME_WORDS
    if (kind !== 'paragraph' || !(CREDIT_LINE.test(text) || isName)) break
    end--
  }
  return end === blocks.length ? blocks : blocks.slice(0, end)
}

const MAX_HEADING_WORDS = 12

// `<p><strong>…</strong></p>`: many outlets' editors make subheadings bold paragraphs.
function isBoldHeading(block: TextBlock): boolean {
  return (
    block.boldChars >= block.text.replace(/ /g, '').length &&
    block.text.split(' ').length <= MAX_HEADING_WORDS &&
    !/[.!؟?:،,»"”]$/.test(block.text)
  )
}

function comparable(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
