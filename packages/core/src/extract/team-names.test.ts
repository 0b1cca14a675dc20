import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const organizations = (text: string) => entityNames(text, 'organization')

describe('the sides of a match named by their bare name', () => {
  it('reads the side after ضد، أمام or مواجهة in a text about matches', () => {
    const text =
      'خسر فريق النجمة الجبلية المباراة أمام الكواكب بهدفين مقابل هدف في الجولة الخامسة من الدوري. ' +
      'وقال مدرب الفريق إن اللاعبين يستعدون لمواجهة الرمال الأسبوع المقبل.'
    expect(organizations(text)).toEqual(expect.arrayContaining(['الكواكب', 'الرمال']))
  })

  it('reads a club named after فريق as a side wherever it stands', () => {
    const text =
      'الشعلاوي يتصدر الدوري بعد جولة صعبة. وحقق فريق الشعلاوي فوزه الرابع على التوالي في المباراة ' +
      'التي أقيمت على ملعبه بهدف نظيف.'
    expect(organizations(text)).toContain('الشعلاوي')
  })

  it('leaves a common noun with its adjective after the frame', () => {
    const text =
      'انتصر الفريق في المباراة على خصم قوي بهدف نظيف، وقال المدرب إن اللاعبين يستحقون النقاط أمام خصم عنيد.'
    expect(organizations(text)).toEqual([])
  })

  it('reads no side outside a text about matches', () => {
    expect(organizations('خرج المحتجون في مسيرة ضد الغلاء ووقفوا أمام المبنى ساعات.')).toEqual([])
  })
})
