import { describe, expect, it } from 'vitest'
import { findFusedHeading } from './fused-heading.ts'
import { buildVocabulary } from './vocabulary.ts'

/** Looks for a heading at the start of `run`, within an article made of `context` and `run`. */
function headingOf(context: string, run: string): string | null {
  const text = `${context}${run}`
  const found = findFusedHeading(text, { start: context.length, end: text.length }, buildVocabulary(text))
  return found ? text.slice(context.length, found.headingEnd) : null
}

describe('findFusedHeading', () => {
  const context = 'زار الوفد الاقتصادي العاصمة عمّان لبحث ملف المياه مع المسؤولين في الأردن. '

  it('splits a heading from a paragraph opened by a reporting verb with its conjunction', () => {
    expect(headingOf(context, 'أزمة المياهوقال الوزير إن الحلول قريبة.')).toBe('أزمة المياه')
  })

  it('knows every verb of the reporting-verb table, not only the frequent ones', () => {
    expect(headingOf(context, 'أزمة المياهوأردف الوزير أن الحلول قريبة.')).toBe('أزمة المياه')
    expect(headingOf(context, 'أزمة المياهواستبعد الوزير أي انقطاع.')).toBe('أزمة المياه')
  })

  it('uses ة and ى, which only end words, as certain boundaries', () => {
    expect(headingOf(context, 'خطة طارئةتبدأ الحكومة العمل غداً.')).toBe('خطة طارئة')
    expect(headingOf(context, 'موعد مع الذكرىيحتفل السكان بالمناسبة.')).toBe('موعد مع الذكرى')
  })

  it('uses the article’s own vocabulary: a word standing alone elsewhere can end a heading', () => {
    const article = 'وصل الوفد إلى الأردن أمس. وقال رئيس الوفد إن الأردن شريك مهم. '
    expect(headingOf(article, 'شراكة مع الأردنفي العاصمة عقد الطرفان اجتماعاً.')).toBe('شراكة مع الأردن')
  })

  it('needs an opener or a word-final letter on the paragraph’s side: the article’s vocabulary alone splits nothing', () => {
    const article = 'زار الوفد الأردن أمس. وتجول في العاصمة ساعتين. '
    expect(headingOf(article, 'زيارة الأردنالعاصمة مزدحمة بالزوار.')).toBeNull()
  })

  it('finds no heading when the paragraph opens at once', () => {
    expect(headingOf(context, 'وأخذ المفاوضون استراحة قصيرة ثم عادوا.')).toBeNull()
    expect(headingOf(context, 'وكان الوزير قد وصل صباحاً.')).toBeNull()
  })

  it('finds no heading in ordinary running text', () => {
    expect(headingOf(context, 'المحادثات الثنائية استمرت ساعتين، وتناولت المياه.')).toBeNull()
    expect(headingOf(context, 'الصحفي الذي غطى الزيارة كتب تقريراً.')).toBeNull()
  })

  it('does not look past a comma: headings carry no running-text punctuation', () => {
    expect(headingOf(context, 'في العاصمة، أزمة المياهوقال الوزير كلاماً.')).toBeNull()
  })
})
