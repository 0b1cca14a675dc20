import { normalize } from '@marsad/core'
import { articleNode, nameOf } from './json-ld.ts'
import { firstMeta, type PageMetadata } from './page-metadata.ts'

/**
 * The article's title. The page shows it in an h1, but many pages have several (the logo, a section name), so the h1
 * taken is the one the metadata's titles (OpenGraph, JSON-LD headline, `<title>`) agree with; without such an h1,
 * the first metadata title with the site's name cut off.
 */
export function findTitle(
  metadata: PageMetadata,
  h1s: readonly string[],
  siteName: string | undefined,
): string | undefined {
  const stated = [
    firstMeta(metadata, 'og:title', 'twitter:title'),
    nameOf(articleNode(metadata.jsonLd)?.headline),
    metadata.documentTitle,
  ].filter((title): title is string => title !== undefined)
  const keys = stated.map(comparable).filter((key) => key.length > 0)
  const site = siteName === undefined ? undefined : comparable(siteName)
  const candidates = h1s.filter((h1) => {
    const key = comparable(h1)
    return key.length > 0 && key !== site
  })
  const exact = candidates.find((h1) => keys.includes(comparable(h1)))
  if (exact) return exact
  const close = candidates.find((h1) => keys.some((title) => overlaps(comparable(h1), title)))
  if (close) return close
  const long = candidates.find((h1) => h1.split(' ').length >= MIN_TITLE_WORDS)
  if (long) return long
  if (stated.length > 0) return withoutSiteName(stated[0]!, siteName)
  return candidates[0]
}

// An h1 of this many words is the title even when the metadata words it otherwise.
const MIN_TITLE_WORDS = 4
// One title inside the other, at this share of the longer: `<title>` cut short, or the h1 with a kicker before it.
const MIN_OVERLAP = 0.6

function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return long.includes(short) && short.length >= long.length * MIN_OVERLAP
}

/** Titles as compared: letters folded, punctuation and spacing ignored. */
function comparable(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

// `TITLE - SITE`, `SITE | TITLE`: the part that is not the site's name, else the longest part.
function withoutSiteName(title: string, siteName: string | undefined): string {
  const parts = title
    .split(/\s+[-|–—:»]\s+|\s*[|]\s*/)
    .map((part) => part.trim())
    .filter(Boolean)
  if (parts.length < 2) return title.trim()
  const site = siteName === undefined ? undefined : comparable(siteName)
  const rest = parts.filter((part) => site === undefined || comparable(part) !== site)
  if (rest.length === 1) return rest[0]!
  if (rest.length < parts.length) return rest.join(' - ')
  // No part is the site's name: only a short last part reads as one.
  const last = parts.at(-1)!
  return last.split(' ').length <= 3 ? parts.slice(0, -1).join(' - ') : title.trim()
}
