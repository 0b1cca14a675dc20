import { MAX_QUERY_PARTS, parseArticle, parseSearchQuery } from '@marsad/core'
import { searchQueryCases } from '@marsad/core/testing'
import { describe, expect, it } from 'vitest'
import { buildSearchIndex, chunkOf, type SearchDoc, searchLayout, shardOf } from './search-index.ts'
import { bestSentence, highlight, lookupOf, matchesPhrases, postingsIn, rank } from './search-query.ts'

const texts = [
  'أكد الرئيس السوري أن المفاوضات مع الجانب الروسي مستمرة. وقال إن بلاده منفتحة على الحوار.',
  'سقط نظام بشار الأسد في كانون الأول. وغادر الأسد إلى موسكو.',
  'التقى مُحَمَّد بن سلمان وفداً أميركياً في الرياض. وتناول اللقاء والمفاوضات الجارية.',
  'ارتفعت أسعار النفط 3 في المئة. وتراجع الدولار أمام اليورو.',
]

function docsOf(list: string[]): SearchDoc[] {
  return list.map((text, index) => {
    const article = parseArticle({ id: `a${index}`, text })
    return {
      id: article.id,
      href: `/articles/${article.id}/`,
      title: article.sentences[0]!.text,
      outlet: null,
      sentences: article.sentences.map((sentence) => sentence.text),
    }
  })
}

/** The page's search: only the shards the lookup names are fetched, and every term asked for is recorded. */
function search(query: string, docs: SearchDoc[], asked: string[] = []) {
  const index = buildSearchIndex(docs)
  const lookup = lookupOf(query, index.layout)
  const fetched = new Map(lookup.shards.map((shard) => [shard, index.shards[shard]!]))
  const hits = rank(
    lookup.query.terms,
    (term) => {
      asked.push(term)
      return postingsIn(fetched.get(shardOf(term, index.layout)), term)
    },
    docs.length,
  )
  return hits
    .map((hit) => index.chunks[chunkOf(hit.doc, index.layout)]![hit.doc % index.layout.chunk]!)
    .filter((doc) => matchesPhrases(doc, lookup.query))
    .map((doc) => doc.id)
}

