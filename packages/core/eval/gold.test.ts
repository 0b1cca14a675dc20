import { describe, expect, it } from 'vitest'
import { checkCache, loadGold, readCached } from './cache.ts'

// The gold is committed and must always be valid; the texts are not, so span checks need the cache (the annotation guideline in the core README).
describe('real-text gold', () => {
  const families = {
    real: loadGold('real').flatMap((gold) => gold.articles),
    stories: loadGold('stories').flatMap((gold) => gold.articles),
    clutter: loadGold('clutter').flatMap((gold) => gold.pages),
  }
  const all = Object.values(families).flat()

  it('loads only the files named when asked, so that training never opens a held-out file', () => {
    expect(loadGold('real', ['real-2', 'real-1']).map((gold) => gold.batch)).toEqual(['real-1', 'real-2'])
    expect(loadGold('stories', ['stories-1']).map((gold) => gold.corpus)).toEqual(['stories-1'])
    expect(loadGold('clutter', [])).toEqual([])
  })

  it('parses against its schema, with each id once', () => {
    const ids = all.map((page) => page.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('has spans inside each text and in order', () => {
    for (const article of families.real) {
      for (const item of [...article.quotes, ...article.dates]) {
        expect(item.start).toBeLessThan(item.end)
        expect(item.end).toBeLessThanOrEqual(article.chars)
      }
    }
    for (const page of families.clutter) {
      page.lines.forEach((line, i) => {
        expect(line.end).toBeLessThanOrEqual(page.chars)
        if (i > 0) expect(line.start).toBeGreaterThan(page.lines[i - 1]!.end)
      })
    }
  })

  const { present, changed } = checkCache(all)
  it.skipIf(present === 0)(
    'matches the cached texts it was annotated on (skipped when the cache is missing)',
    () => {
      expect(changed).toEqual([])
      for (const article of families.real) {
        const text = readCached(article.id)
        if (text === null) continue
        for (const quote of article.quotes.filter((q) => q.kind === 'direct')) {
          expect(text.slice(quote.start, quote.end).trim().length).toBeGreaterThan(0)
        }
      }
    },
  )
})
