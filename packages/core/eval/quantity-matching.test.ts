import { describe, expect, it } from 'vitest'
import { comparedSpace } from '../src/compare/index.ts'
import { parseArticle } from '../src/index.ts'
import {
  MATCH_FEATURES,
  matchedCandidates,
  matchedDisagreements,
  matchPairs,
  SECOND_FEATURES,
} from './quantity-matching.ts'

// Our own sentences: two reports of one match that agree on two goals' minutes and differ on the third's.
const articles = [
  parseArticle({
    id: 'a',
    text: 'فاز النادي الأهلي على ضيفه. سجل سالم الكعبي الهدف الأول في الدقيقة 12. وأضاف فهد الراشد الهدف الثاني في الدقيقة 70. وختم ماجد السويدي الثلاثية في الدقيقة 85.',
  }),
  parseArticle({
    id: 'b',
    text: 'حقق النادي الأهلي فوزا كبيرا. افتتح سالم الكعبي التسجيل في الدقيقة 12. ثم سجل فهد الراشد الهدف الثاني في الدقيقة 72. وأحرز ماجد السويدي الهدف الثالث في الدقيقة 85.',
  }),
]

const event = () => {
  const { space, facts } = comparedSpace(articles)
  return matchPairs(space, facts)
}
const values = (pair: { a: { quantity: { value: string } }; b: { quantity: { value: string } } }) =>
  `${pair.a.quantity.value} / ${pair.b.quantity.value}`
// A pairing model that trusts only the person named nearest to each minute.
const byNearestPerson = {
  bias: -2,
  weights: MATCH_FEATURES.map((name) =>
    name === 'nearest person same' ? 4 : name === 'nearest person differs' ? -4 : 0,
  ),
}

describe('pairing the same quantity across two articles', () => {
  it('labels agreeing values one quantity and values each accounted for by another two, and leaves the rest', () => {
    const { pairs } = event()
    const label = (text: string) => pairs.find((pair) => values(pair) === text)?.label
    expect(label('12 / 12')).toBe(1)
    expect(label('85 / 85')).toBe(1)
    // 12 agrees with the other report's 12, 85 with the first's 85: they are two goals.
    expect(label('12 / 85')).toBe(0)
    // 70 and 72 agree with nothing: whether they are one goal the texts do not tell.
    expect(label('70 / 72')).toBeNull()
    for (const pair of pairs) expect(pair.features).toHaveLength(MATCH_FEATURES.length)
  })

  it('matches each minute once, most alike first, and shows a match whose values differ', () => {
    const { pairs } = event()
    expect(matchedDisagreements(pairs, byNearestPerson, 0.5).map(values)).toEqual(['70 / 72'])
    expect(matchedDisagreements(pairs, byNearestPerson, 0.99)).toEqual([])
  })

  it('gives the second stage the matches the rules do not show, with every feature', () => {
    const matches = event()
    const candidates = matchedCandidates({ ...matches, hand: [] }, byNearestPerson)
    expect(candidates.map(values)).toEqual(['70 / 72'])
    expect(candidates[0]!.features).toHaveLength(SECOND_FEATURES.length)
    const shown = matches.pairs.find((pair) => values(pair) === '70 / 72')!
    expect(
      matchedCandidates({ ...matches, hand: [{ ...shown, developing: false }] }, byNearestPerson),
    ).toEqual([])
  })
})
