import { describe, expect, it } from 'vitest'
import { lineShape } from './clutter-line.ts'
import { isTableRow } from './clutter-tables.ts'
import { kindsOf } from './test-helpers.ts'

// Written for these tests: a report on a town's school enrolment with its table, and the page's foot.
const TITLE = 'ارتفاع عدد التلاميذ في مدارس البلدة هذا العام'
const LEAD =
  'سجلت مديرية التعليم في البلدة ارتفاعاً في عدد التلاميذ المسجلين هذا العام، بحسب أرقام نشرتها أمس.'
const INTRO = 'وجاءت أعداد التلاميذ في المراحل الثلاث على النحو الآتي، مقارنة بالعام الماضي:'
const TABLE = [
  'المرحلة | العام الماضي | هذا العام |',
  'الابتدائية | 4,210 | 4,590 |',
  'الإعدادية | 2,870 | 3,015 |',
  'الثانوية | 1,940 | 2,002 |',
  'التعليم المهني | 312 | ـ |',
]
const MORE = 'وقال مدير التعليم إن المديرية ستفتح ثلاثة صفوف جديدة في المدرسة الابتدائية الشهر المقبل.'
const isContent = (kind: string | undefined) => kind === 'paragraph' || kind === 'heading'
const shapes = (lines: readonly string[]) => lines.map(lineShape)

describe('a table the article prints, one row a line', () => {
  it('keeps the rows under the body’s last paragraph, where a list of links would stand', () => {
    const kinds = kindsOf([TITLE, LEAD, INTRO, ...TABLE].join('\n'))
    for (const row of TABLE) expect(isContent(kinds.get(row)), row).toBe(true)
  })

  it('keeps the rows between two paragraphs', () => {
    const kinds = kindsOf([TITLE, LEAD, INTRO, ...TABLE, MORE].join('\n'))
    for (const row of TABLE) expect(isContent(kinds.get(row)), row).toBe(true)
    expect(kinds.get(MORE)).toBe('paragraph')
  })

  it('reads a run of rows with as many bars each and figures in their cells as a table', () => {
    expect(TABLE.every((_, i) => isTableRow(shapes(TABLE), i))).toBe(true)
  })

  it('does not read a menu between bars as a table, nor two rows alone', () => {
    const menu = [
      'الرئيسية | أخبار | رياضة | اقتصاد',
      'من نحن | اتصل بنا | الخصوصية | الإعلان',
      'فيديو | صور | مقالات | ملفات',
    ]
    expect(menu.some((_, i) => isTableRow(shapes(menu), i))).toBe(false)
    const two = TABLE.slice(1, 3)
    expect(two.some((_, i) => isTableRow(shapes(two), i))).toBe(false)
  })

  it('does not read rows of different widths as one table', () => {
    const mixed = ['الابتدائية | 4,210 |', 'الإعدادية | 2,870 | 3,015 |', 'الثانوية | 1,940 | 2,002 | 7 |']
    expect(mixed.some((_, i) => isTableRow(shapes(mixed), i))).toBe(false)
  })
})
