import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

const people = (text: string) => entityNames(text, 'person')
const speakers = (text: string) => extract(text).quotes.map((quote) => quote.speaker?.name ?? null)

describe('two words the article writes together again and again, once where a name stands, are a full name', () => {
  it('reads a first name that looks like a future verb, after a verb of saying', () => {
    const text =
      'صرح سيباستيان لورينزو للصحفيين بأن المفاوضات متقدمة، ثم عاد سيباستيان لورينزو ليؤكد أن الاتفاق قريب.'
    expect(people(text)).toEqual(['سيباستيان لورينزو'])
  })

  it('gives the speaker the whole name where its family name looks like a present verb', () => {
    const text =
      'أكد سيمون يوفانوفيتش أن الفريق سيعود أقوى. وأضاف سيمون يوفانوفيتش أن اللاعبين قدموا كل ما لديهم.'
    expect(people(text)).toEqual(['سيمون يوفانوفيتش'])
    expect(speakers(text)).toEqual(['سيمون يوفانوفيتش', 'سيمون يوفانوفيتش'])
  })

  it('lengthens a given name found alone, after a title, by the family name it always carries', () => {
    const text = 'وترى الباحثة ليلى تيمورتاش أن الأزمة طويلة، وتضيف الباحثة ليلى تيمورتاش أن الحل سياسي.'
    expect(people(text)).toEqual(['ليلى تيمورتاش'])
  })

  it('reads no name where the pair never stands after a verb of saying or a title', () => {
    expect(
      people('توفي الشاعر عن عمر يناهز 80 عاما، وكان قد كتب عن عمر يناهز الستين قصيدته الأخيرة.'),
    ).toEqual([])
  })

  it('reads no name from a given name that is a verb before a noun with its pronoun, nor one behind a particle', () => {
    const text =
      'وقال المحافظ إن المدرسة يزيد عمرها عن مئة عام، وأضاف أن الجسر يزيد عمرها أيضا. وقال الوزير: لدينا فائض، ولدينا فائض آخر.'
    expect(people(text)).toEqual([])
  })

  it('leaves a pair that opens a longer name to the other rules', () => {
    const names = people(
      'وقال المرشح كمال كليجدار أوغلو إن الانتخابات حرة. وقال كمال كليجدار أوغلو إنه يقبل النتيجة.',
    )
    expect(names).not.toContain('كمال كليجدار')
  })
})
