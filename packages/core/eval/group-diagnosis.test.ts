import { describe, expect, it } from 'vitest'
import { PAIR_WEIGHTS } from '../src/cluster/pair-weights.ts'
import { type Article, parseArticle, storiesOf } from '../src/index.ts'
import { groupPairs } from './group-diagnosis.ts'

const article = (id: string, text: string): Article => parseArticle({ id, text })

// Our own sentences, undated: two reports of a match against Spain, one of the same team's match against Portugal,
// and a weather report.
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
const corpus = { name: 'own', runs: [{ dated: false, articles }], event }

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
