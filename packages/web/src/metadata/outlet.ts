import { hostOf, resolveOutlet } from '@marsad/core'
import { articleNode, isObject, type JsonLdNode, nameOf, typesOf } from './json-ld.ts'
import { firstMeta, type PageMetadata } from './page-metadata.ts'

const ORGANIZATION_TYPES = /organization|newsmedia|corporation/i

/** The outlet's name as the page gives it: `og:site_name`, the JSON-LD publisher, `application-name`. */
export function statedSiteName(metadata: PageMetadata): string | undefined {
  const article = articleNode(metadata.jsonLd)
  const publisher = article === undefined ? undefined : nameOf(article.publisher)
  const organization = metadata.jsonLd.find((node: JsonLdNode) =>
    typesOf(node).some((type) => ORGANIZATION_TYPES.test(type)),
  )
  const site = metadata.jsonLd.find((node) => typesOf(node).includes('WebSite'))
  return (
    firstMeta(metadata, 'og:site_name', 'application-name', 'twitter:app:name:iphone') ??
    publisher ??
    (organization ? nameOf(organization.name) : undefined) ??
    (site && isObject(site) ? nameOf(site.name) : undefined)
  )
}

/**
 * Who published the page: the name the page states, or else the host; then the core's table of outlets
 * (`resolveOutlet`), which gives a known outlet's name (الجزيرة for aljazeera.net) whatever the page wrote.
 */
export function findOutlet(
  metadata: PageMetadata,
  url: string,
): { name: string; known: boolean } | undefined {
  const stated = statedSiteName(metadata)
  const outlet = resolveOutlet({ name: stated && hostOf(stated) === null ? stated : undefined, url })
  if (outlet) return { name: outlet.known ? outlet.outletName : outlet.name, known: outlet.known }
  return undefined
}
