import { parseSearchQuery, type SearchQuery } from '@marsad/core'

export interface FtsQuery {
  /** An FTS5 MATCH expression made only of double-quoted analysed terms and phrases. */
  match: string
  /** Every analysed term of the query, for highlighting. */
  terms: ReadonlySet<string>
}

/**
 * Renders the core's reading of a query for FTS5: each phrase, and each term no phrase holds, as one quoted
 * string, all required (FTS5 joins them with AND). Terms are analysed text, and a quoted string is never syntax,
 * so `"`, `*`, `NEAR(`, `AND` or `column:` in what the reader typed cannot reach SQLite as such. Null when the
 * query has no terms.
 */
export function toFtsMatch(query: SearchQuery): string | null {
  const inPhrases = new Set(query.phrases.flat())
  const parts = [
    ...query.phrases.map((phrase) => phrase.join(' ')),
    ...query.terms.filter((term) => !inPhrases.has(term)),
  ]
  return parts.length === 0 ? null : parts.map(quote).join(' ')
}

/** What a reader typed as an FTS5 query, read by the core's `parseSearchQuery`; null when nothing is searchable. */
export function buildSearchQuery(text: string): FtsQuery | null {
  const query = parseSearchQuery(text)
  const match = toFtsMatch(query)
  return match === null ? null : { match, terms: new Set(query.terms) }
}

function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`
}
