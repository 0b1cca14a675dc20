import { describe, expect, it } from 'vitest'
import { registerPeople } from '../index.ts'
import { writtenPeopleText } from '../lang/ar/written-people.ts'
import { writtenPeople } from '../people.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { parsePeople } from './registered-people.ts'

const people = (text: string) =>
  parseArticle({ id: 'people', text })
    .entities.filter((entity) => entity.kind === 'person')
    .map((entity) => entity.name)

describe('the people list of @marsad/core/people', () => {
  it('reads a name, its variants, short and contextual forms, and leaves out headings', () => {
    expect(
      parsePeople('# heads\nسيرغي لافروف = سيرجي لافروف + لافروف ~ الوزير الروسي\n\nجون كيري\n'),
    ).toEqual([
      { name: 'سيرغي لافروف', variants: ['سيرجي لافروف'], short: ['لافروف'], contextual: ['الوزير الروسي'] },
      { name: 'جون كيري', variants: [], short: [], contextual: [] },
    ])
    expect(() => parsePeople('John Kerry')).toThrow()
  })

  it('writes between 800 and 2,600 people, each once', () => {
    const names = parsePeople(writtenPeopleText).map((person) => person.name)
    expect(names.length).toBeGreaterThanOrEqual(800)
    expect(names.length).toBeLessThanOrEqual(2600)
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
  })
})

// One file, one order: the first test runs before registration, the others after it.
describe('registerPeople', () => {
  it('leaves a short form alone before the list is registered', () => {
    expect(people('وصل ويتكوف إلى الدوحة أمس لبحث الهدنة.')).toEqual([])
  })

  it('names a listed person by the full name, a short form or a joined عبد', () => {
    registerPeople(writtenPeople)
    expect(people('وصل ويتكوف إلى الدوحة أمس لبحث الهدنة.')).toEqual(['ستيف ويتكوف'])
    expect(people('وصرّح الناطق باسم الجيش أفيخاي أدرعي بأن العملية مستمرة.')).toEqual(['أفيخاي أدرعي'])
    expect(people('وقال عبداللطيف الزياني إن الاجتماع كان مثمراً.')).toEqual(['عبد اللطيف الزياني'])
    // a listed name is the opening of a longer one, which the rules still read whole
    expect(people('قال محمد مصطفى أبو شامة إن الوضع صعب.')).toEqual(['محمد مصطفى أبو شامة'])
  })

  it('changes nothing when registered twice, and keeps the gazetteer’s own people', () => {
    registerPeople(writtenPeople)
    expect(people('وقال ستيف ويتكوف إن بوتين مستعد للقاء.')).toEqual(['ستيف ويتكوف', 'فلاديمير بوتين'])
  })

  it('reads a listed full name whole after a role, and runs it on into no word of the clause', () => {
    // the rules read fewer of its words after a role
    expect(people('واستقبل رئيس الحكومة عبد الحميد الدبيبة وفدا من رجال الأعمال في طرابلس.')).toEqual([
      'عبد الحميد الدبيبة',
    ])
    expect(people('وأعلنت الرئاسة أن رئيس الحكومة عبد الحميد الدبيبة سيزور القاهرة.')).toEqual([
      'عبد الحميد الدبيبة',
    ])
    // a descriptor (نجم) or a passive participle (موجود) after the name is the clause's
    expect(people('وحضر المباراة محمد صلاح نجم نادي ليفربول إلى جانب عدد من اللاعبين.')).toEqual([
      'محمد صلاح',
    ])
    expect(people('وكان الرئيس عبد ربه منصور هادي موجود في عدن حين بدأ الهجوم.')).toEqual([
      'عبد ربه منصور هادي',
    ])
    // a given name, a particle or a foreign name's word goes on the name
    expect(people('وصرح الوزير الأول محمد ولد بلال مسعود بأن الحكومة ماضية في خطتها.')).toEqual([
      'محمد ولد بلال مسعود',
    ])
    expect(people('وأكد الشيخ حمد بن خليفة آل ثاني دعمه للمبادرة.')).toEqual(['حمد بن خليفة آل ثاني'])
    expect(people('وقال المهندس محمد مصطفى كاريدو إن المشروع انتهى.')).toEqual(['محمد مصطفى كاريدو'])
  })

  it('takes no ordinary sentence for a person', () => {
    expect(people('وأكدت الحكومة أن الخطة ستنفذ في موعدها رغم الصعوبات.')).toEqual([])
    expect(people('وقال مصدر في الوزارة إن الاجتماع انتهى دون اتفاق.')).toEqual([])
  })
})
