import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../normalize/analyze.ts'
import { MAX_QUERY_PARTS, parseSearchQuery, SearchQuerySchema } from './search-query.ts'
import { searchQueryCases } from './search-query-cases.ts'

describe('parseSearchQuery', () => {
  it.each(searchQueryCases)('$rule: $query', ({ query, rule: _, ...expected }) => {
    expect(parseSearchQuery(query)).toEqual(expected)
  })

  it('reads a query by the analyzer that builds the indexes', () => {
    expect(parseSearchQuery('الأسد')).toEqual(parseSearchQuery('الاسد'))
    expect(parseSearchQuery('وزير المياه').terms).toEqual(analyze('وزير المياه').map((t) => t.term))
  })

  it('keeps phrases in the order typed and counts each once', () => {
    expect(parseSearchQuery('«خطة طارئة» "سقط نظام" «خطة طارئة»').phrases).toEqual([
      ['خطه', 'طارء'],
      ['سقط', 'نظام'],
    ])
  })

  it('counts each alternative and each exclusion as a part of the sixteen', () => {
    const words = Array.from({ length: 20 }, (_, i) => `كلمة${'ب'.repeat(i + 1)}`)
    const chain = parseSearchQuery(
      `${words.slice(0, 10).join(' OR ')} ${words
        .slice(10)
        .map((w) => `-${w}`)
        .join(' ')}`,
    )
    expect(chain.anyOf[0]).toHaveLength(10)
    expect(chain.excluded).toHaveLength(MAX_QUERY_PARTS - 10)
    expect(parseSearchQuery(`${words.slice(0, 15).join(' ')} ${words[15]} OR ${words[16]}`).anyOf).toEqual([])
  })

  it('counts a phrase as one part of the sixteen, whatever its length', () => {
    const long = `«${Array.from({ length: 30 }, () => 'سوريا روسيا').join(' ')}»`
    const query = parseSearchQuery(`${long} ${searchQueryCases.at(-1)!.query}`)
    expect(query.phrases).toHaveLength(1)
    expect(query.phrases[0]).toHaveLength(60)
    expect(query.terms).toHaveLength(2 + MAX_QUERY_PARTS - 1)
  })

  it('never throws, and gives at most sixteen parts (alternatives and exclusions included) of distinct analyzer stems of the query', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            ...['الأسد', 'في', 'مُحَمَّد', 'والمفاوضات', '"', '«', '»', '“', '”', ' ', 'NEAR(', '*', 'AND'],
            ...[' OR ', 'OR', '-', ' -', 'أو'],
            ...['\u200f', '\u202e', 'ـ', 'ً', 'ٔ', '\ud800', '٣٫٥', 'x:'],
          ),
          { maxLength: 60 },
        )
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(text, (query) => {
        const parsed = SearchQuerySchema.parse(parseSearchQuery(query))
        const stems = new Set(analyze(query).map((t) => t.term))
        for (const term of parsed.terms) expect(stems).toContain(term)
        expect(new Set(parsed.terms).size).toBe(parsed.terms.length)
        for (const term of [...parsed.anyOf.flat(2), ...parsed.excluded.flat()]) expect(stems).toContain(term)
        for (const phrase of parsed.phrases) for (const term of phrase) expect(parsed.terms).toContain(term)
        for (const group of parsed.anyOf) {
          expect(new Set(group.map((alternative) => alternative.join(' '))).size).toBe(group.length)
        }
        if (!query.includes('OR')) expect(parsed.anyOf).toEqual([])
        if (!query.includes('-')) expect(parsed.excluded).toEqual([])
        const inPhrases = new Set(parsed.phrases.flat())
        const loose = parsed.terms.filter((term) => !inPhrases.has(term))
        const parts =
          parsed.phrases.length + loose.length + parsed.anyOf.flat().length + parsed.excluded.length
        expect(parts).toBeLessThanOrEqual(MAX_QUERY_PARTS)
      }),
      { numRuns: 3000, seed: 16 },
    )
  })
})
