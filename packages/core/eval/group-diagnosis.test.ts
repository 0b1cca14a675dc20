import { describe, expect, it } from 'vitest'
import { PAIR_WEIGHTS } from '../src/cluster/pair-weights.ts'
import { type Article, parseArticle, storiesOf } from '../src/index.ts'
import { groupPairs } from './group-diagnosis.ts'
import { MATCH_EVENTS, MATCH_REPORTS } from './match-reports.ts'

// Undated: the same teams' matches are kept apart by what their leads say, not by days.
const articles: Article[] = Object.entries(MATCH_REPORTS).map(([id, text]) => parseArticle({ id, text }))
const corpus = { name: 'own', runs: [{ dated: false, articles }], event: new Map(MATCH_EVENTS) }

describe('stories left apart, as wholes', () => {
  it('lists the pairs of stories whose words meet, each weighed by the product of their sizes', () => {
    const stories = storiesOf(articles).map((story) => [...story.articleIds].sort().join(' '))
    expect(stories.sort()).toEqual(['portugal', 'rain', 'spain-1 spain-2'])
    const pairs = groupPairs(corpus, articles, PAIR_WEIGHTS)
    // The two matches share words; the weather report shares none with them.
    expect(pairs).toHaveLength(1)
    expect(pairs[0]).toMatchObject({ same: false, weight: 2 })
    expect(pairs[0]!.cosine).toBeGreaterThan(0)
    expect(pairs[0]!.cosine).toBeLessThan(1)
  })

  it('reads the conflict that keeps the two matches apart: each names a state the other lacks', () => {
    const [pair] = groupPairs(corpus, articles, PAIR_WEIGHTS)
    expect(pair!.conflicts).toBe(1)
    expect(pair!.daysApart).toBe(false)
  })
})
