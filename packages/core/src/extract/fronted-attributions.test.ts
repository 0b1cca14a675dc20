import { beforeAll, describe, expect, it } from 'vitest'
import { registerWordLists } from '../lists.ts'
import { extract } from './test-helpers.ts'

const indirect = (text: string) => extract(text).quotes.filter((q) => q.kind === 'indirect')

// Sentences of our own. An attribution opens its sentence and a verbal clause follows it: the annotators read the
// clause as what the source says (`attribution-clauses.ts`). The verbs are read as deployed, with the lists
// registered.
beforeAll(() => registerWordLists())

describe('an attribution that opens its sentence, then a verbal clause', () => {
  it.each([
    ['وبحسب مصادر محلية، استهدفت الغارات محيط المطار.', 'استهدفت الغارات محيط المطار', 'مصادر محلية'],
    [
      'وحسب مصادر مطلعة، لم تسجل أي إصابات في صفوف المدنيين.',
      'لم تسجل أي إصابات في صفوف المدنيين',
      'مصادر مطلعة',
    ],
    [
      'ووفقا لما نقلته وكالة الأنباء الرسمية، أصدرت المحكمة حكمها بالسجن خمس سنوات.',
      'أصدرت المحكمة حكمها بالسجن خمس سنوات',
      'وكالة الأنباء الرسمية',
    ],
    [
      'وبحسب هيئة الأرصاد الجوية، ضربت العاصفة السواحل الشمالية فجر اليوم.',
      'ضربت العاصفة السواحل الشمالية فجر اليوم',
      'هيئة الأرصاد الجوية',
    ],
    [
      'وطبقا لوزارة الداخلية ارتفع عدد الموقوفين إلى عشرين شخصا.',
      'ارتفع عدد الموقوفين إلى عشرين شخصا',
      'وزارة الداخلية',
    ],
  ])('%s', (text, said, speaker) => {
    const [clause] = indirect(text)
    expect(clause?.text).toBe(said)
    expect(clause?.speaker?.name).toBe(speaker)
  })

  it('takes no verbal clause after a source that cannot speak', () => {
    expect(indirect('وحسب الخطة، تبدأ الأعمال في الأحياء الشرقية غدا.')).toEqual([])
    expect(indirect('ووفقا للقانون، يحق للمواطن الاعتراض على القرار.')).toEqual([])
    expect(indirect('وبحسب التقديرات الأولية، بلغت الخسائر مليون دولار.')).toEqual([])
  })
})
