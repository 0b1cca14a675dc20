import { describe, expect, it } from 'vitest'
import { announcesMatch, matchResults, resultsApart } from './match-results.ts'

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
    expect([...matchResults('تأهل المنتخب بركلات الترجيح 4-2 بعد ساعتين من اللعب.')]).toEqual([])
    expect([...matchResults('انتهى الشوط الأول بالتعادل السلبي قبل أن يسجل الضيوف هدفين.')]).toEqual([])
    expect([...matchResults('وكانت مباراة الذهاب قد انتهت بالتعادل السلبي في ملعب الضيوف.')]).toEqual([])
  })

  it('reads a draw without goals in words as 0-0', () => {
    expect([...matchResults('تعادل المنتخبان بدون أهداف مساء الخميس في مباراة ودية.')]).toEqual([0])
    expect([...matchResults('انتهت المباراة بالتعادل السلبي دون أهداف بين الفريقين.')]).toEqual([0])
    expect([
      ...matchResults('تأهل المنتخب بركلات الترجيح 4-2 بعد تعادل سلبي في الوقتين الأصلي والإضافي.'),
    ]).toEqual([0])
    expect([...matchResults('وصل الفريق إلى الفندق بدون أهداف واضحة للموسم.')]).toEqual([])
    expect(
      apart(
        'تعادل المنتخبان بدون أهداف مساء الاثنين في المباراة الثانية.',
        'فاز المنتخب على ضيفه 3-2 في المباراة الأولى.',
      ),
    ).toBe(true)
    expect(
      apart('تعادل المنتخبان بدون أهداف مساء الاثنين.', 'انتهت مباراة المنتخبين بالتعادل السلبي في القاهرة.'),
    ).toBe(false)
  })

  it('reads a draw with goals in words: as many for the other side, or one count for each', () => {
    expect([...matchResults('تعادل الفريقان بهدف لمثله في مباراة القمة مساء السبت.')]).toEqual([101])
    expect([...matchResults('انتهت المباراة بالتعادل الإيجابي بهدفين لمثلهما على ملعب المدينة.')]).toEqual([
      202,
    ])
    expect([...matchResults('انتهى لقاء الجارين بالتعادل، بهدف في كل شبكة، أمام مدرجات ممتلئة.')]).toEqual([
      101,
    ])
    expect([...matchResults('انتهى اللقاء بالتعادل بهدف داخل كل شبكة بعد شوط ثان مثير.')]).toEqual([101])
    expect([...matchResults('تعادل المنتخبان بهدف لكل فريق في الجولة الأولى من التصفيات.')]).toEqual([101])
    // A score of one side alone, or «كل» not of the two sides, is no draw.
    expect([...matchResults('فاز الفريق بهدف لمدافعه في الدقائق الأخيرة.')]).toEqual([])
    expect([...matchResults('تعادل الفريقان بهدف في كل مباراة من مبارياتهما الأخيرة.')]).toEqual([])
    expect(
      apart(
        'فاز النادي على جاره بهدف للاشيء في مباراة القمة.',
        'انتهت مباراة القمة بين الناديين بالتعادل بهدف لمثله.',
      ),
    ).toBe(true)
    expect(apart('تعادل الناديان 1-1 في مباراة القمة.', 'انتهت مباراة القمة بهدف في كل شبكة.')).toBe(false)
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

  it('reads a lead announcing a match to come, and parts it from a lead stating a result', () => {
    const preview = 'يلتقي المنتخب الوطني نظيره الضيف يوم الأحد المقبل على الملعب الكبير في ثمن النهائي.'
    const awaited = 'سيواجه المنتخب الوطني ضيفه في مباراة مرتقبة على الملعب الكبير لحساب ثمن النهائي.'
    const result = 'فاز المنتخب الوطني على ضيفه بهدف نظيف على الملعب الكبير في ثمن النهائي.'
    expect(announcesMatch(preview)).toBe(true)
    expect(announcesMatch(awaited)).toBe(true)
    // The next round named in a report, a weekday of the past: no match announced.
    expect(announcesMatch('تأهل المنتخب الوطني إلى الدور المقبل بعد مباراة صعبة.')).toBe(false)
    expect(announcesMatch('التقى المنتخب الوطني ضيفه يوم الأحد على الملعب الكبير.')).toBe(false)
    const apartWith = (a: string, b: string) =>
      resultsApart(matchResults(a), matchResults(b), [announcesMatch(a), announcesMatch(b)])
    expect(apartWith(preview, result)).toBe(true)
    expect(apartWith(result, awaited)).toBe(true)
    // A report of the match that names no result and announces nothing is no preview.
    expect(apartWith(result, 'أشاد المدرب بلاعبيه بعد مباراة ثمن النهائي على الملعب الكبير.')).toBe(false)
    expect(apartWith(preview, awaited)).toBe(false)
  })
})
