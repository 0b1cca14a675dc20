import { normalize } from '@marsad/core'
import { type Element, elementsUnder, hintsOf, textOf } from '../dom.ts'
import { articleNode, isObject, type JsonLdNode, typesOf } from './json-ld.ts'
import { firstMeta, type PageMetadata } from './page-metadata.ts'

/**
 * The article's author: JSON-LD `author` (people, not organisations), else the author metas, else a byline. A name
 * that is the outlet's (`المدينة نيوز`, `LBCI`, the host's name), an address, or an agency credit in brackets is no
 * author.
 */
export function findAuthor(
  metadata: PageMetadata,
  byline: string | undefined,
  outletNames: readonly (string | undefined)[],
): string | undefined {
  const article = articleNode(metadata.jsonLd)
  const fromJsonLd = article === undefined ? undefined : personNames(article.author)
  const fromMeta = firstMeta(
    metadata,
    'author',
    'article:author',
    'dc.creator',
    'parsely-author',
    'sailthru.author',
  )
  const outlets = outletNames
    .flatMap((name) => (name === undefined ? [] : [comparable(name)]))
    .filter(Boolean)
  const isOutlet = (name: string) => {
    const key = comparable(name)
    return outlets.some((outlet) => ` ${outlet} `.includes(` ${key} `) || ` ${key} `.includes(` ${outlet} `))
  }
  return [fromJsonLd, fromMeta, byline]
    .map((name) => (name === undefined ? undefined : cleanName(name)))
    .find(
      (name): name is string =>
        name !== undefined &&
        name.length > 1 &&
        !/https?:|www\.|\/|\.(?:com|net|org)\b/i.test(name) &&
        !/^\(.*\)$/.test(name) &&
        !isOutlet(name),
    )
}

function comparable(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase()
}

function personNames(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value]
  const names = list.flatMap((item) => {
    if (typeof item === 'string') return /^https?:/.test(item) ? [] : [cleanName(item)]
    if (!isObject(item)) return []
    if (typesOf(item as JsonLdNode).some((type) => /organization/i.test(type))) return []
    return typeof item.name === 'string' && item.name.trim() ? [cleanName(item.name)] : []
  })
  return names.length > 0 ? names.join('، ') : undefined
}

// "بقلم: فلان", "كتب - فلان", "By Name": the name alone.
function cleanName(text: string): string {
  return text
    .replace(/^\s*(?:بقلم|كتب|كتبت|إعداد|اعداد|تحرير|by)\s*[:：\-–—]?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const BYLINE_HINT = /author|byline|writer|kateb|katib/
const MAX_BYLINE_CHARS = 80

/** The text of the page's byline element (`rel=author`, `itemprop=author`, class author/byline/writer). */
export function bylineOf(root: Element): string | undefined {
  for (const element of elementsUnder(root)) {
    const isByline = element.attribs.rel === 'author' || element.attribs.itemprop === 'author'
    if (!isByline && !BYLINE_HINT.test(hintsOf(element))) continue
    const text = textOf(element)
    // A name has two words at least: a single word under an author class is a section or a label.
    if (text && text.length <= MAX_BYLINE_CHARS && !/\d{4}/.test(text) && text.includes(' ')) return text
  }
  return undefined
}
