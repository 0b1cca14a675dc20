import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const speakers = (text: string) =>
  extract(text).quotes.map((q) => q.speaker?.entity ?? q.speaker?.name ?? null)

describe('a pronoun subject refers to the last subject that agrees with its verb', () => {
  it('passes over a man to the woman a feminine verb refers to', () => {
    const text =
      'قالت المديرة الإقليمية للمنظمة هدى النقيب إن الوضع صعب. وقال الوزير خالد فتح الرحمن إن الحكومة ستتدخل. لكنها أشارت إلى أن "المساعدات لا تكفي أبداً".'
    expect(speakers(text).at(-1)).toBe('person:هدي-النقيب')
  })

  it('passes over a man to the ministry a feminine verb refers to', () => {
    const text =
      'وقالت وزارة الصحة إن الإصابات تراجعت. وقال الطبيب سامي الحداد إن المستشفيات ممتلئة. وأضافت أن "اللقاحات ستصل الأسبوع المقبل".'
    expect(speakers(text).at(-1)).toBe('organization:وزارة-الصحة')
  })

  it('gives a plural verb to the plural subject, not the woman named since', () => {
    const text =
      'وقال مسؤولون في الوزارة إن القرار نهائي. وقالت الطبيبة ريم العلي إن الوضع صعب. وأكدوا أن "التنفيذ سيبدأ فوراً".'
    expect(speakers(text).at(-1)).toBe('مسؤولون في الوزارة')
  })

  it('keeps a masculine verb with the man named last', () => {
    const text =
      'وقالت وزيرة الصحة رنا الشوبكي إن الخطة جاهزة. وقال المدير العام للمستشفى سامي الحداد إن الأسرّة كافية. وتابع: "سنفتح جناحاً جديداً الشهر المقبل".'
    expect(speakers(text).at(-1)).toBe('person:سامي-الحداد')
  })

  it('does not carry a speaker into a sentence whose subject opens it before a relative clause', () => {
    const text =
      'وقال الوزير سامي الحداد إن الحكومة "ستدعم المزارعين هذا العام". والمعطيات التي تتوفر عليها الجريدة تؤكد أن "الدعم لم يصل بعد إلى أحد".'
    expect(speakers(text)).toEqual(['person:سامي-الحداد', 'المعطيات'])
  })
})
