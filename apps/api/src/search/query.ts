import { analyze } from '@marsad/core'

export interface SearchQuery {
  /** An FTS5 MATCH expression made only of double-quoted analysed terms and phrases. */
  match: string
  /** Every analysed term of the query, for highlighting. */
  terms: ReadonlySet<string>
}

/** Terms and phrases a query keeps; the rest of a longer query is ignored. */
export const MAX_QUERY_PARTS = 16

// Straight, guillemet and curly double quotes mark a phrase; an unpaired mark is ordinary punctuation.
const PHRASE = /"([^"]*)"|«([^»]*)»|“([^”]*)”/g
const SEARCHABLE = /[\p{L}\p{N}]/u

/**
 * Turns what a reader typed into a safe FTS5 query: the text goes through the core's analyzer (the same one that
 * built the index), so `الأسد` finds `الاسد` and `والمفاوضات` finds `مفاوضات`. Quoted parts become phrases, the
 * rest single terms, all required. FTS5 syntax in the input (`"`, `*`, `NEAR(`, `AND`, `:`) never reaches SQLite
 * as syntax: each term is emitted as a quoted string. Null when nothing searchable is left.
 */
export function buildSearchQuery(text: string): SearchQuery | null {
  const parts: string[] = []
  const terms = new Set<string>()
  const add = (part: string[]) => {
    if (part.length === 0 || parts.length >= MAX_QUERY_PARTS) return
    const expression = quote(part.join(' '))
    if (parts.includes(expression)) return
    parts.push(expression)
    for (const term of part) terms.add(term)
  }

  const rest = text.replace(PHRASE, (_, straight, guillemets, curly) => {
    add(termsOf(straight ?? guillemets ?? curly ?? ''))
    return ' '
  })
  const words = termsOf(rest, true)
  for (const term of words.length > 0 ? words : termsOf(rest)) add([term])
  return parts.length === 0 ? null : { match: parts.join(' '), terms }
}

function termsOf(text: string, dropStopwords = false): string[] {
  return analyze(text, { dropStopwords })
    .map((t) => t.term)
    .filter((term) => SEARCHABLE.test(term))
}

function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`
}
