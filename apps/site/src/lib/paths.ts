import { fnv1a } from './hash.ts'

const safeId = /^[A-Za-z0-9_-]{1,80}$/
const unsafeRun = /[^\p{L}\p{N}_-]+/gu

/**
 * A URL path segment for an id. Plain ASCII ids are kept as they are; any other id (`story:…`, Arabic entity
 * ids, ids with slashes or bidi controls) keeps its letters and digits and gains a hash of the whole id, so two
 * ids never share a segment and no segment can climb out of its folder.
 */
export function slug(id: string): string {
  if (safeId.test(id)) return id
  const readable = id
    .normalize('NFC')
    .replace(unsafeRun, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  const tag = fnv1a(id).toString(36)
  return readable === '' ? tag : `${readable}-${tag}`
}

export const routes = {
  home: '/',
  search: '/search/',
  entities: '/entities/',
  rss: '/rss.xml',
  article: (id: string) => `/articles/${slug(id)}/`,
  story: (id: string) => `/stories/${slug(id)}/`,
  entity: (id: string) => `/entities/${slug(id)}/`,
}

/** Anchor of a sentence on an article page. */
export const sentenceAnchor = (index: number) => `s${index}`
