import { describe, expect, it } from 'vitest'
import { comparedSpace } from '../src/compare/index.ts'
import { parseArticle } from '../src/index.ts'
import { candidatePairs, chosenPairs, VALUE_PAIR_FEATURE_COUNT, VALUE_PAIR_FEATURES } from './value-pairs.ts'

// Our own sentences: two reports of one election, one of them giving the winner's votes twice.
const articles = [
  parseArticle({
    id: 'a',
    text: 'أعلنت اللجنة أن سالم الكعبي حصل على مليون و204 آلاف صوت بنسبة 61.5% من الأصوات. وحصل الكعبي على مليون و204 آلاف صوت في الجولة الأولى.',
  }),
  parseArticle({
    id: 'b',
    text: 'فاز سالم الكعبي بعد أن نال مليونا و240 ألف صوت بنسبة 62.8% من الأصوات، وفق النتائج الرسمية.',
  }),
]

const candidates = () => {
  const { space, facts } = comparedSpace(articles)
  return candidatePairs(space, facts)
}

describe('candidate value pairs', () => {
  it('pairs values of one cue that differ, never a count with a share, each with every feature', () => {
    const { pairs } = candidates()
    const values = pairs.map(({ a, b }) => [a.quantity.value, b.quantity.value].sort().join(' / '))
    expect(new Set(values)).toEqual(new Set(['1204000 / 1240000', '61.5 / 62.8']))
    for (const { features } of pairs) expect(features).toHaveLength(VALUE_PAIR_FEATURE_COUNT)
    expect(VALUE_PAIR_FEATURES).toHaveLength(VALUE_PAIR_FEATURE_COUNT)
  })

  it('marks the pairs the rules show, and a model at a threshold shows one pair per value of an article', () => {
    const { pairs, hand } = candidates()
    expect(hand.length).toBeGreaterThan(0)
    expect(pairs.filter((pair) => pair.features[0] === 1)).toHaveLength(hand.length)
    // A model that trusts only the rules' verdict.
    const rulesOnly = {
      bias: -5,
      weights: [10, ...Array(VALUE_PAIR_FEATURE_COUNT - 1).fill(0)],
      threshold: 0.5,
    }
    const shown = chosenPairs(pairs, rulesOnly)
    const counts = shown.filter(({ a }) => a.quantity.unit === null)
    // The winner's votes are written twice in one article: one pair shows them, not two.
    expect(counts).toHaveLength(1)
    expect(chosenPairs(pairs, { ...rulesOnly, threshold: 1 })).toEqual([])
  })
})
