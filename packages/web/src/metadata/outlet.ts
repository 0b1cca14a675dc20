import { hostOf, normalize, resolveOutlet } from '@marsad/core'
import { articleNode, isObject, type JsonLdNode, nameOf, typesOf } from './json-ld.ts'
import { firstMeta, type PageMetadata } from './page-metadata.ts'

const ORGANIZATION_TYPES = /organization|newsmedia|corporation/i
const ARABIC_LETTER = /[\u0621-\u064a]/

/** The outlet's names as the page's metadata gives them: `og:site_name`, `application-name`, the JSON-LD publisher. */
export function statedSiteNames(metadata: PageMetadata): string[] {
  const article = articleNode(metadata.jsonLd)
  const organization = metadata.jsonLd.find((node: JsonLdNode) =>
    typesOf(node).some((type) => ORGANIZATION_TYPES.test(type)),
  )
  const site = metadata.jsonLd.find((node) => typesOf(node).includes('WebSite'))
  return [
    firstMeta(metadata, 'og:site_name'),
    firstMeta(metadata, 'application-name', 'twitter:app:name:iphone'),
    article === undefined ? undefined : nameOf(article.publisher),
    organization ? nameOf(organization.name) : undefined,
    site && isObject(site) ? nameOf(site.name) : undefined,
  ].filter((name): name is string => name !== undefined && hostOf(name) === null)
}

/** What else names the outlet on the page: the part of `<title>` that is not the article's, the logo, the copyright. */
export interface PageSiteNames {
  titlePart: string | undefined
  logo: string | undefined
  copyright: string | undefined
}

/**
 * Who published the page. A name in the core's table of outlets (`resolveOutlet`, by name or by the address's
 * domain) gives the table's name (الجزيرة for aljazeera.net). Otherwise the name the page states, and on an Arabic
 * page its Arabic name first: many outlets give `og:site_name` in Latin letters (`JawharaFM`) and their Arabic
 * name only in `<title>`, the logo's text or the copyright line. The host when nothing names it.
 */
export function findOutlet(
  metadata: PageMetadata,
  url: string,
  inPage: PageSiteNames,
  arabic: boolean,
): { name: string; known: boolean } | undefined {
  const candidates = [...statedSiteNames(metadata), inPage.titlePart, inPage.logo, inPage.copyright].filter(
    (name): name is string => name !== undefined && name.length > 1,
  )
  for (const name of candidates) {
    const outlet = resolveOutlet({ name })
    if (outlet?.known) return { name: outlet.outletName, known: true }
  }
  const byDomain = resolveOutlet({ url })
  if (byDomain?.known) return { name: byDomain.outletName, known: true }
  const chosen = (arabic ? candidates.find((name) => ARABIC_LETTER.test(name)) : undefined) ?? candidates[0]
  if (chosen !== undefined) return { name: chosen, known: false }
  return byDomain ? { name: byDomain.name, known: false } : undefined
}

/** The part of the document title that is not the article's title: `TITLE - SITE`, `SITE | TITLE`. */
export function titleSiteName(
  documentTitle: string | undefined,
  title: string | undefined,
): string | undefined {
  if (documentTitle === undefined || title === undefined) return undefined
  const titleWords = new Set(comparable(title).split(' '))
  // A part most of whose words are the title's is the title, however its quotes and marks were written.
  const isTitle = (part: string) => {
    const words = comparable(part).split(' ')
    return words.filter((word) => titleWords.has(word)).length * 2 >= words.length
  }
  const parts = documentTitle
    .split(/\s+[-|–—»]\s+|\s*[|]\s*/)
    .map((part) => part.trim())
    .filter((part) => comparable(part) !== '' && !isTitle(part))
  return parts.length > 0 && parts[0]!.split(' ').length <= MAX_SITE_NAME_WORDS ? parts[0] : undefined
}

export const MAX_SITE_NAME_WORDS = 6

function comparable(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
