import { describe, expect, it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

// Written for these tests: a ticker of other stories' headlines, a bar alone between each two, above the article.
const HEADLINES = [
  'المجلس البلدي يقر موازنة العام المقبل للمدينة',
  'وزير النقل يفتتح الطريق الساحلي الجديد',
  'حملة تطعيم جديدة في مدارس المحافظة',
  'ارتفاع أسعار الخضار في الأسواق المحلية',
]
const TITLE = 'جني الزيتون يبدأ في قرى الشمال'
const LEAD =
  'بدأ المزارعون في قرى الشمال هذا الأسبوع موسم جني الزيتون، وسط توقعات بإنتاج أوفر من العام الماضي بعد أمطار غزيرة.'
const MORE = 'وقال رئيس جمعية المزارعين إن المعاصر ستفتح أبوابها مطلع الشهر المقبل لاستقبال المحصول.'
const isContent = (kind: string | undefined) => kind === 'paragraph' || kind === 'heading'

describe('headlines set apart by bars on lines of their own', () => {
  it('reads every headline of the ticker as navigation and keeps the title under it', () => {
    const ticker = HEADLINES.flatMap((line) => [line, '|'])
    const kinds = kindsOf([...ticker, TITLE, LEAD, MORE].join('\n'))
    for (const line of HEADLINES) expect(kinds.get(line), line).toBe('navigation')
    expect(isContent(kinds.get(TITLE))).toBe(true)
    expect(kinds.get(LEAD)).toBe('paragraph')
  })

  it('keeps the title that follows the last bar at once', () => {
    const ticker = HEADLINES.flatMap((line) => ['|', line])
    const kinds = kindsOf([...ticker, '|', TITLE, LEAD, MORE].join('\n'))
    expect(isContent(kinds.get(TITLE))).toBe(true)
  })

  it('leaves the article’s points alone under bullets on lines of their own', () => {
    const points = [
      'تأجيل موعد الامتحانات النهائية',
      'زيادة عدد الحافلات المدرسية',
      'تمديد ساعات المكتبة العامة',
    ]
    const kinds = kindsOf([TITLE, LEAD, ...points.flatMap((line) => ['-', line]), MORE].join('\n'))
    for (const line of points) expect(isContent(kinds.get(line)), line).toBe(true)
  })
})
