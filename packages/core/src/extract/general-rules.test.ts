import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const ids = (text: string) => extract(text).entities.map((e) => e.id)
const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker?.name ?? null)

describe('titles and speakers', () => {
  it('reads the feminine of a title as a title, linking the woman named after it', () => {
    const text = 'وقالت الأمينة العامة للاتحاد، الدكتورة هدى النقيب، إن الإضراب "مستمر حتى تلبية المطالب".'
    expect(speakers(text)).toEqual(['هدى النقيب'])
    const person = extract(text).entities.find((e) => e.id === 'person:هدي-النقيب')
    expect(person?.roles).toContain('الأمينة العامة للاتحاد')
  })

  it('does not read a masdar written with إ as the verb of a report', () => {
    const text =
      'وفي الرباط، قدمت الناطقة باسم الحكومة سلمى الإدريسي إفادتها المعتادة أمس. وردّاً على سؤال، قالت إن الحكومة "لن تتراجع".'
    expect(speakers(text)).toEqual(['سلمى الإدريسي'])
  })

  it('never takes a noun behind a preposition as the subject of a participle', () => {
    const text = 'وكانت النقابة قد طالبت بالتحقيق، معتبرةً أن الإدارة "تجاهلت كل التحذيرات".'
    expect(speakers(text)).not.toContain('بالتحقيق')
  })

  it('lets a participle take a prepositional phrase and a time before its clause', () => {
    const text =
      'وقال رئيس البلدية كريم الساعدي إن المشروع تأخر، مؤكداً في مؤتمر صحافي الأسبوع الماضي أن "العمل سيستأنف".'
    expect(speakers(text)).toEqual(['كريم الساعدي', 'كريم الساعدي'])
  })
})

describe('names', () => {
  it('ends a name before a number word or a noun with a possessive', () => {
    expect(ids('حكمت المحكمة على المدير السابق سمير بلقاسم ثماني سنوات.')).toContain('person:سمير-بلقاسم')
    expect(ids('ويعد اللاعب ثالث صفقات النادي هذا الصيف.').some((id) => id.startsWith('person:'))).toBe(false)
  })

  it('joins the Mauritanian particle منت like بنت', () => {
    expect(ids('وقالت الطبيبة عائشة منت محمد إن الوضع مستقر.')).toContain('person:عائشة-منت-محمد')
  })

  it('names a place the gazetteer does not know after a construct head, two after a dual', () => {
    const found = ids('وسجلت الإصابات في ولايتي الحوض الغربي وتيرس زمور، وفي مدينة أطار.')
    expect(found).toEqual(
      expect.arrayContaining(['location:الحوض-الغربي', 'location:تيرس-زمور', 'location:اطار']),
    )
    expect(ids('وتعيش الأسر في مدينة كبيرة على الساحل.').some((id) => id.startsWith('location:'))).toBe(false)
  })
})

describe('bodies and outlets', () => {
  it('names a country news agency by its nisba, or by its quoted name after it', () => {
    const { entities } = extract('ونقلت وكالة الأنباء البحرينية عن الوزير قوله إن الاجتماع مثمر.')
    expect(entities.find((e) => e.kind === 'media')?.name).toBe('وكالة الأنباء البحرينية')
    const quoted = extract('وبحسب وكالة الأنباء الموريتانية "الوكالة الموريتانية"، فإن الحملة بدأت.')
    expect(quoted.entities.some((e) => e.kind === 'media')).toBe(true)
  })

  it('takes a company or court of no known name, and a body named after a sovereign', () => {
    expect(ids('ووقعت شركة نماء للتطوير على العقد أمس.')).toContain('organization:شركة-نماء-للتطوير')
    expect(ids('وتبرع مركز الملك سلمان للإغاثة بالأدوية.').some((id) => id.startsWith('person:'))).toBe(false)
    expect(ids('ويعمل في شركة ناشئة منذ عامين.').some((id) => id.startsWith('organization:'))).toBe(false)
  })
})
