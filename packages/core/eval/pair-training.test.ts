import { describe, expect, it } from 'vitest'
import { PAIR_FEATURES } from '../src/cluster/pair-features.ts'
import { pairProbability } from '../src/cluster/pair-model.ts'
import { type Article, parseArticle } from '../src/index.ts'
import { fitLogistic } from './logistic.ts'
import { rowsOf, trainModel, UNDATED_SHIFTS } from './pair-loo.ts'
import { pairRows } from './pair-training.ts'
import type { ParsedCorpus } from './story-runs.ts'

const article = (id: string, text: string, publishedAt: string): Article =>
  parseArticle({ id, text, publishedAt })

// Our own sentences: two reports each of a call and a visit of the same presidents, and of two matches of one team.
const corpus = [
  article(
    'call-1',
    'أجرى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً بنظيره الفرنسي إيمانويل ماكرون، بحثا خلاله العلاقات الثنائية.',
    '2025-03-04',
  ),
  article(
    'call-2',
    'تلقى الرئيس السيسي اتصالاً هاتفياً من الرئيس الفرنسي ماكرون تناول العلاقات بين البلدين والأوضاع الإقليمية.',
    '2025-03-05',
  ),
  article(
    'visit-1',
    'وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة في زيارة رسمية يلتقي خلالها الرئيس عبد الفتاح السيسي.',
    '2025-11-10',
  ),
  article(
    'visit-2',
    'استقبل الرئيس السيسي نظيره الفرنسي ماكرون في قصر الاتحادية بالقاهرة في أول زيارة له منذ عامين.',
    '2025-11-10',
  ),
  article(
    'match-1',
    'فاز المنتخب المغربي على منتخب إسبانيا بركلات الترجيح في دور الستة عشر من كأس العالم بعد تعادل سلبي.',
    '2025-12-06',
  ),
  article(
    'match-2',
    'تأهل منتخب المغرب إلى ربع النهائي بعد فوزه على إسبانيا بركلات الترجيح إثر تعادل سلبي في كأس العالم.',
    '2025-12-06',
  ),
  article(
    'match-3',
    'فاز المنتخب المغربي على منتخب البرتغال بهدف نظيف في ربع نهائي كأس العالم ليبلغ نصف النهائي لأول مرة.',
    '2025-12-10',
  ),
]
const event = new Map([
  ['call-1', 'call'],
  ['call-2', 'call'],
  ['visit-1', 'visit'],
  ['visit-2', 'visit'],
  ['match-1', 'spain'],
  ['match-2', 'spain'],
  ['match-3', 'portugal'],
])

describe('training the link weight', () => {
  it('gives the same weights for the same labels, in whatever order the articles come', () => {
    const first = fitLogistic(pairRows(corpus, event))
    const again = fitLogistic(pairRows([...corpus].reverse(), event))
    expect(again).toEqual(first)
    expect(first.weights.every(Number.isFinite)).toBe(true)
  })

  it('labels a pair one event only when gold gives both articles the same event', () => {
    const rows = pairRows(corpus, event)
    expect(rows.labels.filter((label) => label === 1)).toHaveLength(3)
    expect(rows.features.length).toBe(rows.labels.length)
  })

  it('learns to weigh the pairs of one event above the others on its training pairs', () => {
    const rows = pairRows(corpus, event)
    const fitted = { ...fitLogistic(rows), threshold: 0.5 }
    const scores = rows.features.map((features) => pairProbability(fitted, features))
    const same = scores.filter((_, i) => rows.labels[i] === 1)
    const other = scores.filter((_, i) => rows.labels[i] === 0)
    expect(Math.min(...same)).toBeGreaterThan(Math.max(...other))
  })
})

describe('choosing the threshold and the shift of the undated weight', () => {
  const undated = corpus.map((a) => parseArticle({ id: a.id, text: a.text }))
  const parsed: ParsedCorpus = {
    name: 'ours',
    runs: [
      { dated: true, articles: corpus },
      { dated: false, articles: undated },
    ],
    event,
  }
  const fitted = fitLogistic(rowsOf([parsed]))
  const UNDATED = PAIR_FEATURES.indexOf('undated')

  it('keeps the fitted weights when no shift is offered', () => {
    const model = trainModel([parsed], { undatedShifts: [0] })
    expect(model.weights).toEqual(fitted.weights)
    expect(model.bias).toBe(fitted.bias)
  })

  it('moves the undated weight alone, by one of the shifts offered', () => {
    const model = trainModel([parsed])
    const shift = model.weights[UNDATED]! - fitted.weights[UNDATED]!
    expect(UNDATED_SHIFTS.some((offered) => Math.abs(offered - shift) < 1e-12)).toBe(true)
    model.weights.forEach((weight, k) => {
      if (k !== UNDATED) expect(weight).toBe(fitted.weights[k])
    })
  })
})
