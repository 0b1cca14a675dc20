/**
 * What to search the stored pages with to find an annotated text again: the words its URL carries (many Arabic
 * outlets put the headline in the path, percent-encoded) and the names its gold holds. The search is by meaning, not
 * by address, so the URL itself finds nothing; its words and the article's names do.
 */
export function restoreHints(url: string, names: readonly string[]): string[] {
  const hints: string[] = []
  const slug = urlWords(url)
  if (slug !== '') hints.push(slug)
  for (const name of names) if (!hints.includes(name)) hints.push(name)
  return hints.slice(0, 8)
}

/** The longest path segment of `url` that reads as words (decoded, dashes and underscores as spaces), or ''. */
export function urlWords(url: string): string {
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return ''
  }
  const segments = path.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment)
    } catch {
      return segment
    }
  })
  const words = segments
    .map((segment) =>
      segment
        .replace(/\.[a-z]{2,5}$/i, '')
        .replace(/[-_+]+/g, ' ')
        .trim(),
    )
    .filter((segment) => /\p{L}{3,}.*\s.*\p{L}{3,}/u.test(segment))
  return words.sort((a, b) => b.length - a.length)[0] ?? ''
}
