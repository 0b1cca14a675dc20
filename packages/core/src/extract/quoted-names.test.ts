import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

/** The direct quotes of a text, each as its words and its speaker's name. */
function directs(text: string): [string, string | null][] {
  return extract(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker?.name ?? null])
}

describe('quoted words after a noun that nothing reports', () => {
  it('reads them as what the noun names: a programme, a charge, an occasion', () => {
    expect(
      directs('وشاركت الفرقة في مهرجان الربيع ضمن فقرات "ليالي المدينة القديمة الكبرى" مساء السبت.'),
    ).toEqual([])
    expect(
      directs(
        'وأحيل المتهم إلى المحكمة بعد ارتكابه جناية «السرقة بالإكراه وحيازة سلاح أبيض» في وسط المدينة.',
      ),
    ).toEqual([])
    expect(
      directs(
        'واستعدت البلدية لاستقبال احتفالات «عيد الاستقلال الخمسين ويوم الشهداء الوطني» بالزينة والأعلام.',
      ),
    ).toEqual([])
  })

  it('keeps them where a verb of saying stands earlier in the sentence or a passage of speech goes on', () => {
    expect(directs('وقال الوزير إن البلاد تعيش مرحلة "صعبة جدا على كل المستويات" في هذه الأيام.')).toEqual([
      ['صعبة جدا على كل المستويات', 'الوزير'],
    ])
    const passage =
      'قال الوزير سامي الخوري: "سنواصل العمل بلا توقف". وهذه المرحلة "مرحلة البناء والعمل المشترك للجميع" كما ختم.'
    expect(directs(passage)).toEqual([
      ['سنواصل العمل بلا توقف', 'سامي الخوري'],
      ['مرحلة البناء والعمل المشترك للجميع', 'سامي الخوري'],
    ])
  })
})
