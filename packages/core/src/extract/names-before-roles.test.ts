import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

const people = (text: string) => entityNames(text, 'person')

describe('names vouched for by the role after them', () => {
  it('reads each name of a list whose items are a name, a comma and a title', () => {
    expect(
      people(
        'وحضر الاجتماع السادة: كمال بلحاج، وزير الداخلية؛ زيان بن عمار، وزير الطاقة؛ يونس مقراني، وزير الشباب.',
      ),
    ).toEqual(['كمال بلحاج', 'زيان بن عمار', 'يونس مقراني'])
  })

  it('reads two words opening a sentence as a name, whatever the lists make of them, when a title between commas and a verb of saying follow', () => {
    const text =
      'افتتح المؤتمر أعماله أمس. عقيلة صالح، رئيس مجلس النواب، يقول إن هناك اتفاقاً كبيراً مع الحكومة.'
    expect(people(text)).toEqual(['عقيلة صالح'])
    expect(extract(text).quotes.map((q) => q.speaker?.name)).toEqual(['عقيلة صالح'])
    // With no verb of saying after the title, the two words need a name's shape of their own.
    expect(people('افتتح المؤتمر أعماله أمس. سامي الحداد، رئيس الجمعية الوطنية، زار المدينة.')).toEqual([])
  })

  it('reads a name before a title in the accusative, also after و', () => {
    expect(people('وتقرر تعيين محرز بوعلام والياً على المقاطعة.')).toEqual(['محرز بوعلام'])
    expect(people('ويضم الطاقم الطبي وأنور جاسم مستشاراً.')).toEqual(['أنور جاسم'])
  })

  it('reads a name in the speaker’s place before a comma and a title, a definite given name or عبد opening it', () => {
    expect(people('أوضح الحسين بوعمامة، مدرب المنتخب الرديف، أن المباراة صعبة.')).toEqual(['الحسين بوعمامة'])
    expect(people('وضم الجهاز الفني وعبد الرحيم حميد مدرباً للحراس.')).toEqual(['عبد الرحيم حميد'])
  })

  it('reads a name in the subject’s place of any verb before a comma and a title', () => {
    expect(people('ووجّه رشيد بلعيدي، رئيس الفريق النيابي، انتقادات حادة إلى الحكومة.')).toEqual([
      'رشيد بلعيدي',
    ])
    expect(people('وتسلّم كريم بوزيان، مدير المستشفى، المعدات الجديدة.')).toEqual(['كريم بوزيان'])
  })

  it('reads no name from words before a comma and a title inside a clause', () => {
    expect(people('ووصلت قافلة مساعدات، وزير الصحة في استقبالها.')).toEqual([])
    expect(people('تسلم الموظفون رواتبهم، رئيس النقابة راض.')).toEqual([])
  })
})

describe('a name before a title in the construct state', () => {
  it('reads a word and a family name in its nisba shape before a title and its genitive as a name', () => {
    expect(people('ونذكر أن سليم التريكي والي صفاقس زار المتحف.')).toEqual(['سليم التريكي'])
  })

  it('reads no name before a title behind a particle, a genitive of the clause', () => {
    expect(people('وأعرب الأمين العام عن خالص التهاني للرئيس المنتخب.')).toEqual([])
  })
})
