/**
 * A URL path segment for an id: the id itself, percent-encoded, so that pages rendered on demand read it back
 * from the address exactly and no id (`../`, `/`, `?#`) can reach outside its folder.
 */
export const segment = (id: string) => encodeURIComponent(id)

export const routes = {
  home: '/',
  singles: '/reports/',
  search: '/search/',
  entities: '/entities/',
  rss: '/rss.xml',
  sitemap: '/sitemap.xml',
  article: (id: string) => `/articles/${segment(id)}/`,
  story: (id: string) => `/stories/${segment(id)}/`,
  entity: (id: string) => `/entities/${segment(id)}/`,
}

/** Anchor of a sentence on an article page. */
export const sentenceAnchor = (index: number) => `s${index}`

/** The id a path segment stands for: Astro hands route parameters over still percent-encoded. Null if malformed. */
export function idOf(param: string | undefined): string | null {
  if (!param) return null
  try {
    return decodeURIComponent(param)
  } catch {
    return null
  }
}
