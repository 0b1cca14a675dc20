import { parseSearchQuery, type SearchQuery } from '@marsad/core'

export interface FtsQuery {
  /** An FTS5 MATCH expression of double-quoted analysed terms and phrases, and operators built by `toFtsMatch`. */
  match: string
  /** Every analysed term the query looks for, alternatives included and exclusions left out, for highlighting. */
  terms: ReadonlySet<string>
}

/**
 * Renders the core's reading of a query for FTS5. Every phrase and term is one quoted string, so `"`, `*`, `NEAR(`,
 * `AND` or `column:` in what the reader typed cannot reach SQLite as syntax; the only operators are the ones built
 * here. Required parts are joined by AND, each `anyOf` group is `("a" OR "b")`, and exclusions
 * follow one `NOT`, the whole positive side in parentheses because FTS5 binds NOT tighter than AND
 * (https://sqlite.org/fts5.html#fts5_boolean_operators). Null when nothing positive is asked for: FTS5 has no
 * query of exclusions alone.
 */
export function toFtsMatch(query: SearchQuery): string | null {
  const inPhrases = new Set(query.phrases.flat())
  const parts = [
    ...query.phrases.map((phrase) => quote(phrase.join(' '))),
    ...query.terms.filter((term) => !inPhrases.has(term)).map(quote),
    ...query.anyOf.map(
      (group) => `(${group.map((alternative) => quote(alternative.join(' '))).join(' OR ')})`,
    ),
  ]
  if (parts.length === 0) return null
  // Implicit AND works only between phrases in SQLite's FTS5 grammar: beside a parenthesised group it must be said.
  const positive = parts.join(query.anyOf.length > 0 ? ' AND ' : ' ')
  if (query.excluded.length === 0) return positive
  const excluded = query.excluded.map((part) => quote(part.join(' ')))
  return `(${positive}) NOT ${excluded.length === 1 ? excluded[0] : `(${excluded.join(' OR ')})`}`
}

/** What a reader typed as an FTS5 query, read by the core's `parseSearchQuery`; null when nothing is searchable. */
export function buildSearchQuery(text: string): FtsQuery | null {
  const query = parseSearchQuery(text)
  const match = toFtsMatch(query)
  return match === null ? null : { match, terms: new Set([...query.terms, ...query.anyOf.flat(2)]) }
}

function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`
}
