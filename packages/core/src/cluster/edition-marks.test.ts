import { describe, expect, it } from 'vitest'
import { editionMarks, editionsApart } from './edition-marks.ts'

const apart = (a: string, b: string): boolean => editionsApart(editionMarks(a), editionMarks(b))

describe('the edition, round or stage a lead reports', () => {
  it('reads an edition by its number or its ordinal, in either digits', () => {
    expect([...editionMarks('انطلقت الدورة الـ15 من مهرجان المسرح العربي في المدينة.')]).toEqual([10_015])
    expect([...editionMarks('انطلقت الدورة ١٥ من مهرجان المسرح العربي.')]).toEqual([10_015])
    expect([...editionMarks('افتتحت النسخة الثالثة من معرض الكتاب أبوابها للزوار.')]).toEqual([10_003])
    expect([...editionMarks('افتتحت النسخة الاولى من معرض الكتاب أبوابها للزوار.')]).toEqual([10_001])
  })

  it('reads a round, a stage and a leg', () => {
    expect([...editionMarks('فاز النادي على ضيفه في الجولة 12 من الدوري.')]).toEqual([20_012])
    expect([...editionMarks('تأهل الفريق إلى نصف النهائي بعد فوزه في مباراة الإياب.')]).toEqual([30_002, 40_002])
    expect([...editionMarks('توج الفريق بلقب الكأس بعد فوزه في النهائي على منافسه.')]).toEqual([30_000])
  })

  it('reads a year named with its event, not any year', () => {
    expect([...editionMarks('استعاد اللاعبون ذكرى نهائي 2019 أمام الفريق نفسه.')]).toEqual([30_000, 52_019])
    expect([...editionMarks('استضافت قطر كأس العالم 2022 في ثمانية ملاعب.')]).toEqual([52_022])
    expect([...editionMarks('تأسس النادي عام 1952 في العاصمة.')]).toEqual([])
  })

  it('takes no adjective of a verdict or a report for the final', () => {
    expect([...editionMarks('أصدرت المحكمة الحكم النهائي في القضية وأعلنت اللجنة تقريرها النهائي.')]).toEqual([])
  })
})

describe('two leads apart by their editions', () => {
  it('parts the same teams in two finals of different years', () => {
    expect(apart('يلتقي الفريقان في نهائي 2019 على الملعب الأولمبي.', 'يلتقي الفريقان في نهائي 2023 على الملعب الأولمبي.')).toBe(true)
  })

  it('parts two editions, two rounds, two legs and two stages', () => {
    expect(apart('اختتمت الدورة الـ14 من المهرجان.', 'اختتمت الدورة الخامسة عشرة من المهرجان.')).toBe(false)
    expect(apart('اختتمت الدورة الـ14 من المهرجان.', 'اختتمت الدورة الـ15 من المهرجان.')).toBe(true)
    expect(apart('تعادل الفريقان في الجولة 11.', 'فاز الفريق في الجولة الثانية عشرة... الجولة 12.')).toBe(true)
    expect(apart('فاز الفريق في مباراة الذهاب بهدفين.', 'خسر الفريق في مباراة الإياب بهدف.')).toBe(true)
    expect(apart('تأهل الفريق إلى ربع النهائي.', 'خسر الفريق في نصف النهائي أمام منافسه.')).toBe(true)
  })

  it('keeps together leads that share a mark, or of which one marks nothing of that kind', () => {
    expect(apart('فاز الفريق في نصف النهائي وتأهل إلى النهائي.', 'خسر منافسه في النهائي أمام الفريق.')).toBe(false)
    expect(apart('فاز الفريق في مباراة الذهاب بهدفين.', 'فاز الفريق في الجولة 12.')).toBe(false)
    expect(apart('فاز الفريق على منافسه أمس.', 'فاز الفريق في مباراة الإياب.')).toBe(false)
  })
})
