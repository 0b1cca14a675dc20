import { MAX_QUERY_PARTS, parseSearchQuery } from '@marsad/core'
import { searchQueryCases } from '@marsad/core/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Ingestor } from '../ingest/ingestor.ts'
import { searchArticles } from '../storage/sql/search.ts'
import { createSqlRepository } from '../storage/sql-repository.ts'
import { openSqlite } from '../storage/sqlite/open.ts'
import { buildSearchQuery, toFtsMatch } from './query.ts'

const OPERATORS_ONLY = /^(?:T|\(|\)|AND|OR|NOT| )+$/
const outsideQuotes = (match: string) => match.replaceAll(/"(?:[^"]|"")+"/g, 'T')

const fortyWords = searchQueryCases.find((c) => c.query.split(' ').length === 40)!.query

// The MATCH expression of each of the core's pinned query cases: a case added there must be rendered here too.
const MATCH: Record<string, string | null> = {
  الاسد: '"اسد"',
  الأسد: '"اسد"',
  مُحَمَّد: '"محمد"',
  محمد: '"محمد"',
  مفاوضات: '"مفاوض"',
  والمفاوضات: '"مفاوض"',
  'في المفاوضات': '"مفاوض"',
  'في من': '"في" "من"',
  إلى: '"الي"',
  '«الجانب الروسي»': '"جانب روس"',
  '“خطة طارئة”': '"خطه طارء"',
  '"الأسد في كانون" موسكو الأسد': '"اسد في كان" "موسكو"',
  '«سقط نظام» في': '"سقط نظام"',
  '«الأسد» الاسد': '"اسد"',
  '"الأسد': '"اسد"',
  'NEAR(سوريا روسيا) AND * OR "title:x" col:دمشق^ -':
    '"title x" "near" "سوريا" "روسيا" "and" "or" "col" "دمشق"',
  'الأسد OR موسكو المفاوضات': '"مفاوض" AND ("اسد" OR "موسكو")',
  '«الجانب الروسي» OR موسكو OR واشنطن': '("جانب روس" OR "موسكو" OR "واشنطن")',
  'المفاوضات -جنيف -«الجانب الروسي»': '("مفاوض") NOT ("جنيف" OR "جانب روس")',
  'سوريا أو روسيا or تركيا': '"سوريا" "روسيا" "or" "تركيا"',
  'OR سوريا - روسيا OR': '"or" "سوريا" "روسيا"',
  'الأسد OR الاسد': '"اسد"',
  '-سوريا -"الجانب الروسي"': null,
  '" " ** ()': null,
  '«»': null,
  '': null,
  ' \t\n ': null,
  [fortyWords]:
    '"اعلنت" "وزار" "خارج" "سور" "يوم" "وفد" "رسم" "سيزور" "موسكو" "اسبوع" "مقبل" "لبحث" "ملف" "تعا" "اقتصاد" "اعاد"',
}

describe('the shared query cases in FTS5', () => {
  it('renders each case of the core as its pinned MATCH expression', () => {
    for (const { query, rule: _, ...expected } of searchQueryCases) {
      const built = buildSearchQuery(query)
      expect(parseSearchQuery(query), query).toEqual(expected)
      const terms = [...new Set([...expected.terms, ...expected.anyOf.flat(2)])]
      expect(Object.hasOwn(MATCH, query), `no MATCH pinned for ${JSON.stringify(query)}`).toBe(true)
      expect(built?.match ?? null, query).toBe(MATCH[query])
      expect(built === null ? [] : [...built.terms], query).toEqual(built === null ? [] : terms)
    }
  })

  it('runs every case against SQLite FTS5 without an error, finding what the core’s terms name', async () => {
    const driver = openSqlite(':memory:')
    await new Ingestor(createSqlRepository(driver)).ingest([
      { id: 'assad', text: 'سقط نظام بشار الأسد في كانون الأول. وغادر الأسد إلى موسكو.' },
      { id: 'talks', text: 'أكد الوزير أن المفاوضات مع الجانب الروسي مستمرة.' },
    ])
    const found: Record<string, string[]> = {}
    for (const { query } of searchQueryCases) {
      const match = buildSearchQuery(query)?.match
      if (match === undefined) continue
      const rows = await searchArticles(driver, { match, limit: 10, offset: 0 })
      found[query] = rows.map((row) => row.id).sort()
    }
    expect(found.الاسد).toEqual(['assad'])
    expect(found.والمفاوضات).toEqual(['talks'])
    expect(found['«الجانب الروسي»']).toEqual(['talks'])
    expect(found['"الأسد في كانون" موسكو الأسد']).toEqual(['assad'])
    expect(found['«سقط نظام» في']).toEqual(['assad'])
    expect(found['الأسد OR موسكو المفاوضات']).toEqual([])
    expect(found['«الجانب الروسي» OR موسكو OR واشنطن']).toEqual(['assad', 'talks'])
    expect(found['المفاوضات -جنيف -«الجانب الروسي»']).toEqual([])
  })

  it('finds either alternative of OR, and nothing that holds an excluded word or phrase', async () => {
    const driver = openSqlite(':memory:')
    await new Ingestor(createSqlRepository(driver)).ingest([
      { id: 'moscow', text: 'وصل الوفد السوري إلى موسكو لإجراء المفاوضات مع الجانب الروسي.' },
      { id: 'geneva', text: 'استؤنفت المفاوضات في جنيف بحضور المبعوث الأممي.' },
      { id: 'washington', text: 'وصل الوفد إلى واشنطن لبحث المفاوضات التجارية.' },
    ])
    const ids = async (text: string) =>
      (await searchArticles(driver, { match: buildSearchQuery(text)!.match, limit: 10, offset: 0 }))
        .map((row) => row.id)
        .sort()
    expect(await ids('موسكو OR جنيف')).toEqual(['geneva', 'moscow'])
    expect(await ids('المفاوضات موسكو OR واشنطن')).toEqual(['moscow', 'washington'])
    expect(await ids('المفاوضات -جنيف')).toEqual(['moscow', 'washington'])
    expect(await ids('المفاوضات -"الجانب الروسي" -واشنطن')).toEqual(['geneva'])
    expect(await ids('الوفد OR جنيف -موسكو')).toEqual(['geneva', 'washington'])
  })

  it('quotes a term holding a double quote by doubling it', () => {
    const none = { anyOf: [], excluded: [] }
    expect(toFtsMatch({ terms: ['a"b'], phrases: [], ...none })).toBe('"a""b"')
    expect(toFtsMatch({ terms: [], phrases: [], anyOf: [[['a OR b'], ['"c']]], excluded: [['NOT d']] })).toBe(
      '(("a OR b" OR """c")) NOT "NOT d"',
    )
    expect(toFtsMatch({ terms: [], phrases: [], ...none })).toBeNull()
  })
})

