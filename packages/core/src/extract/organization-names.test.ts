import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

const organizations = (text: string) => entityNames(text, 'organization')

describe('where a body named by its head ends', () => {
  it('leaves a period after ل to the clause', () => {
    expect(organizations('بلغت ميزانية بلدية صفاقس للسنة المقبلة 40 مليون دينار.')).toEqual(['بلدية صفاقس'])
    expect(organizations('ارتفعت أرباح شركة الاتصالات الوطنية للعام الثالث على التوالي.')).toEqual([
      'شركة الاتصالات الوطنية',
    ])
  })

  it('leaves a verbal noun with its preposition (a purpose) to the clause', () => {
    expect(organizations('تواصل التجار مع وزارة الصناعة للحصول على التراخيص.')).toEqual(['وزارة الصناعة'])
  })

  it('keeps a domain after ل in the name', () => {
    expect(organizations('قالت الهيئة العامة للاستثمار إن الطلبات تضاعفت.')).toEqual([
      'الهيئة العامة للاستثمار',
    ])
  })
})

describe('a body named by a two-word head and the place it serves', () => {
  it('reads ولاية أمن with a known city as a body, the city nested', () => {
    const { entities } = extract('أوقفت عناصر الشرطة بولاية أمن طنجة شاباً بسبب تدوينة.')
    expect(entities.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'organization:ولاية أمن طنجة',
      'location:طنجة',
    ])
  })

  it('still reads ولاية with a place as the province', () => {
    expect(organizations('زار الوزير ولاية الخرطوم أمس.')).toEqual([])
  })
})
