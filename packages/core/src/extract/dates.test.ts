import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const dates = (text: string, publishedAt?: string) =>
  extract(text, publishedAt).dates.map((d) => [d.text, d.value ?? null])

describe('dates', () => {
  it('reads Levantine and Gregorian month names, alone and paired', () => {
    expect(dates('وصل الوفد في 15 كانون الثاني/يناير 2025 إلى بيروت.')).toEqual([
      ['15 كانون الثاني/يناير 2025', '2025-01-15'],
    ])
    expect(dates('وقع الاتفاق في الثالث من آذار (مارس) 2024.')).toEqual([
      ['الثالث من آذار (مارس) 2024', '2024-03-03'],
    ])
    expect(dates('وتنتهي المهلة في 30 جوان 2023.')).toEqual([['30 جوان 2023', '2023-06-30']])
  })

  it('resolves a month without its year to the nearest one, or the one its marker says', () => {
    expect(dates('أرسل الرئيس مبعوثه في كانون الثاني/يناير.', '2025-02-13')).toEqual([
      ['كانون الثاني/يناير', '2025-01'],
    ])
    expect(dates('وتعقد القمة في آذار/مارس المقبل.', '2024-12-20')).toEqual([['آذار/مارس المقبل', '2025-03']])
    expect(dates('أرسل الرئيس مبعوثه في كانون الثاني/يناير.')).toEqual([['كانون الثاني/يناير', null]])
  })

  it('converts Hijri dates with their year to the Gregorian day (Umm al-Qura)', () => {
    expect(dates('أعلنت المحكمة أن الأول من شوال 1446 هـ يوافق الأحد.', '2025-03-29')).toContainEqual([
      'الأول من شوال 1446 هـ',
      '2025-03-30',
    ])
  })

  it('needs context for month names that are also words', () => {
    expect(dates('مارس اللاعب ضغطاً كبيراً على المدافعين.')).toEqual([])
    expect(dates('صام المسلمون شهر رمضان.')).toEqual([['شهر رمضان', null]])
  })

  it('resolves relative expressions against the publication date', () => {
    const on = '2025-02-13' // a Thursday
    expect(dates('وصل الوفد إلى دمشق قبل أسبوعين.', on)).toEqual([['قبل أسبوعين', '2025-01-30']])
    expect(dates('وقال الوزير أمس إن …', on)).toEqual([['أمس', '2025-02-12']])
    expect(dates('التقى الوزيران أول أمس.', on)).toEqual([['أول أمس', '2025-02-11']])
    expect(dates('وأعلنت الوزارة، الاثنين، أن …', on)).toEqual([['الاثنين', '2025-02-10']])
    expect(dates('ويصل الوفد يوم الأحد المقبل.', on)).toEqual([['يوم الأحد المقبل', '2025-02-16']])
    expect(dates('وارتفعت الأسعار الشهر الماضي.', on)).toEqual([['الشهر الماضي', '2025-01']])
    expect(dates('وتبدأ المحادثات الأسبوع المقبل.', on)).toEqual([['الأسبوع المقبل', '2025-W08']])
    expect(dates('وتراجعت الصادرات العام الماضي.', on)).toEqual([['العام الماضي', '2024']])
    expect(dates('وصل الوفد إلى دمشق قبل أسبوعين.')).toEqual([['قبل أسبوعين', null]])
  })

  it('leaves durations and times counted from other events alone', () => {
    expect(dates('استمر الحصار منذ أسابيع.')).toEqual([])
    expect(dates('جاء القرار بعد أسابيع من الاحتجاجات.')).toEqual([])
    expect(dates('هذا هو اليوم الأول من المعرض.')).toEqual([])
    expect(dates('وزع الطعام بين الاثنين بالتساوي.')).toEqual([])
  })

  it('reads years and numeric dates', () => {
    expect(dates('وقعت الحرب عام 1973.')).toEqual([['عام 1973', '1973']])
    expect(dates('يرتبط البلدان باتفاق منذ عام 2001.')).toEqual([['عام 2001', '2001']])
    expect(dates('صدر القرار بتاريخ 15/1/2025.')).toEqual([['15/1/2025', '2025-01-15']])
    expect(dates('صدر القرار في 2025-01-15.')).toEqual([['2025-01-15', '2025-01-15']])
    expect(dates('ارتفع المؤشر 3.5 نقطة.')).toEqual([])
  })

  it('gives offsets that point at the date in the text', () => {
    const { text, dates: found } = extract(
      'وأكد الوزير، صباح الثلاثاء، أن المعبر سيفتح بعد غد.',
      '2024-05-07',
    )
    for (const date of found) expect(text.slice(date.start, date.end)).toBe(date.text)
    expect(found.map((d) => d.value)).toEqual(['2024-05-07', '2024-05-09'])
  })
})

