import { describe, expect, it } from 'vitest'
import { matchResults, resultsApart } from './match-results.ts'

const apart = (a: string, b: string): boolean => resultsApart(matchResults(a), matchResults(b))

describe('the results of a match a lead states', () => {
  it('reads a result in digits or in words, the winner first', () => {
    expect([...matchResults('فاز النادي على ضيفه 2-1 في ذهاب النهائي.')]).toEqual([201])
    expect([...matchResults('خسر الفريق أمام مضيفه 1-3 في المباراة النهائية.')]).toEqual([301])
    expect([...matchResults('فاز النادي على ضيفه بهدفين مقابل هدف في ذهاب النهائي.')]).toEqual([201])
    expect([...matchResults('وصل الوفد إلى العاصمة في زيارة تستمر يومين.')]).toEqual([])
  })

  it('reads no half, shootout or result from before the news as the match', () => {
    expect([...matchResults('تقدم الفريق في الشوط الأول 1-0 قبل أن يتعادل.')]).toEqual([])
    // The shootout's 4-2 is no result of the match; the goalless draw before it is.
    expect([...matchResults('تأهل المنتخب بركلات الترجيح 4-2 بعد تعادل سلبي.')]).toEqual([0])
    expect([...matchResults('انتهى الشوط الأول بالتعادل السلبي قبل أن يسجل الضيوف هدف الفوز.')]).toEqual([])
    expect([...matchResults('وكان لقاء الفريقين الأول قد انتهى بالتعادل السلبي.')]).toEqual([])
  })

  it('reads a draw told in words: goalless as 0-0, one goal each as 1-1', () => {
    expect([...matchResults('انتهت مباراة الفريقين بالتعادل السلبي على الملعب البلدي.')]).toEqual([0])
    expect([...matchResults('تعادل النادي مع ضيفه بدون أهداف في ذهاب نصف النهائي.')]).toEqual([0])
    expect([...matchResults('تعادل النادي مع مضيفه بهدف لمثله في الجولة الأخيرة.')]).toEqual([101])
    expect([...matchResults('انتهى الديربي بالتعادل بهدف في كل شبكة.')]).toEqual([101])
    expect(
      apart('انتهى الديربي بالتعادل بهدف في كل شبكة.', 'فاز النادي على غريمه بهدف دون رد في الديربي.'),
    ).toBe(true)
  })

  it('reads no result from scores listed one after another, the sets of a tennis match', () => {
    expect([...matchResults('فازت اللاعبة على منافستها بنتيجة 6-4، 2-6 و6-1 لتبلغ النهائي.')]).toEqual([])
    expect(
      apart(
        'فازت اللاعبة على منافستها بنتيجة 6-4، 2-6 و6-1 لتبلغ النهائي.',
        'فازت اللاعبة على منافستها بنتيجة 2-1 في نصف النهائي.',
      ),
    ).toBe(false)
    expect([...matchResults('فاز الفريق على ضيفه 3-1 بعد أن أنهى الشوط الأول متقدما 1-0.')]).toEqual([301])
  })

  it('parts two leads whose results differ and keeps together those that share one', () => {
    expect(
      apart('فاز النادي على ضيفه 2-1 في ذهاب النهائي.', 'تعادل النادي مع مضيفه 1-1 في إياب النهائي.'),
    ).toBe(true)
    expect(apart('فاز النادي على ضيفه 2-1 في ذهاب النهائي.', 'تغلب النادي على منافسه بهدفين لهدف.')).toBe(
      false,
    )
    expect(
      apart('فاز النادي على ضيفه 2-1 في ذهاب النهائي.', 'يلتقي الفريقان في إياب النهائي الأسبوع المقبل.'),
    ).toBe(false)
  })
})
