import * as z from 'zod'
import { analyze } from '../normalize/analyze.ts'

/** Terms and phrases a query keeps, in the order typed; the rest of a longer query is ignored. */
export const MAX_QUERY_PARTS = 16

export const SearchQuerySchema = z
  .object({
    terms: z
      .array(z.string().min(1))
      .describe('Every distinct analysed term of the query, in the order typed: a match holds them all.'),
    phrases: z
      .array(z.array(z.string().min(1)).min(2))
      .describe('Quoted parts of two or more terms: a match holds each with its terms side by side.'),
  })
  .meta({
    id: 'SearchQuery',
    description: 'What a search query asks for; empty `terms` when nothing searchable is left.',
  })

export type SearchQuery = z.infer<typeof SearchQuerySchema>

// Straight, guillemet and curly double quotes mark a phrase; an unpaired mark is ordinary punctuation.
const PHRASE = /"([^"]*)"|«([^»]*)»|“([^”]*)”/g
// A term of punctuation the tokenizer kept is nothing an index could hold.
const SEARCHABLE = /[\p{L}\p{N}]/u

type Segment = { quoted: boolean; text: string }

/**
 * Reads what a user typed the way both the API and the site search: the text goes through `analyze`, the
 * analyzer that built their indexes, so `الأسد` finds `الاسد` and `والمفاوضات` finds `مفاوضات`. Text in `"…"`,
 * `«…»` or `“…”` is a phrase and keeps its function words; elsewhere function words (في، من …) are left out unless
 * the query holds nothing else. Every term and phrase is required; at most `MAX_QUERY_PARTS` of them, repeats
 * counted once. Never throws: any string gives a query, with no terms when nothing searchable is left.
 */
export function parseSearchQuery(text: string): SearchQuery {
  const segments = segmentsOf(text)
  const loose = (dropStopwords: boolean) =>
    segments.some((segment) => !segment.quoted && termsOf(segment.text, dropStopwords).length > 0)
  const hasPhrase = segments.some((segment) => segment.quoted && termsOf(segment.text).length > 0)
  const dropStopwords = hasPhrase || loose(true)

  const keys = new Set<string>()
  const terms = new Set<string>()
  const phrases: string[][] = []
  for (const segment of segments) {
    const found = termsOf(segment.text, dropStopwords && !segment.quoted)
    const parts = segment.quoted ? (found.length > 0 ? [found] : []) : found.map((term) => [term])
    for (const part of parts) {
      const key = part.join(' ')
      if (keys.has(key)) continue
      if (keys.size === MAX_QUERY_PARTS) break
      keys.add(key)
      for (const term of part) terms.add(term)
      if (part.length > 1) phrases.push(part)
    }
  }
  return { terms: [...terms], phrases }
}

/** The query cut into quoted and unquoted text, in order. */
function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const match of text.matchAll(PHRASE)) {
    if (match.index > at) segments.push({ quoted: false, text: text.slice(at, match.index) })
    segments.push({ quoted: true, text: match[1] ?? match[2] ?? match[3] ?? '' })
    at = match.index + match[0].length
  }
  if (at < text.length) segments.push({ quoted: false, text: text.slice(at) })
  return segments
}

function termsOf(text: string, dropStopwords = false): string[] {
  return analyze(text, { dropStopwords })
    .map((term) => term.term)
    .filter((term) => SEARCHABLE.test(term))
}
