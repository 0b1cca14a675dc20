import { describe, expect, it } from 'vitest'
import { parseArticle } from '../structure/parse-article.ts'
import { compareCoverage } from './index.ts'

const numbers = (first: string, second: string) => {
  const a = parseArticle({ id: 'a', text: first, publishedAt: '2024-05-02T10:00:00Z' })
  const b = parseArticle({ id: 'b', text: second, publishedAt: '2024-05-02T12:00:00Z' })
  const coverage = compareCoverage([a, b])
  return { shared: coverage.shared.length, numbers: coverage.differences.filter((d) => d.kind === 'number') }
}

describe('a difference in numbers is shown only when both values say what they measure', () => {
  // Each pair states two amounts of one unit that nothing names (two rates, two indices, two currencies, exports
  // and imports): main showed each as one figure told two ways.
  it.each([
    [
      'قرر البنك المركزي في اجتماعه يوم الخميس رفع سعر الفائدة على الإيداع إلى 18.25% وعلى الإقراض بنسبة مماثلة.',
      'قرر البنك المركزي في اجتماعه يوم الخميس رفع سعر الفائدة على الإقراض إلى 19.25% وعلى الإيداع بنسبة مماثلة.',
    ],
    [
      'سجل المؤشر الرئيسي للبورصة يوم الأربعاء ارتفاعا بنسبة 2.5% في ختام تعاملاته.',
      'سجل مؤشر الأسهم الصغيرة في البورصة يوم الأربعاء ارتفاعا بنسبة 1.8% في ختام تعاملاته.',
    ],
    [
      'ارتفع سعر صرف الدولار في السوق الموازية يوم الأحد بنسبة 3% مقارنة بالأسبوع الماضي.',
      'ارتفع سعر صرف اليورو في السوق الموازية يوم الأحد بنسبة 2% مقارنة بالأسبوع الماضي.',
    ],
    [
      'تراجعت صادرات البلاد من القمح خلال الربع الأول بنسبة 7% وفق بيانات رسمية نشرت يوم الاثنين.',
      'تراجعت واردات البلاد من القمح خلال الربع الأول بنسبة 4% وفق بيانات رسمية نشرت يوم الاثنين.',
    ],
  ])('shows no difference between two amounts known by their unit alone (%#)', (first, second) => {
    const { shared, numbers: shown } = numbers(first, second)
    expect(shared).toBe(1)
    expect(shown).toEqual([])
  })

  it('still shows values that say what they measure, and an amount the same words lead to', () => {
    expect(
      numbers(
        'لقي 12 شخصا مصرعهم في انهيار مبنى سكني بالمدينة القديمة صباح الثلاثاء.',
        'لقي 15 شخصا مصرعهم في انهيار مبنى سكني بالمدينة القديمة صباح الثلاثاء.',
      ).numbers,
    ).toHaveLength(1)
    expect(
      numbers(
        'أعلنت وزارة التجارة يوم الاثنين أن صادرات البلاد من القمح تراجعت بنسبة 7% خلال الربع الأول.',
        'أعلنت وزارة التجارة يوم الاثنين أن صادرات البلاد من القمح تراجعت بنسبة 9% خلال الربع الأول من العام.',
      ).numbers.map((d) => d.values.map((v) => v.value)),
    ).toEqual([['7', '9']])
  })
})
