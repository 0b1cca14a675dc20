import { describe, expect, it } from 'vitest'
import { extractArticle } from '../extract/index.ts'
import type { Article } from '../model/article.ts'
import { TermTable } from '../similarity/term-table.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { barsGroupMerge, FEATURE_COUNT, PAIR_FEATURES, pairFeatures, termKind } from './pair-features.ts'
import { articleSignals } from './signals.ts'

const article = (id: string, text: string): Article => {
  const parsed = parseArticle({ id, text })
  return 'entities' in parsed ? parsed : Object.assign({}, parsed, extractArticle(parsed))
}
const numberConflict = PAIR_FEATURES.indexOf('number conflict')
const featuresOf = (x: string, y: string): Float64Array => {
  const table = new TermTable()
  const [a, b] = [articleSignals(article('a', x), table), articleSignals(article('b', y), table)]
  return pairFeatures(a, b, 0.3, termKind(table), () => 1, [1, 1], new Float64Array(FEATURE_COUNT))
}

// One building's collapse told by two outlets that count its floors and its wounded one apart, and another collapse.
const collapse1 =
  'انهار مبنى سكني من 13 طابقا في حي الميناء فجر اليوم، وأصيب 25 شخصا بجروح، بحسب الدفاع المدني. وتواصل فرق الإنقاذ رفع الأنقاض.'
const collapse2 =
  'انهيار عقار مكون من 14 طابقا في حي الميناء وإصابة 24 من سكانه، وفق مصادر في الدفاع المدني. وما زالت فرق الإنقاذ تعمل في الموقع.'
const another =
  'انهار مبنى من 5 طوابق في حي الميناء مساء اليوم، وأصيب 9 أشخاص بجروح، بحسب الدفاع المدني. وتواصل فرق الإنقاذ رفع الأنقاض.'

describe('the numbers of two leads (round 33)', () => {
  it('are no conflict when the other states each one unit off', () => {
    const pair = featuresOf(collapse1, collapse2)
    expect(pair[numberConflict]).toBe(0)
    expect(barsGroupMerge(pair)).toBe(false)
  })

  it('still conflict when they lie further apart', () => {
    expect(featuresOf(collapse1, another)[numberConflict]).toBe(1)
  })

  it('leave out a day written in digits with slashes, the date line of a page', () => {
    const dated = (day: string) =>
      `${day} انهار مبنى سكني من 13 طابقا في حي الميناء فجر اليوم، بحسب الدفاع المدني. وتواصل فرق الإنقاذ رفع الأنقاض.`
    expect(featuresOf(dated('26/6/2023'), dated('27/6/2023'))[numberConflict]).toBe(0)
    expect(featuresOf(dated('عدد 26'), dated('عدد 47'))[numberConflict]).toBe(1)
  })
})
