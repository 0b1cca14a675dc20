import { describe, expect, it } from 'vitest'
import { scoresIn } from '../extract/match-scores.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { compareCoverage } from './index.ts'

const read = (text: string) =>
  scoresIn(text).map(
    (score) => `${score.high}-${score.low} ${score.of} «${text.slice(score.start, score.end)}»`,
  )

describe('scoresIn', () => {
  it('reads a result in digits, with zero as a word, and in words after ب, winner first', () => {
    expect(read('تغلب الفريق على منافسه 2-1 مساء الأحد')).toEqual(['2-1 match «2-1»'])
    expect(read('خسر الضيوف أمام أصحاب الأرض بنتيجة (1-3)')).toEqual(['3-1 match «1-3»'])
    expect(read('فاز المنتخب بنتيجة ١- صفر')).toEqual(['1-0 match «١- صفر»'])
    expect(read('فاز النادي الأهلي على ضيفه بهدفين مقابل هدف')).toEqual(['2-1 match «بهدفين مقابل هدف»'])
    expect(read('انتصر الفريق بثلاثة أهداف لهدفين')).toEqual(['3-2 match «بثلاثة أهداف لهدفين»'])
    expect(read('انتصر الفريق بهدف نظيف في الملعب البلدي')).toEqual(['1-0 match «بهدف نظيف»'])
    expect(read('قاد المهاجم فريقه إلى تحقيق الفوز على الضيوف 3 - 1 مساء أمس')).toEqual(['3-1 match «3 - 1»'])
    expect(read('تجاوز المنتخب منافسه بنتيجة ثلاثة أهداف مقابل هدف')).toEqual([
      '3-1 match «ثلاثة أهداف مقابل هدف»',
    ])
  })

  it("tells a shootout's result and a half's from the match's, and reads no date, time or lone goal", () => {
    expect(read('تأهل بعد فوزه بركلات الترجيح 4-2 عقب التعادل 1-1')).toEqual([
      '4-2 shootout «4-2»',
      '1-1 match «1-1»',
    ])
    expect(read('فاز المنتخب بنتيجة (٤ – ٢) بركلات الترجيح')).toEqual(['4-2 shootout «٤ – ٢»'])
    expect(read('تأهل الفريق بعد فوزه بركلات الجزاء 5-4 عقب التعادل 2-2')).toEqual([
      '5-4 shootout «5-4»',
      '2-2 match «2-2»',
    ])
    expect(read('فاز المنتخب على ضيفه بضربات الحظ 3-1')).toEqual(['3-1 shootout «3-1»'])
    expect(read('فاز الفريق 2-1 بهدف من ركلة جزاء')).toEqual(['2-1 match «2-1»'])
    expect(read('تعادل الفريقان وانتهى الشوط الأول بنتيجة 1-1')).toEqual(['1-1 half «1-1»'])
    expect(read('تقدم الأهلي بهدف مبكر ثم فاز في 2023-05-19 الساعة 18:30')).toEqual([])
    expect(read('سجل المهاجم 2-1 من الأهداف')).toEqual([])
  })

  it('reads the underscore some pages type for a dash, and tells the sum of two legs and the leg a result is of', () => {
    expect(read('تعادل الفريق مع مضيفه 1_1 مساء الأحد')).toEqual(['1-1 match «1_1»'])
    expect(read('بلغ النهائي بعد فوزه على منافسه 4-3 في مجموع المباراتين')).toEqual(['4-3 aggregate «4-3»'])
    expect(scoresIn('وانتهى لقاء الذهاب بفوز الضيوف بهدفين مقابل هدف')).toMatchObject([
      { high: 2, low: 1, of: 'match', leg: 'first' },
    ])
    expect(scoresIn('تعادل الفريقان (1–1) في مباراة إياب الدور النهائي')).toMatchObject([
      { high: 1, low: 1, of: 'match', leg: 'second' },
    ])
    expect(scoresIn('فاز الفريق 2-0 ذهاباً وإياباً')[0]!.leg).toBeUndefined()
    expect(read('يكفي الأهلي التعادل، فيما يحتاج الضيف للفوز بهدف نظيف')).toEqual(['1-0 needed «بهدف نظيف»'])
    expect(read('وكان الفريق الضيف قد انهزم أمام مضيفه بنتيجة 1-2 الأسبوع الماضي')).toEqual([
      '2-1 earlier «1-2»',
    ])
  })
})

