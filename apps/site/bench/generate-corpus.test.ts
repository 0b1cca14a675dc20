import { parseArticle } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { generateCorpus } from './generate-corpus.ts'

describe('generateCorpus', () => {
  const corpus = generateCorpus(200)
  const parsedOnce = corpus.map((input) => parseArticle(input))

  it('gives exactly the asked number of articles, with unique ids, deterministically', () => {
    expect(corpus).toHaveLength(200)
    expect(new Set(corpus.map((article) => article.id)).size).toBe(200)
    expect(generateCorpus(200)).toEqual(corpus)
    expect(generateCorpus(200, 2)).not.toEqual(corpus)
  })

  it('writes Arabic news articles the core parses, with outlets, dates and some subheadings', () => {
    const parsed = parsedOnce
    expect(parsed.every((article) => article.sentences.length >= 2)).toBe(true)
    expect(parsed.some((article) => article.blocks.some((block) => block.kind === 'heading'))).toBe(true)
    expect(new Set(corpus.map((article) => article.source?.name)).size).toBeGreaterThan(4)
    expect(corpus.every((article) => !Number.isNaN(Date.parse(article.publishedAt ?? '')))).toBe(true)
  })

  it('has events told by several outlets, and wire copies', () => {
    const texts = new Map<string, number>()
    for (const article of corpus) texts.set(article.text, (texts.get(article.text) ?? 0) + 1)
    expect([...texts.values()].some((copies) => copies > 1)).toBe(true)
    const sentences = new Map<string, number>()
    for (const article of parsedOnce) {
      for (const { text } of new Set(article.sentences)) sentences.set(text, (sentences.get(text) ?? 0) + 1)
    }
    const told = [...sentences.values()].filter((outlets) => outlets > 1).length
    expect(told).toBeGreaterThan(100)
  })
})
