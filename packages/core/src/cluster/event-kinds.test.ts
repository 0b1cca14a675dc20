import { describe, expect, it } from 'vitest'
import { eventKinds, kindsApart } from './event-kinds.ts'

const rate = (lead: string) => eventKinds(lead) & 3
const office = (lead: string) => (eventKinds(lead) >> 2) & 3

describe('eventKinds', () => {
  it("reads a central bank's cut, raise and hold from the verb and its object", () => {
    expect(rate('قرر البنك المركزي خفض سعر الفائدة الرئيسي بنصف نقطة')).toBe(1)
    expect(rate('رفع المصرف المركزي معدل الفائدة ربع نقطة')).toBe(2)
    expect(rate('البنك المركزي يثبت الفائدة عند 3 في المئة')).toBe(3)
    expect(rate('أسعار الفائدة دون تغيير للمرة الثالثة')).toBe(3)
    // The main action comes first: the cut recalled after the hold is not the lead's event.
    expect(rate('أبقى البنك المركزي على أسعار الفائدة دون تغيير بعد أن خفضها في اجتماعه السابق')).toBe(3)
    expect(rate('خفضت الحكومة الضرائب على الوقود')).toBe(0)
  })

  it("reads an election's result and the oath, not an oath still to come", () => {
    expect(office('أعلنت الهيئة فوز المرشح بالرئاسة على أن يؤدي اليمين الدستورية الأسبوع المقبل')).toBe(1)
    expect(office('أدى الرئيس المنتخب اليمين الدستورية أمام البرلمان بعد فوزه في الانتخابات')).toBe(2)
    expect(office('يؤدي الرئيس الجديد اليوم اليمين رئيسا للبلاد')).toBe(2)
    expect(office('فاز المرشح بالانتخابات الرئاسية، وسيؤدي اليمين الدستورية غدا')).toBe(1)
    expect(office('الرئيس الفائز بولاية ثانية يؤدي اليمين قريبا')).toBe(0)
    expect(office('فاز الرئيس بولاية ثانية، وبات الطريق ممهدا أمامه لأداء اليمين')).toBe(1)
    // اليمين is also the right wing.
    expect(office('صعود اليمين المتطرف في الانتخابات البرلمانية')).toBe(0)
  })

  it('parts two steps of one family only', () => {
    const cut = eventKinds('خفض البنك سعر الفائدة')
    const hold = eventKinds('أبقى البنك على سعر الفائدة')
    const oath = eventKinds('أدى الرئيس المنتخب اليمين الدستورية')
    expect(kindsApart(cut, hold)).toBe(true)
    expect(kindsApart(cut, cut)).toBe(false)
    expect(kindsApart(cut, oath)).toBe(false)
    expect(kindsApart(cut, 0)).toBe(false)
  })
})
