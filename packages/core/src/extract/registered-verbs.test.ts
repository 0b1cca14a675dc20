import { describe, expect, it } from 'vitest'
import { decodeFrontCoded } from '../lang/ar/front-coding.ts'
import { registerWordLists } from '../lists.ts'
import { writtenVerbs } from '../verbs.ts'
import { givenNameSet, norm, strictNorm } from './lexicon.ts'
import { sourceGivenNameSet } from './source-given-names.ts'
import { entityNames } from './test-helpers.ts'

const persons = (text: string) => entityNames(text, 'person')

const verbs = decodeFrontCoded(writtenVerbs)

// Sentences of our own: a title, then a verb of the clause that no hand list of verbs holds; without the list the
// rules read the verb and the word after it as the titled person's name.
const clauseAfterTitle = [
  'وكان المتهم سرق الهاتف من سيارة متوقفة قرب السوق.',
  'وكشف التحقيق أن الموظف اختلس أموالا من صندوق البلدية.',
  'اللاعب لعب جيدا في الشوط الثاني رغم الإصابة.',
  'وأكد المدرب أن اللاعب تأثر كثيرا بالإصابة الأخيرة.',
]

describe('the verbs of @marsad/core/verbs', () => {
  it('are 6,259 words of Arabic letters, sorted, once each, and each stays a word of three letters or more once normalised', () => {
    expect(verbs).toHaveLength(6259)
    expect(new Set(verbs).size).toBe(verbs.length)
    expect([...verbs].sort()).toEqual(verbs)
    for (const verb of verbs) {
      expect(verb).toMatch(/^[\u0621-\u063A\u0641-\u064A]{3,}$/)
      expect(norm(verb)).toMatch(/^[\u0621-\u063A\u0641-\u064A]{3,}$/)
    }
  })

  it('leave a verb after a title unread as a name only when registered', () => {
    registerWordLists({ writtenVerbs: false })
    for (const sentence of clauseAfterTitle) expect(persons(sentence)).toHaveLength(1)
    registerWordLists()
    for (const sentence of clauseAfterTitle) expect(persons(sentence)).toEqual([])
  })

  // Folded, a few verbs spell a given name (تأمر is تامر, يأسر is ياسر; باشر and أراد are in the maintained lists):
  // the name lists win, since a name list is the stronger cue and the spelling cannot tell them apart.
  it('give way to a given name of any list', () => {
    registerWordLists()
    const given = verbs.filter(
      (verb) => givenNameSet.has(strictNorm(verb)) || sourceGivenNameSet.has(strictNorm(verb)),
    )
    expect(given.sort()).toEqual([
      'أثير',
      'أدير',
      'أراد',
      'باشر',
      'بنوا',
      'تأمر',
      'تبارك',
      'خشيت',
      'هيمن',
      'يأسر',
    ])
    expect(persons('وقال المدرب ياسر الشهري إن الفريق جاهز للمباراة.')).toEqual(['ياسر الشهري'])
    expect(persons('وأكد المهندس تامر سعيد أن الأعمال ستنتهي الشهر المقبل.')).toEqual(['تامر سعيد'])
  })

  // A listed person's name may hold a verb's spelling (زاد، شكر، طوق، توكل): the listed full name is read whole.
  it('leave a listed full name whole', () => {
    registerWordLists()
    expect(persons('وقال المبعوث زلماي خليل زاد إن المحادثات مستمرة.')).toEqual(['زلماي خليل زاد'])
    expect(persons('وذكرت الصحيفة أن فؤاد شكر قتل في الغارة.')).toEqual(['فؤاد شكر'])
    expect(persons('والتقى الوزير عبد الله بن طوق المري وفدا من رجال الأعمال.')).toEqual([
      'عبد الله بن طوق المري',
    ])
    expect(persons('وقالت الناشطة توكل كرمان إن الحرب يجب أن تتوقف.')).toEqual(['توكل كرمان'])
  })
})
