import { describe, expect, it } from 'vitest'
import { type Article, parseArticle } from '../src/index.ts'
import { diagnoseRun } from './pair-diagnosis.ts'
import { articlePairs } from './pair-training.ts'

const article = (id: string, text: string): Article => parseArticle({ id, text, publishedAt: '2025-12-06' })

// Our own sentences: two reports of one match, one of another match of the same team, and an unrelated report.
const articles = [
  article(
    'spain-1',
    'فاز المنتخب المغربي على منتخب إسبانيا بركلات الترجيح في دور الستة عشر من كأس العالم بعد تعادل سلبي.',
  ),
  article(
    'spain-2',
    'تأهل منتخب المغرب إلى ربع النهائي بعد فوزه على إسبانيا بركلات الترجيح إثر تعادل سلبي في كأس العالم.',
  ),
  article(
    'portugal',
    'فاز المنتخب المغربي على منتخب البرتغال بهدف نظيف في ربع نهائي كأس العالم ليبلغ نصف النهائي لأول مرة.',
  ),
  article('rain', 'تتوقع هيئة الأرصاد هطول أمطار غزيرة على المناطق الساحلية خلال عطلة نهاية الأسبوع.'),
]
const event = new Map([
  ['spain-1', 'spain'],
  ['spain-2', 'spain'],
  ['portugal', 'portugal'],
  ['rain', 'rain'],
])
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
