import { describe, expect, it } from 'vitest'
import type { Entity } from '../model/extraction.ts'
import { extract } from './test-helpers.ts'

const entities = (text: string) => extract(text).entities
const named = (text: string, kind: Entity['kind']) =>
  entities(text)
    .filter((e) => e.kind === kind)
    .map((e) => e.name)
const answersTo = (entity: Entity | undefined) => (entity ? [entity.name, ...entity.aliases] : [])

describe('bodies the news names by their head', () => {
  it('reads departments, secretariats, courts of the royal house, embassies and presidencies as bodies', () => {
    const text =
      'وأعلنت دائرة الأرصاد الجوية أن الأمطار ستستمر، فيما قالت أمانة عمان إن فرقها جاهزة، وأصدر الديوان الملكي بياناً، واستقبلت رئاسة الجمهورية وفداً من قوى الأمن الداخلي.'
    const bodies = named(text, 'organization')
    expect(bodies).toContain('دائرة الأرصاد الجوية')
    expect(bodies).toContain('أمانة عمان')
    expect(bodies).toContain('الديوان الملكي')
    expect(bodies).toContain('رئاسة الجمهورية')
    expect(bodies).toContain('قوى الأمن الداخلي')
  })

  it('leaves a body’s state out of its name, and a generic body with no name out altogether', () => {
    expect(named('وعقد مجلس النواب الممدد جلسته الأولى.', 'organization')).toEqual(['مجلس النواب'])
    expect(named('ورحب النواب بتشكيل المجلس الجديد أمس.', 'organization')).toEqual([])
    expect(named('وقال إن المؤسسة التشريعية تعرضت لضغوط.', 'organization')).toEqual([])
  })

  it('lets رئاسة govern another body instead of naming one', () => {
    expect(named('وأعلنت رئاسة البرلمان العربي موعد الجلسة.', 'organization')).toEqual(['البرلمان العربي'])
  })

  it('runs an embassy’s name on to its city, which is a place of its own', () => {
    const text = 'وقالت السفارة المصرية في باريس إن رعاياها بخير.'
    expect(named(text, 'organization')).toEqual(['السفارة المصرية في باريس'])
    expect(named(text, 'location')).toContain('باريس')
  })
})

describe('places named with a head', () => {
  it('answers to the headed and the bare form of a governorate', () => {
    const text = 'وسجلت محافظة المفرق أعلى نسبة أمطار، وتبعتها الرمثا. وقال محافظ المفرق إن الطرق سالكة.'
    const place = entities(text).find((e) => e.kind === 'location' && e.name === 'المفرق')
    expect(answersTo(place)).toContain('محافظة المفرق')
  })

  it('is one place when named with its head and without it', () => {
    const text = 'وضربت الهزة مدينة حلب صباحاً، وشعر بها سكان محافظة حلب كلها.'
    expect(named(text, 'location').filter((name) => name.includes('حلب'))).toHaveLength(1)
  })

  it('reads a site named by its head as a place of its own, beside the city it names', () => {
    const text = 'وأقيم الحفل على كورنيش الدوحة مساء الخميس، ثم انتقل الجمهور إلى ملعب الأمير فيصل بن فهد.'
    const places = named(text, 'location')
    expect(places).toContain('كورنيش الدوحة')
    expect(places).toContain('الدوحة')
    expect(places).toContain('ملعب الأمير فيصل بن فهد')
  })

  it('takes a district of two words after حي', () => {
    expect(named('وهدمت الجرافات منزلين في حي بستان الزيتون صباح اليوم.', 'location')).toContain(
      'بستان الزيتون',
    )
  })
})

describe('outlets in credits and datelines', () => {
  const outlets = (text: string) => named(text, 'media')

  it('reads a name with an outlet’s ending as an outlet, and its head as another form of it', () => {
    expect(outlets('وقال مصدر أمني لموقع الرافدين الإخباري إن الطريق أغلق.')).toContain('الرافدين الإخباري')
    const text = 'وذكرت وكالة نخيل نيوز أن الأمطار غزيرة.'
    const outlet = entities(text).find((e) => e.kind === 'media')
    expect(answersTo(outlet)).toEqual(expect.arrayContaining(['نخيل نيوز', 'وكالة نخيل نيوز']))
  })

  it('reads the outlet of a dateline and of a credit line', () => {
    expect(outlets('نخيل نيوز/ بغداد\nأعلنت الوزارة إغلاق الطرق.')).toContain('نخيل نيوز')
    expect(outlets('صدى الملاعب - عمان\nفاز الفريق على ضيفه.')).toContain('صدى الملاعب')
    expect(outlets('ملاعب 24\nفاز الفريق على ضيفه.')).toContain('ملاعب 24')
    expect(outlets('نبض اليوم:أعلنت الحكومة خطة جديدة للنقل.')).toContain('نبض اليوم')
  })

  it('reads a country’s nisba after a dateline’s place as that country’s agency', () => {
    expect(outlets('الكويت ـ الكويتية:\nأعلنت الحكومة خطة جديدة.')).toContain('الكويتية')
  })

  it('counts social networks as outlets, and takes no date line for a credit', () => {
    expect(outlets('وكتب الوزير على فيسبوك أن الطريق سيفتح.')).toContain('فيسبوك')
    expect(outlets('الرياضة 2021/07/13\nفاز الفريق.')).toEqual([])
  })
})
