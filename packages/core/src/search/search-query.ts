import * as z from 'zod'
import { analyzeInto } from '../normalize/analyze.ts'

/** Parts a query keeps (required terms and phrases, alternatives, exclusions), in the order typed; the rest is ignored. */
export const MAX_QUERY_PARTS = 16

const Part = z.array(z.string().min(1)).min(1)

export const SearchQuerySchema = z
  .object({
    terms: z
      .array(z.string().min(1))
      .describe(
        'Every distinct analysed term of the required parts, in the order typed: a match holds them all.',
      ),
    phrases: z
      .array(z.array(z.string().min(1)).min(2))
      .describe(
        'Required quoted parts of two or more terms: a match holds each with its terms side by side.',
      ),
    anyOf: z
      .array(z.array(Part).min(2))
      .describe(
        'Groups of alternatives joined by `OR`, each alternative a term or a phrase as its terms: a match holds at least one alternative of every group.',
      ),
    excluded: z
      .array(Part)
      .describe('Parts after `-`, each a term or a phrase as its terms: a match holds none of them.'),
  })
  .meta({
    id: 'SearchQuery',
    description:
      'What a search query asks for; nothing is searchable when `terms` and `anyOf` are both empty, whatever `excluded` holds.',
  })

export type SearchQuery = z.infer<typeof SearchQuerySchema>

// Straight, guillemet and curly double quotes mark a phrase; an unpaired mark is ordinary punctuation.
const PHRASE = /"([^"]*)"|«([^»]*)»|“([^”]*)”/g
// A term of punctuation the tokenizer kept is nothing an index could hold.
const SEARCHABLE = /[\p{L}\p{N}]/u
// Only the uppercase Latin word is an operator: Arabic أو is an everyday word ("or", but also part of names and
// phrases such as «أو غيره»), and a lowercase `or` is as likely a word as an operator.
const OR = 'OR'

type Segment = { quoted: boolean; text: string }

/** A word or phrase as typed, before function words are weighed. */
type Unit =
  | { kind: 'or' }
  | { kind: 'word'; text: string; negated: boolean }
  | { kind: 'phrase'; text: string; negated: boolean }

/** A part of the query once read: its terms, and whether `-` or an `OR` made it an operand. */
type Item =
  | { kind: 'required'; terms: string[]; content: string[]; quoted: boolean }
  | { kind: 'excluded'; terms: string[] }
  | { kind: 'anyOf'; alternatives: string[][] }

/**
 * Reads what a user typed the way both the API and the site search: the text goes through `analyze`, the
 * analyzer that built their indexes, so `الأسد` finds `الاسد` and `والمفاوضات` finds `مفاوضات`. Text in `"…"`,
 * `«…»` or `“…”` is a phrase and keeps its function words; elsewhere function words (في، من …) are left out unless
 * the query holds nothing else. `A OR B` (uppercase Latin `OR` between two words or phrases) asks for either;
 * `-word` and `-"phrase"` exclude; operands keep their function words. Every other term and phrase is required; at
 * most `MAX_QUERY_PARTS` parts, repeats counted once. Never throws: any string gives a query, with no terms and
 * no alternatives when nothing searchable is left.
 */
export function parseSearchQuery(text: string): SearchQuery {
  const items = itemsOf(unitsOf(segmentsOf(text)))
  // Function words outside phrases and operands drop when anything else is asked for.
  const dropStopwords = items.some(
    (item) =>
      item.kind === 'anyOf' ||
      (item.kind === 'required' && (item.quoted ? item.terms : item.content).length > 0),
  )

  const keys = new Set<string>()
  const terms = new Set<string>()
  const phrases: string[][] = []
  const anyOf: string[][][] = []
  const excluded: string[][] = []
  const room = (count: number) => keys.size + count <= MAX_QUERY_PARTS
  outer: for (const item of items) {
    if (item.kind === 'anyOf') {
      const key = `|${item.alternatives.map((alternative) => alternative.join(' ')).join('|')}`
      if (keys.has(key)) continue
      if (!room(item.alternatives.length)) break
      // Each alternative takes a place of its own, so that a long OR chain cannot outgrow the limit.
      keys.add(key)
      for (let i = 1; i < item.alternatives.length; i++) keys.add(`${key}#${i}`)
      anyOf.push(item.alternatives)
      continue
    }
    const found = item.kind === 'required' && dropStopwords && !item.quoted ? item.content : item.terms
    // The terms of one unquoted word (`col:دمشق`) are required each on its own, as if typed apart.
    const parts =
      item.kind === 'required' && !item.quoted ? found.map((term) => [term]) : found.length > 0 ? [found] : []
    for (const part of parts) {
      const key = `${item.kind === 'excluded' ? '-' : ''}${part.join(' ')}`
      if (keys.has(key)) continue
      if (!room(1)) break outer
      keys.add(key)
      if (item.kind === 'excluded') excluded.push(part)
      else {
        for (const term of part) terms.add(term)
        if (part.length > 1) phrases.push(part)
      }
    }
  }
  return { terms: [...terms], phrases, anyOf, excluded }
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

/** Words, phrases and `OR`s in order; a `-` at the start of a word, or alone right before a phrase, negates it. */
function unitsOf(segments: Segment[]): Unit[] {
  const units: Unit[] = []
  let negateNext = false
  for (const segment of segments) {
    if (segment.quoted) {
      units.push({ kind: 'phrase', text: segment.text, negated: negateNext })
      negateNext = false
      continue
    }
    const words = segment.text.split(/\s+/).filter((word) => word !== '')
    const endsWithDash = /(?:^|\s)-$/.test(segment.text)
    if (endsWithDash) words.pop()
    for (const word of words) {
      if (word === OR) units.push({ kind: 'or' })
      else if (word.startsWith('-')) units.push({ kind: 'word', text: word.slice(1), negated: true })
      else units.push({ kind: 'word', text: word, negated: false })
    }
    negateNext = endsWithDash
  }
  return units
}

/** Units read into parts: `OR` joins the operands beside it, and is a word when it has no operand on a side. */
function itemsOf(units: Unit[]): Item[] {
  const operand = (unit: Unit | undefined): string[] | null => {
    if (unit === undefined || unit.kind === 'or' || unit.negated) return null
    const found = termsOf(unit.text)
    return found.length > 0 ? found : null
  }
  const items: Item[] = []
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    const first = operand(unit)
    if (first !== null && units[i + 1]?.kind === 'or' && operand(units[i + 2]) !== null) {
      const alternatives = [first]
      while (units[i + 1]?.kind === 'or') {
        const next = operand(units[i + 2])
        if (next === null) break
        alternatives.push(next)
        i += 2
      }
      const distinct = [...new Map(alternatives.map((a) => [a.join(' '), a])).values()]
      items.push(
        distinct.length > 1
          ? { kind: 'anyOf', alternatives: distinct }
          : { kind: 'required', terms: distinct[0]!, content: distinct[0]!, quoted: true },
      )
      continue
    }
    if (unit.kind !== 'or' && unit.negated) items.push({ kind: 'excluded', terms: termsOf(unit.text) })
    else {
      const text = unit.kind === 'or' ? OR : unit.text
      const quoted = unit.kind === 'phrase'
      items.push({ kind: 'required', terms: termsOf(text), content: termsOf(text, true), quoted })
    }
  }
  return items
}

function termsOf(text: string, dropStopwords = false): string[] {
  const terms: string[] = []
  analyzeInto(
    text,
    (term) => {
      if (SEARCHABLE.test(term)) terms.push(term)
    },
    { dropStopwords },
  )
  return terms
}
