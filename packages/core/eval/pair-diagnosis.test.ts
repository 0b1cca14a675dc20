import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.ts'
import { MATCH_EVENTS, MATCH_REPORTS } from './match-reports.ts'
import { diagnoseRun } from './pair-diagnosis.ts'
import { articlePairs } from './pair-training.ts'

const articles = Object.entries(MATCH_REPORTS).map(([id, text]) =>
  parseArticle({ id, text, publishedAt: '2025-12-06' }),
)
const event = new Map(MATCH_EVENTS)
const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0)
const corpus = { name: 'own', runs: [{ dated: true, articles }], event }

describe('diagnosing the link', () => {
  it('counts every pair sharing a term once, in one band, and the pairs of one event that share none', () => {
    const d = diagnoseRun(corpus, corpus.runs[0]!)
    expect(sum(d.same) + sum(d.other)).toBe(articlePairs(articles).length)
    expect(sum(d.same) + d.disjoint).toBe(1)
    expect(d.split.every((split, k) => split <= d.same[k]!)).toBe(true)
    expect(d.joined.every((joined, k) => joined <= d.other[k]!)).toBe(true)
  })

  it('scores the stories and average link over every pair against gold', () => {
    const d = diagnoseRun(corpus, corpus.runs[0]!)
    expect(d.core.f1).toBe(1)
    expect(d.complete.f1).toBe(1)
    expect(sum(d.split)).toBe(0)
  })
})
