import { describe, expect, it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

// Written for these tests: a page's ticker of timed links above the article.
const TICKER = [
  '12:19المجلس البلدي يقر موازنة العام المقبل',
  '12:13وزير النقل يفتتح الطريق الساحلي الجديد',
  '12:07"الصحة": حملة تطعيم جديدة في المدارس',
  '12:05افتتاح معرض الصناعات التقليدية في المدينة',
  '12:01ارتفاع أسعار الخضار في الأسواق المحلية',
]
const TITLE = 'جني الزيتون يبدأ في قرى الشمال'
const LEAD =
  'بدأ المزارعون في قرى الشمال هذا الأسبوع موسم جني الزيتون، وسط توقعات بإنتاج أوفر من العام الماضي بعد أمطار غزيرة.'
const MORE = 'وقال رئيس جمعية المزارعين إن المعاصر ستفتح أبوابها مطلع الشهر المقبل لاستقبال المحصول.'
const isContent = (kind: string | undefined) => kind === 'paragraph' || kind === 'heading'

describe('an item of a list read on its own as something else', () => {
  it('reads a line between two links that opens as they do (a glued time) as the list’s item', () => {
    const kinds = kindsOf(['القائمة', ...TICKER, TITLE, LEAD, MORE].join('\n'))
    for (const line of TICKER) expect(kinds.get(line), line).toBe('navigation')
    expect(kinds.get(LEAD)).toBe('paragraph')
  })

  it('keeps the title printed twice under a header that took its first copy', () => {
    const title = 'المزارعون يبدأون جني الزيتون في قرى الشمال'
    const kinds = kindsOf(['آخر الأخبار', title, title, 'نشرة الواحة - وكالات', LEAD, MORE].join('\n'))
    expect(isContent(kinds.get(title))).toBe(true)
  })

  it('keeps a title that opens with the word of a numbered link under it', () => {
    const title = 'المدينة: افتتاح المكتبة العامة بعد ترميمها'
    const lead =
      'افتتحت البلدية صباح اليوم المكتبة العامة بعد عامين من أعمال الترميم، بحضور عدد من الكتّاب والقراء.'
    const kinds = kindsOf(['- - رابط الموقع -', title, 'المدينة [1]', lead, MORE].join('\n'))
    expect(isContent(kinds.get(title))).toBe(true)
  })
})