describe('static search', () => {
  const docs = docsOf(texts)

  it('looks up the terms and checks the phrases of each of the core’s pinned query cases', () => {
    // Each case's own query text is a document too: a case with terms must at least find that one.
    const own = searchQueryCases.filter((c) => c.query.trim())
    const all = docsOf([...texts, ...own.map((c) => c.query)])
    const large = searchLayout(10_000)
    for (const { query, terms, phrases } of searchQueryCases) {
      const lookup = lookupOf(query, large)
      expect(lookup.query, query).toEqual({ terms, phrases })
      expect(new Set(lookup.shards), query).toEqual(new Set(terms.map((term) => shardOf(term, large))))
      const asked: string[] = []
      const found = search(query, all, asked)
      expect(asked.sort(), query).toEqual([...terms].sort())
      if (terms.length === 0) expect(found, query).toEqual([])
      else expect(found, query).toContain(`a${texts.length + own.findIndex((c) => c.query === query)}`)
    }
  })

  it('matches spellings as the API does: hamza, diacritics and attached particles', () => {
    expect(search('الاسد', docs)).toEqual(['a1'])
    expect(search('محمد', docs)).toEqual(['a2'])
    expect(search('مفاوضات', docs).sort()).toEqual(['a0', 'a2'])
  })

  it('needs every query term, and ranks by weight', () => {
    expect(search('المفاوضات الرياض', docs)).toEqual(['a2'])
    expect(search('المفاوضات كوكب', docs)).toEqual([])
    expect(search('الأسد', docsOf([...texts, 'قال الأسد. ثم عاد الأسد. وبقي الأسد.']))[0]).toBe('a4')
  })

  it('leaves out function words, as the API does, unless nothing else is left', () => {
    expect(parseSearchQuery('في المفاوضات')).toEqual(parseSearchQuery('المفاوضات'))
    expect(search('الأسد في موسكو', docs)).toEqual(['a1'])
    expect(search('إلى', docs)).toEqual(['a1'])
    expect(parseSearchQuery('في من').terms).toHaveLength(2)
  })

  it('matches quoted text as a phrase, with straight, guillemet and curly quotes', () => {
    for (const query of ['"الجانب الروسي"', '«الجانب الروسي»', '“الجانب الروسي”']) {
      expect(parseSearchQuery(query).phrases).toEqual([parseSearchQuery('الجانب الروسي').terms])
      expect(search(query, docs)).toEqual(['a0'])
    }
    // Both words are in a0, but not side by side.
    expect(search('الروسي المفاوضات', docs)).toEqual(['a0'])
    expect(search('«الروسي المفاوضات»', docs)).toEqual([])
    // A phrase keeps its function words, and runs on across sentences as the API's analysed body does.
    expect(search('«الأسد في كانون»', docs)).toEqual(['a1'])
    expect(search('«الأول وغادر»', docs)).toEqual(['a1'])
    expect(search('«الأسد»  "سقط نظام"', docs)).toEqual(['a1'])
  })

  it('keeps at most MAX_QUERY_PARTS parts and ignores punctuation and unpaired quotes', () => {
    const words = Array.from({ length: 40 }, (_, i) => `كلمة${'ب'.repeat(i + 1)}`).join(' ')
    expect(parseSearchQuery(words).terms).toHaveLength(MAX_QUERY_PARTS)
    expect(parseSearchQuery('" " ** ()').terms).toEqual([])
    expect(parseSearchQuery('«»').terms).toEqual([])
    expect(parseSearchQuery('"الأسد').terms).toEqual(parseSearchQuery('الأسد').terms)
  })

  it('searches an article’s own title, never one made from its first sentence (the API has none)', () => {
    const doc = (title: string, derived: boolean): SearchDoc => ({
      id: derived ? 'derived' : 'own',
      href: '/',
      title,
      ...(derived && { derivedTitle: true as const }),
      outlet: null,
      sentences: ['بدأت المحادثات في جنيف.'],
    })
    const docs = [doc('محادثات مغلقة…', true), doc('محادثات مغلقة', false)]
    expect(search('مغلقة', docs)).toEqual(['own'])
    expect(search('«محادثات مغلقة»', docs)).toEqual(['own'])
  })

  it('finds nothing for an empty query and never meets Object.prototype', () => {
    expect(search('   ', docs)).toEqual([])
    expect(search('constructor', docs)).toEqual([])
    expect(search('__proto__', docs)).toEqual([])
  })

  it('splits large indexes into shards and chunks that cover every document once', () => {
    const many = docsOf(Array.from({ length: 300 }, (_, i) => `خبر رقم ${i} عن المفاوضات في دمشق.`))
    const index = buildSearchIndex(many)
    expect(index.layout).toEqual(searchLayout(300))
    expect(index.layout.shards).toBeGreaterThan(1)
    expect(index.chunks.flat().map((doc) => doc.id)).toEqual(many.map((doc) => doc.id))
    expect(search('دمشق', many)).toHaveLength(300)
    expect(search('125', many)).toEqual(['a125'])
  })

  it('highlights the matching words and picks the sentence holding most terms', () => {
    const terms = new Set(parseSearchQuery('الاسد موسكو').terms)
    const sentences = ['سقط نظام بشار الأسد في كانون الأول.', 'وغادر الأسد إلى موسكو.']
    expect(bestSentence(sentences, terms)).toBe(1)
    expect(bestSentence(['لا شيء هنا'], terms)).toBe(-1)
    const parts = highlight(sentences[1]!, terms)
    expect(parts.map((part) => part.text).join('')).toBe(sentences[1])
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(['الأسد', 'موسكو'])
  })
})
