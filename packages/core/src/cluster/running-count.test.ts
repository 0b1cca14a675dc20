import { describe, expect, it } from 'vitest'
import { extractArticle } from '../extract/index.ts'
import type { Article } from '../model/article.ts'
import { TermTable } from '../similarity/term-table.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { barsGroupMerge, FEATURE_COUNT, PAIR_FEATURES, pairFeatures, termKind } from './pair-features.ts'
import { tellsRunningCount } from './running-count.ts'
import { articleSignals } from './signals.ts'

const article = (id: string, text: string): Article => {
  const parsed = parseArticle({ id, text })
  return 'entities' in parsed ? parsed : Object.assign({}, parsed, extractArticle(parsed))
}

// One quake told on its day and two days later, and another quake in the same region a year later.
const firstDay =
  'ضرب زلزال بقوة 6.1 درجات ولاية الساحل مساء اليوم الأحد، ما أسفر عن مقتل 14 شخصاً وإصابة العشرات، بحسب الدفاع المدني. وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض.'
const update =
  'ارتفعت حصيلة ضحايا الزلزال الذي ضرب ولاية الساحل إلى 163 قتيلاً، بحسب حصيلة جديدة أعلنها الدفاع المدني اليوم الثلاثاء. وقالت السلطات إن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.'
const another =
  'ضرب زلزال بقوة 5.4 درجات ولاية الساحل فجر اليوم الخميس، ما أسفر عن مقتل 3 أشخاص وإصابة 20 آخرين، بحسب الدفاع المدني. وتواصل فرق الإنقاذ البحث تحت الأنقاض.'

const featuresOf = (x: string, y: string): Float64Array => {
  const table = new TermTable()
  const [a, b] = [articleSignals(article('a', x), table), articleSignals(article('b', y), table)]
  return pairFeatures(a, b, 0.3, termKind(table), () => 1, [1, 1], new Float64Array(FEATURE_COUNT))
}
const at = (name: (typeof PAIR_FEATURES)[number]) => PAIR_FEATURES.indexOf(name)

describe('a lead telling a running count', () => {
  it('is read from a risen, new, updated or provisional toll', () => {
    expect(tellsRunningCount('ارتفعت حصيلة ضحايا السيول في المدينة إلى 40 قتيلاً')).toBe(true)
    expect(tellsRunningCount('ارتفاع عدد القتلى جراء انهيار المبنى إلى 12')).toBe(true)
    expect(tellsRunningCount('أعلنت الوزارة، في حصيلة محيّنة، وفاة 30 شخصاً')).toBe(true)
    expect(tellsRunningCount('وهي حصيلة غير نهائية بحسب السلطات')).toBe(true)
    expect(tellsRunningCount('أعلنت الداخلية عن حصيلة جديدة لضحايا الحريق')).toBe(true)
  })

  it('is not read from a first report, a count that is no toll update, or a final toll', () => {
    expect(tellsRunningCount(firstDay)).toBe(false)
    expect(tellsRunningCount('بلغ عدد المشاركين في المؤتمر 300 شخص')).toBe(false)
    expect(tellsRunningCount('أعلنت السلطات الحصيلة النهائية لضحايا الفيضانات')).toBe(false)
  })

  it('states no number and names no weekday against the first report of its event', () => {
    const pair = featuresOf(firstDay, update)
    expect(pair[at('number conflict')]).toBe(0)
    expect(pair[at('weekday conflict')]).toBe(0)
    expect(barsGroupMerge(pair)).toBe(false)
  })

  it('leaves two first reports of two quakes their conflicts', () => {
    const pair = featuresOf(firstDay, another)
    expect(pair[at('number conflict')]).toBe(1)
    expect(pair[at('weekday conflict')]).toBe(1)
    expect(barsGroupMerge(pair)).toBe(true)
  })
})
