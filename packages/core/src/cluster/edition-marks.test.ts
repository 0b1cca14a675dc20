import { describe, expect, it } from 'vitest'
import { editionMarks, editionsApart } from './edition-marks.ts'

const apart = (a: string, b: string): boolean => editionsApart(editionMarks(a), editionMarks(b))

describe('the edition, round or stage a lead reports', () => {
  it('reads an edition by its number or its ordinal, in either digits', () => {
    expect([...editionMarks('انطلقت الدورة الـ15 من مهرجان المسرح العربي في المدينة.')]).toEqual([10_015])
    expect([...editionMarks('انطلقت الدورة ١٥ من مهرجان المسرح العربي.')]).toEqual([10_015])
    expect([...editionMarks('انطلقت الدورة الخامسة والخمسين لمعرض الكتاب.')]).toEqual([])
    expect([...editionMarks('افتتحت النسخة الثالثة من معرض الكتاب أبوابها للزوار.')]).toEqual([10_003])
    expect([...editionMarks('افتتحت النسخة الاولى من معرض الكتاب أبوابها للزوار.')]).toEqual([10_001])
  })

  it('reads no ballot of one sitting for an edition', () => {
    expect([
      ...editionMarks('نال المرشح 71 صوتاً في الدورة الأولى، وانتخب في الدورة الثانية من الجلسة.'),
    ]).toEqual([])
  })

  it('reads a round, and no stage or leg of a tie', () => {
    expect([...editionMarks('فاز النادي على ضيفه في الجولة 12 من الدوري.')]).toEqual([20_012])
    expect([...editionMarks('تأهل الفريق إلى نصف النهائي بعد فوزه في مباراة الإياب.')]).toEqual([])
  })

  it('reads a year named with its event, not any year', () => {
    expect([...editionMarks('استعاد اللاعبون ذكرى نهائي 2019 أمام الفريق نفسه.')]).toEqual([32_019])
    expect([...editionMarks('استضافت قطر كأس العالم 2022 في ثمانية ملاعب.')]).toEqual([32_022])
    expect([...editionMarks('تأسس النادي عام 1952 في العاصمة.')]).toEqual([])
  })

  it('takes no year of a verdict or of a founding', () => {
    expect([...editionMarks('أصدرت المحكمة في 2019 الحكم النهائي في القضية.')]).toEqual([])
  })
})

describe('two leads apart by their editions', () => {
  it('parts the same teams in two finals of different years', () => {
    expect(
      apart(
        'يلتقي الفريقان في نهائي 2019 على الملعب الأولمبي.',
        'يلتقي الفريقان في نهائي 2023 على الملعب الأولمبي.',
      ),
    ).toBe(true)
  })

  it('parts two editions and two rounds', () => {
    expect(apart('اختتمت الدورة الـ14 من المهرجان.', 'اختتمت الدورة الخامسة عشرة من المهرجان.')).toBe(false)
    expect(apart('اختتمت الدورة الـ14 من المهرجان.', 'اختتمت الدورة الـ15 من المهرجان.')).toBe(true)
    expect(
      apart(
        'تعادل الفريقان في الجولة 11 من الدوري.',
        'فاز الفريق في الجولة الثانية عشرة... الجولة 12 من الدوري.',
      ),
    ).toBe(true)
  })

  it('keeps together leads that share a mark, or of which one marks nothing of that kind', () => {
    expect(
      apart(
        'تنطلق الدورة الـ15 من المهرجان بعد عام من الدورة الـ14 من المهرجان.',
        'اختتمت الدورة الـ14 من المهرجان.',
      ),
    ).toBe(false)
    expect(apart('اختتمت الدورة الـ14 من المهرجان.', 'فاز الفريق في الجولة 12 من الدوري.')).toBe(false)
    expect(apart('فاز الفريق على منافسه أمس.', 'فاز الفريق في الجولة 12 من الدوري.')).toBe(false)
  })
})

describe('the stage of a count a lead reports', () => {
  it('reads a preliminary count, an unofficial one and an exit poll as one stage', () => {
    const preliminary = [...editionMarks('أظهرت نتائج أولية تقدم رئيس الحزب في الانتخابات البلدية.')]
    expect(preliminary).toEqual([40_001])
    expect([...editionMarks('تشير المؤشرات غير الرسمية إلى فوز المرشح المستقل.')]).toEqual(preliminary)
    expect([...editionMarks('فاز المرشح بحسب استطلاع للرأي بثه التلفزيون بعد غلق المكاتب.')]).toEqual(
      preliminary,
    )
    expect([...editionMarks('أظهرت النتائج النهائية، غير الرسمية، فوز المرشح.')]).toEqual(preliminary)
  })

  it('reads a final or official count, with or without its vowel marks', () => {
    expect([...editionMarks('أعلنت اللجنة النتائج النهائية للانتخابات البلدية.')]).toEqual([40_002])
    expect([...editionMarks('أعلنت اللجنة النتائجَ الرسميةَ للانتخابات.')]).toEqual([40_002])
    expect([...editionMarks('أعلنت اللجنة رسمياً فوز المرشح بالرئاسة.')]).toEqual([])
  })

  it('parts a preliminary count from the final one, not from a report that names both', () => {
    const preliminary = 'أظهرت نتائج أولية فوز الرئيس بولاية ثانية بعد فرز معظم الأصوات.'
    expect(apart(preliminary, 'أعلنت الهيئة النتائج النهائية للانتخابات وفوز الرئيس بولاية ثانية.')).toBe(
      true,
    )
    expect(
      apart(preliminary, 'أعلنت الهيئة النتائج النهائية التي أكدت ما أظهرته النتائج الأولية من فوز الرئيس.'),
    ).toBe(false)
    expect(apart(preliminary, 'فاز الرئيس بولاية ثانية في الانتخابات.')).toBe(false)
  })
})