describe('buildSearchQuery', () => {
  it('analyses words the way the index was built: alef forms, diacritics and prefixes fold away', () => {
    expect(buildSearchQuery('الأسد')?.match).toBe(buildSearchQuery('الاسد')?.match)
    expect(buildSearchQuery('مُحَمَّد')?.match).toBe(buildSearchQuery('محمد')?.match)
    expect(buildSearchQuery('والمفاوضات')?.match).toBe(buildSearchQuery('مفاوضات')?.match)
  })

  it('requires every word, each as a quoted term', () => {
    const query = buildSearchQuery('وزير المياه')!
    expect(query.match).toMatch(/^"[^"]+" "[^"]+"$/)
    expect(query.terms.size).toBe(2)
  })

  it('turns quoted text into a phrase, with straight, guillemet and curly quotes', () => {
    for (const text of ['"خطة طارئة"', '«خطة طارئة»', '“خطة طارئة”']) {
      const query = buildSearchQuery(text)!
      expect(query.match).toMatch(/^"\S+ \S+"$/)
    }
  })

  it('leaves out function words outside phrases when other words remain', () => {
    const alone = buildSearchQuery('المياه')!
    expect(buildSearchQuery('في المياه')!.match).toBe(alone.match)
  })

  it('keeps FTS5 syntax as plain words', () => {
    const query = buildSearchQuery('NEAR(سوريا روسيا) AND * OR title:x')!
    expect(query.match).not.toMatch(/NEAR\(|\*|:/)
    for (const part of query.match.split(' ')) expect(part).toMatch(/^"[^"]*"$/)
  })

  it('answers null when nothing searchable is left', () => {
    expect(buildSearchQuery('')).toBeNull()
    expect(buildSearchQuery('" " ** ()')).toBeNull()
    expect(buildSearchQuery('«»')).toBeNull()
  })

  it('keeps at most MAX_QUERY_PARTS parts', () => {
    const words = Array.from({ length: 40 }, (_, i) => `كلمة${'ب'.repeat(i + 1)}`).join(' ')
    expect(buildSearchQuery(words)!.match.split('" "').length).toBe(MAX_QUERY_PARTS)
  })

  it('emits only balanced quoted strings for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const query = buildSearchQuery(text)
        if (query === null) return
        // Outside quoted strings only the renderer's own AND, OR, NOT and parentheses: no column filter, prefix
        // star, NEAR or caret can appear.
        expect(outsideQuotes(query.match)).toMatch(OPERATORS_ONLY)
      }),
      { numRuns: 2000, seed: 6 },
    )
    const words = fc.constantFrom(
      'الأسد',
      'OR',
      '-',
      '"',
      '«',
      '»',
      ' ',
      'NOT',
      '(',
      ')',
      '*',
      'col:',
      'جنيف',
    )
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (parts) => {
        const match = buildSearchQuery(parts.join(''))?.match
        if (match !== undefined) expect(outsideQuotes(match)).toMatch(OPERATORS_ONLY)
      }),
      { numRuns: 2000, seed: 16 },
    )
  })
})
