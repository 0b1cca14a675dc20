import { describe, expect, it } from 'vitest'
import { parseArticle } from '../index.ts'
import { comparedSpace } from './index.ts'
import { numberConflicts } from './number-conflicts.ts'
import { quantitiesIn } from './quantities.ts'
import {
  candidatePairs,
  chosenPairs,
  comparedMentions,
  learnedConflicts,
  setAgainst,
  VALUE_PAIR_FEATURE_COUNT,
  VALUE_PAIR_FEATURES,
  valuePairs,
} from './value-pairs.ts'

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

// Our own match reports: the last goal's scorer is named after a full stop, where the rules do not look for him, the
// goal is named by no ordinal in one of them (which the rules would key it by), and each report gives two other
// minutes that the other does not.
const reports = [
  parseArticle({
    id: 'x',
    text: 'فاز النادي الأهلي بثلاثية. سجل سالم الكعبي الهدف الأول في الدقيقة 12. وأهدر الضيف فرصة في الدقيقة 30. وجاء الهدف الأخير في الدقيقة 70. بواسطة فهد الراشد من ركلة حرة. وأضاع البديل فرصة في الدقيقة 85.',
  }),
  parseArticle({
    id: 'y',
    text: 'حقق النادي الأهلي فوزا كبيرا. افتتح سالم الكعبي التسجيل في الدقيقة 12. وسدد الضيف في القائم في الدقيقة 25. ثم أحرز فهد الراشد الهدف الثالث من ركلة حرة في الدقيقة 72. وطرد المدافع في الدقيقة 88.',
  }),
]

describe('learned conflicts', () => {
  const space = comparedSpace(reports)
  // The rules without elimination, which pairs 70 and 72 itself (`leftovers.ts`).
  const rules = numberConflicts(space.space, space.facts, null)
  // A model that shows close values with the same person named nearest to both, across sentence breaks.
  const byPerson = {
    bias: -4,
    weights: VALUE_PAIR_FEATURES.map((feature) =>
      feature === 'close values' || feature === 'nearest person same' ? 3 : 0,
    ),
    threshold: 0.5,
  }

  it('adds the pair a model decides that the rules do not show, and nothing at a threshold no pair reaches', () => {
    const shown = learnedConflicts(space.space, space.facts, rules, byPerson).map(
      ({ a, b }) => `${a.quantity.value} / ${b.quantity.value}`,
    )
    expect(shown).toContain('70 / 72')
    expect(shown).not.toContain('30 / 25')
    expect(learnedConflicts(space.space, space.facts, rules, { ...byPerson, threshold: 0.999 })).toEqual([])
  })

  it('leaves out only pairs the model could not show, whatever their sentences say', () => {
    const { mentions, context } = comparedMentions(space.space, space.facts, rules)
    const every = valuePairs(mentions, context)
    const pruned = valuePairs(mentions, context, () => true, byPerson)
    expect(chosenPairs(pruned, byPerson)).toEqual(chosenPairs(every, byPerson))
    expect(pruned.length).toBeLessThanOrEqual(every.length)
  })
})

describe('setAgainst', () => {
  const shares = (text: string) => quantitiesIn(text).map((q) => setAgainst(text, q))
  it('tells a share its sentence sets against another from one it states alone', () => {
    expect(shares('بلغت نسبة النجاح في المدارس الفنية 71.2% مقابل 69.8% في المدارس العامة')).toEqual([
      true,
      true,
    ])
    expect(shares('سجلت نسبة النجاح 58.4%، مقارنة بـ 61% في العام الماضي')).toEqual([true, true])
    expect(shares('بلغت نسبة النجاح الإجمالية 70.3% هذا العام')).toEqual([false])
  })
})
