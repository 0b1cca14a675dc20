import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const quotes = (text: string) =>
  extract(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }))
const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker?.name ?? null)

describe('unnamed speakers', () => {
  it('gives no speaker for a partitive pronoun or a bare noun of people', () => {
    expect(speakers('وتجمع الأهالي أمام المحكمة، وقالت إحداهن إن ابنها "لم يرتكب أي ذنب".')).toEqual([null])
    expect(speakers('وأكد خبراء أن الأسعار سترتفع خلال الأشهر المقبلة بنسبة كبيرة.')).toEqual([null])
    expect(speakers('وهتفت السيدات أمام القصر مرددات «نريد العدالة لأبنائنا الآن».')).toEqual([null])
  })

  it('keeps a source described by an adjective or a body it speaks from', () => {
    expect(speakers('وقال مصدر دبلوماسي إن المحادثات ستستأنف الأسبوع المقبل في مسقط.')).toEqual([
      'مصدر دبلوماسي',
    ])
    expect(speakers('وقال مصدر في وزارة الداخلية إن التحقيقات ما زالت جارية في الحادث.')).not.toEqual([null])
  })

  it('reads the definite noun of a described source as that source', () => {
    const text =
      'وقال مصدر دبلوماسي إن المحادثات ستستأنف الأسبوع المقبل. وأضاف المصدر أن الوفدين "اتفقا على جدول الأعمال".'
    expect(speakers(text)).toEqual(['مصدر دبلوماسي', 'مصدر دبلوماسي'])
  })
})
