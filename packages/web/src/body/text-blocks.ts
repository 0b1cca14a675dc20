import {
  type AnyNode,
  collapseSpace,
  type Element,
  HEADING_ELEMENTS,
  INVISIBLE,
  isHidden,
  isTag,
  isText,
  textOf,
} from '../dom.ts'

/** What markup made a run of text: a heading, the page's h1, a list item, a quotation, or running text. */
export type BlockRole = 'heading' | 'title' | 'item' | 'quote' | 'text'

/** A run of text the markup sets apart: a p, h2–h4, li, blockquote, or a run between line breaks. */
export interface TextBlock {
  text: string
  role: BlockRole
  /** Characters inside links. */
  linkChars: number
  /** Characters inside bold or strong text. */
  boldChars: number
  /** The nearest enclosing block element (p, div, li …), then its ancestors up to the root, nearest first. */
  ancestors: Element[]
}

// Elements that start and end a block of text; inline elements (a, span, strong …) continue the current one.
const BLOCK_ELEMENTS = new Set<string>([
  ...HEADING_ELEMENTS,
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

function roleOf(ancestors: readonly Element[]): BlockRole {
  for (const element of ancestors) {
    switch (element.name) {
      case 'h1':
        return 'title'
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return 'heading'
      case 'li':
      case 'dd':
      case 'dt':
        return 'item'
      case 'blockquote':
        return 'quote'
    }
    if (BLOCK_ELEMENTS.has(element.name) && element.name !== 'p' && element.name !== 'span') return 'text'
  }
  return 'text'
}

// An anchor holding this much text is no link a reader follows but markup left unclosed (`<a name=top>` before the
// page) or wrapped around a whole section: its text is not link text.
const MAX_LINK_TEXT = 400

function isWrappingAnchor(anchor: Element): boolean {
  return textOf(anchor).length > MAX_LINK_TEXT
}

/**
 * The page's runs of text in reading order, each with the elements around it. A line break ends a run, so that
 * paragraphs a page separates with `<br>` come apart; invisible and hidden elements are left out.
 */
export function collectTextBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = []
  let parts: string[] = []
  let linkChars = 0
  let boldChars = 0
  let owner: Element[] = [root]
  const flush = () => {
    const text = collapseSpace(parts.join(''))
    if (text) {
      const nearest = owner.findIndex((element) => BLOCK_ELEMENTS.has(element.name))
      blocks.push({
        text,
        role: roleOf(owner),
        linkChars: Math.min(linkChars, text.length),
        boldChars: Math.min(boldChars, text.length),
        ancestors: nearest > 0 ? owner.slice(nearest) : owner,
      })
    }
    parts = []
    linkChars = 0
    boldChars = 0
  }
  // Iterative, with one path of open elements: pages nest thousands deep, and a block copies the path only once.
  const path: Element[] = [root]
  const frames: { element: Element; next: number; inLink: boolean; inBold: boolean }[] = [
    { element: root, next: 0, inLink: false, inBold: false },
  ]
  while (frames.length > 0) {
    const frame = frames.at(-1)!
    const node: AnyNode | undefined = frame.element.children[frame.next++]
    if (node === undefined) {
      frames.pop()
      path.pop()
      if (frames.length > 0 && BLOCK_ELEMENTS.has(frame.element.name)) flush()
      continue
    }
    if (isText(node)) {
      if (parts.length === 0) owner = path.slice().reverse()
      parts.push(node.data)
      const visible = collapseSpace(node.data).length
      if (frame.inLink) linkChars += visible
      if (frame.inBold) boldChars += visible
      continue
    }
    if (!isTag(node) || INVISIBLE.has(node.name) || isHidden(node)) continue
    if (node.name === 'br') {
      flush()
      continue
    }
    if (BLOCK_ELEMENTS.has(node.name)) flush()
    path.push(node)
    frames.push({
      element: node,
      next: 0,
      inLink: frame.inLink || (node.name === 'a' && !isWrappingAnchor(node)),
      inBold: frame.inBold || node.name === 'strong' || node.name === 'b',
    })
  }
  flush()
  return blocks
}
