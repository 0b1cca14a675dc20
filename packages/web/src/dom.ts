import { type AnyNode, type Document, Element, isTag, isText } from 'domhandler'
import { parseDocument } from 'htmlparser2'

export type { AnyNode, Document }
export { Element, isTag, isText }

/** The page as htmlparser2's forgiving parser reads it: entities decoded, tag and attribute names lower-cased. */
export function parsePage(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })
}

/** White space runs (non-breaking spaces included) as one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()
}

/** Every element under `root` in document order, `root` itself excluded. */
export function* elementsUnder(root: AnyNode): Generator<Element> {
  const stack: AnyNode[] = 'children' in root ? [...root.children].reverse() : []
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isTag(node)) continue
    yield node
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
}

/** The text under a node as a reader sees it in one line: text nodes joined, white space collapsed. */
export function textOf(node: AnyNode): string {
  const parts: string[] = []
  const stack: AnyNode[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (isText(current)) parts.push(current.data)
    else if (isTag(current) && INVISIBLE.has(current.name)) continue
    else if (isTag(current) && current.name === 'br') parts.push(' ')
    else if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!)
    }
  }
  return collapseSpace(parts.join(''))
}

/** h1 to h6. */
export const HEADING_ELEMENTS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

/** Elements whose text is never shown as text. */
export const INVISIBLE: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
])

/** The class and id of an element, lower-cased, as one string the hint patterns are read against. */
export function hintsOf(element: Element): string {
  return `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.toLowerCase()
}

export function isHidden(element: Element): boolean {
  const { attribs } = element
  return (
    'hidden' in attribs ||
    attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')
  )
}
