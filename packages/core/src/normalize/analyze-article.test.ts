import { describe, expect, it } from 'vitest'
import { parseArticle } from '../structure/parse-article.ts'
import { analyzeArticle } from './analyze-article.ts'

describe('analyzeArticle', () => {
  it('splits words fused across a heading and its paragraph, with offsets into the article', () => {
    const article = parseArticle('وصل الوفد إلى العاصمة.دعم سورياوأكد الوزير استعداد بلاده.')
    const terms = analyzeArticle(article)
    expect(terms.map((t) => t.term)).toContain('سوريا')
    expect(terms.map((t) => t.term)).toContain('اكد')
    for (const term of terms) expect(article.text.slice(term.start, term.end)).not.toMatch(/\s/)
    const syria = terms.find((t) => t.term === 'سوريا')!
    expect(article.text.slice(syria.start, syria.end)).toBe('سوريا')
  })
})
