import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const sources = (text: string) => extract(text).sources.map((s) => [s.name, s.kind, s.cue])

describe('cited sources', () => {
  it('takes what an attribution names', () => {
    expect(sources('وبحسب وكالة "سبوتنيك"، فإن الاجتماع سيعقد في موسكو.')).toEqual([
      ['سبوتنيك', 'media', 'بحسب'],
    ])
    expect(sources('ووفقاً للكرملين، جرى الاتصال بطلب من دمشق.')).toEqual([
      ['الكرملين', 'organization', 'وفقاً لـ'],
    ])
    expect(sources('وقتل ثلاثة أشخاص، بحسب مصادر طبية.')).toEqual([['مصادر طبية', 'anonymous', 'بحسب']])
  })

  it('takes outlets that speak, pass words on, or were spoken to', () => {
    expect(sources('قال موقع "ستاندرد" البريطاني إن المفاوضات مستمرة.')).toEqual([
      ['ستاندرد', 'media', 'قال'],
    ])
    expect(sources('ونقلت وكالة رويترز عن مصدر أمني قوله إن الهجوم أحبط.')).toEqual([
      ['رويترز', 'media', 'نقل'],
      ['مصدر أمني', 'anonymous', 'نقل عن'],
    ])
    expect(sources('وقال الوزير لقناة "العربية" إن الاتفاق قريب.')).toEqual([['العربية', 'media', 'لـ']])
  })

  it('keeps the span of the citation', () => {
    const { text, sources: found } = extract('وبحسب وكالة "سبوتنيك"، فإن الاجتماع سيعقد في موسكو.')
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('وكالة "سبوتنيك"')
  })

  it('does not cite what names no one', () => {
    expect(sources('وتوزع المساعدات وفق القانون وبحسب الحاجة.')).toEqual([])
  })
})
