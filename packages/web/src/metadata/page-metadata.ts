import { collapseSpace, type Document, elementsUnder, isText } from '../dom.ts'
import { type JsonLdNode, readJsonLd } from './json-ld.ts'

/** What a page's head (and the few body elements that carry metadata) says about it. */
export interface PageMetadata {
  /** `<meta>` values by lower-cased `property`, `name` or `itemprop`, in document order. */
  meta: Map<string, string[]>
  /** JSON-LD objects, `@graph` arrays and nested lists flattened. */
  jsonLd: JsonLdNode[]
  /** `<link rel=…>` targets by lower-cased rel. */
  links: Map<string, string[]>
  /** `<time datetime>` values in document order. */
  times: string[]
  /** `<title>` text. */
  documentTitle: string | undefined
  /** `<html lang>`. */
  lang: string | undefined
}

export function readPageMetadata(document: Document): PageMetadata {
  const metadata: PageMetadata = {
    meta: new Map(),
    jsonLd: [],
    links: new Map(),
    times: [],
    documentTitle: undefined,
    lang: undefined,
  }
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }
  for (const element of elementsUnder(document)) {
    const { attribs } = element
    switch (element.name) {
      case 'html':
        metadata.lang ??= attribs.lang?.trim() || attribs['xml:lang']?.trim() || undefined
        break
      case 'meta': {
        const key = (attribs.property ?? attribs.name ?? attribs.itemprop)?.trim().toLowerCase()
        const value = attribs.content?.trim()
        if (key && value) add(metadata.meta, key, value)
        break
      }
      case 'link': {
        const href = attribs.href?.trim()
        if (!href) break
        for (const rel of (attribs.rel ?? '').toLowerCase().split(/\s+/))
          if (rel) add(metadata.links, rel, href)
        break
      }
      case 'script':
        if (/^application\/ld\+json$/i.test(attribs.type?.trim() ?? '')) {
          const source = element.children.map((child) => (isText(child) ? child.data : '')).join('')
          metadata.jsonLd.push(...readJsonLd(source))
        }
        break
      case 'time':
        if (attribs.datetime?.trim()) metadata.times.push(attribs.datetime.trim())
        break
      case 'title':
        metadata.documentTitle ??=
          collapseSpace(element.children.map((child) => (isText(child) ? child.data : '')).join('')) ||
          undefined
        break
    }
  }
  return metadata
}

export function firstMeta(metadata: PageMetadata, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = metadata.meta.get(key)?.[0]
    if (value) return value
  }
  return undefined
}