describe('years and dated weekdays', () => {
  const found = (text: string, publishedAt?: string) =>
    extract(text, publishedAt).dates.map((d) => [d.text, d.value])

  it('takes the era letter after a year and leaves the particle before the year word out', () => {
    expect(found('ارتفعت صادرات التمور عام 2024م بنسبة الخمس.')).toEqual([['عام 2024م', '2024']])
    expect(found('أقر المجلس الموازنة العامة لعام 2026 بالإجماع.')).toEqual([['عام 2026', '2026']])
    expect(found('وفي سنة 1998 افتتح المصنع.')).toEqual([['سنة 1998', '1998']])
  })

  it('reads this year past a particle, and tomorrow after يوم or a part of the day', () => {
    expect(found('وقال إن موسم الحج لهذا العام محل متابعة يومية.', '2024-06-01')).toEqual([
      ['هذا العام', '2024'],
    ])
    expect(found('يلتقي المنتخب نظيره يوم غد في العاصمة.', '2024-06-01')).toEqual([['يوم غد', '2024-06-02']])
    expect(found('وتنطلق القافلة صباح الغد من المدينة.', '2024-06-01')).toEqual([['صباح الغد', '2024-06-02']])
    // Alone, الغد is also a newspaper's name; a demonstrative without a period is no date.
    expect(found('ونشرت صحيفة الغد تقريرا عن الموضوع.', '2024-06-01')).toEqual([])
    expect(found('وبهذه المناسبة ألقى كلمة.', '2024-06-01')).toEqual([])
  })

  it('dates a part of a named year by that year, not by the year of writing', () => {
    expect(found('وتراجعت المبيعات في نهاية العام 2019 بعد الأزمة.', '2023-04-02')).toEqual([
      ['نهاية العام 2019', '2019'],
    ])
  })

  it('reads today or yesterday, a weekday and an absolute date as one date', () => {
    expect(found('وصل الوفد اليوم الأحد 17 أكتوبر 2021 إلى المدينة.')).toEqual([
      ['اليوم الأحد 17 أكتوبر 2021', '2021-10-17'],
    ])
    expect(found('وكان المجلس قد اجتمع أمس الثلاثاء 29 مارس 2022 في مقره.', '2022-03-30')).toEqual([
      ['أمس الثلاثاء 29 مارس 2022', '2022-03-29'],
    ])
    expect(found('وصل الوفد اليوم الأحد إلى المدينة.', '2021-10-17')).toEqual([['اليوم الأحد', '2021-10-17']])
  })
})

describe('plan and deadline years', () => {
  const targets = (text: string) => extract(text).dates.map((d) => [d.text, d.target ?? false])

  it('marks a year after a deadline cue, with a part of the year between', () => {
    expect(targets('تسعى الدولة إلى تنويع اقتصادها بحلول عام 2030.')).toEqual([['عام 2030', true]])
    expect(targets('ويستمر العمل بالاتفاق حتى نهاية عام 2035.')).toEqual([['نهاية عام 2035', true]])
    expect(targets('وتمتد الخطة لغاية عام 2040.')).toEqual([['عام 2040', true]])
  })

  it('marks a year that closes the name of a plan or strategy', () => {
    expect(targets('ناقش المجلس مخطط التنمية العمرانية لعام 2052.')).toEqual([['عام 2052', true]])
    expect(targets('وتندرج المبادرة ضمن استراتيجية عام 2040 للطاقة.')).toEqual([['عام 2040', true]])
  })

  it('leaves the dates of the news unmarked, plan nouns or not', () => {
    expect(targets('ضرب الزلزال المنطقة في 9 سبتمبر 2023، وهو الأعنف منذ عام 1960.')).toEqual([
      ['9 سبتمبر 2023', false],
      ['عام 1960', false],
    ])
    expect(targets('أطلقت الوزارة خطة جديدة في مارس 2025.')).toEqual([['مارس 2025', false]])
  })
})
