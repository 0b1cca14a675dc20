import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const places = (text: string) => entityNames(text, 'location')

describe('places named in a list', () => {
  it('reads every name of a list closed by وغيرها as a place', () => {
    expect(places('افتُتحت مراكز صحية بكل من صفاقس وبوحجلة والعلا وغيرها من المعتمديات.')).toEqual([
      'صفاقس',
      'بوحجلة',
      'العلا',
    ])
  })

  it('reads the names after a plural of places, with or without its adjective', () => {
    expect(places('يضم الاتحاد مدن طرطوس وبانياس والقدموس.')).toEqual(['طرطوس', 'بانياس', 'القدموس'])
    expect(places('شملت الزيارة المقاطعات الإدارية الرويبة، بئر خادم، وزرالدة.')).toEqual([
      'الرويبة',
      'بئر خادم',
      'زرالدة',
    ])
    expect(places('اكتُشف النفط في حقول الرميلة والحلفاية والقرنة.')).toContain('القرنة')
  })

  it('reads a name between a preposition and a known place', () => {
    expect(places('نزح السكان من حلفايا وكسلا إلى المخيمات.')).toEqual(['حلفايا', 'كسلا'])
    expect(places('نزح السكان من حلفايا إلى المخيمات.')).toEqual([])
  })

  it('leaves what the sentence goes on with after the last place', () => {
    expect(places('تحدث عن العلاقات بين مصر والسودان وتطويرها في المستقبل.')).toEqual(['مصر', 'السودان'])
    expect(places('استمر القصف على غزة ورفح وتدمير المنازل.')).toEqual(['غزة', 'رفح'])
    expect(places('تضررت مناطق واسعة وقرى كثيرة.')).toEqual([])
  })

  it('ends a list where the clause goes on with a particle or the place it is in', () => {
    expect(places('غمرت السيول أحياء الزهور والمنارة والقلعة بمحافظة إدلب.')).toEqual([
      'الزهور',
      'المنارة',
      'القلعة',
      'إدلب',
    ])
    expect(places('تصل المياه إلى مناطق الرملة والكرمل والسهل الساحلي قرب حيفا.')).toEqual([
      'الرملة',
      'الكرمل',
      'السهل الساحلي',
      'حيفا',
    ])
    expect(places('يمر الخط من مصر عبر الأردن وسوريا وصولا إلى لبنان.')).toEqual([
      'مصر',
      'الأردن',
      'سوريا',
      'لبنان',
    ])
    expect(places('قصفت الطائرات مدن جنين وطولكرم، ومضى قائلا إن القصف مستمر.')).toEqual(['جنين', 'طولكرم'])
  })

  it('reads a list after a plural and the head of its first place, with names that open with برج، حارة or الشيخ', () => {
    expect(places('شملت الغارات مناطق حي النور وبرج الساعة، وحارة المعصرة، والرويسات.')).toEqual([
      'النور',
      'برج الساعة',
      'حارة المعصرة',
      'الرويسات',
    ])
    expect(places('انسحبت القوات من أحياء الشيخ فارس والقرامطة، وسلمت مواقعها.')).toEqual([
      'الشيخ فارس',
      'القرامطة',
    ])
  })

  it('leaves names parted by commas alone (tags, headings) and a plural in ات after a preposition', () => {
    expect(places('مصر,الأردن,العراق,الاقتصاد')).toEqual(['مصر', 'الأردن', 'العراق'])
    expect(places('يخشى السكان من فيضانات وسيول جديدة.')).toEqual([])
  })
})

describe('a list after a word that introduces examples of a plural of places', () => {
  it('takes the names after مثل or منها, past a comma or a colon, as places', () => {
    const text =
      'ستشهد المنطقة أمطاراً غزيرة تشمل عدداً من المحافظات، مثل: عفيف، الدوادمي، شقراء، وحريملاء. وزار الوفد عددا من المدن منها سبها ومرزق.'
    expect(entityNames(text, 'location')).toEqual(['عفيف', 'الدوادمي', 'شقراء', 'حريملاء', 'سبها', 'مرزق'])
  })

  it('takes nothing after مثل when the plural is no plural of places', () => {
    const text = 'وشملت الأضرار عدداً من القطاعات، مثل: الزراعة، الصناعة، والنقل.'
    expect(entityNames(text, 'location')).toEqual([])
  })

  it('reads ك before a word without the article as the word’s own letter, and as likening before a definite name', () => {
    expect(places('وصف المحافظ الزيارة بأنها مبادرة كريمة من الوزارة.')).toEqual([])
    expect(places('ساهمت دول كالسعودية ومصر في تمويل المشروع.')).toEqual(['السعودية', 'مصر'])
  })
})

describe('a list of places before a phrase behind ب or ل, round 34', () => {
  it('ends the list where a preposition on an ordinary word opens a phrase', () => {
    expect(places('وتجول الوفد في قرى العريفة والمشرفة والحمرية بمشاركة رئيس البلدية.')).toEqual([
      'العريفة',
      'المشرفة',
      'الحمرية',
    ])
  })
})