describe('score differences', () => {
  const report = (id: string, text: string) => parseArticle({ id, text })
  const numbers = (...articles: ReturnType<typeof report>[]) =>
    compareCoverage(articles)
      .differences.filter((difference) => difference.subject === 'النتيجة')
      .map((difference) => difference.values.map((v) => `${v.articleId}:${v.value}`).join(' / '))

  it('shows two leads giving a match different results, and none where the results are one written two ways', () => {
    const a = report('a', 'فاز النادي الأهلي على ضيفه بهدفين مقابل هدف في نهائي الكأس مساء الجمعة.')
    const b = report('b', 'تغلب النادي الأهلي على ضيفه 3-1 في نهائي الكأس وتوج باللقب.')
    const c = report('c', 'خسر الضيف أمام النادي الأهلي 1-2 في نهائي الكأس.')
    expect(numbers(a, b)).toEqual(['a:2-1 / b:3-1'])
    expect(numbers(a, c)).toEqual([])
  })

  it("compares no shootout with the match, and no lead's result of another match", () => {
    const a = report('a', 'فاز منتخب المغرب على منتخب إسبانيا بركلات الترجيح 3-0 بعد التعادل السلبي.')
    const b = report('b', 'تأهل منتخب المغرب بعد فوزه على منتخب إسبانيا 0-0 ثم 3-0 بركلات الترجيح.')
    expect(numbers(a, b)).toEqual([])
    const c = report('c', 'فاز منتخب الجزائر على منتخب السنغال بهدف نظيف في الجولة الثانية.')
    const d = report('d', 'وكان منتخب الجزائر قد فاز في الجولة الأولى بهدفين لصفر أمام منتخب كينيا.')
    expect(numbers(c, d)).toEqual([])
  })

  it('shows two results of one match whose sentences each name a city the other does not', () => {
    const a = report('a', 'توج منتخب المغرب باللقب بعد فوزه على منتخب مصر 3-1 في الرباط.')
    const b = report(
      'b',
      'توج منتخب المغرب باللقب بعد فوزه بهدفين مقابل هدف على منتخب مصر في العاصمة قرب طنجة.',
    )
    expect(numbers(a, b)).toEqual(['a:3-1 / b:2-1'])
  })

  it("compares no first leg's result with the second's, and no sum of two legs with a match's result", () => {
    const a = report('a', 'توج النادي الأهلي باللقب إثر تعادله مع مضيفه 1-1 في مباراة إياب النهائي.')
    const b = report('b', 'وكانت مباراة الذهاب قد انتهت بفوز النادي الأهلي بهدفين مقابل هدف في النهائي.')
    expect(numbers(a, b)).toEqual([])
    const c = report('c', 'توج الهلال باللقب بعد فوزه على ضيفه 2-0 في إياب النهائي.')
    const d = report('d', 'توج الهلال باللقب بعد فوزه على ضيفه 3-0 في مجموع المباراتين.')
    expect(numbers(c, d)).toEqual([])
  })

  it("compares no result the other article's lead also states, as the first leg's beside the second's", () => {
    const a = report('a', 'توج الوداد باللقب بعد فوزه على ضيفه (2-0) في إياب النهائي مساء الأحد.')
    const b = report(
      'b',
      'توج الوداد باللقب. وعاد الفريق من سفره الأسبوع الماضي بتعادل 1-1، قبل أن يفوز بنتيجة 2-0 في الإياب.',
    )
    const c = report('c', 'توج الوداد باللقب بعد فوزه على ضيفه 3-0 في النهائي.')
    expect(numbers(a, b)).toEqual([])
    expect(numbers(a, c)).toEqual(['a:2-0 / c:3-0'])
  })
})
