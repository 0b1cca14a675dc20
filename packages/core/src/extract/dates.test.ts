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

  it('reads the year past a comma after the day and its month, and the day after the month in the English order', () => {
    expect(dates('وافتُتح المعرض الدولي للكتاب في يوم 9 فبراير، 2023 بحضور الوزيرة.')).toEqual([
      ['9 فبراير، 2023', '2023-02-09'],
    ])
    expect(dates('وأصدرت المحكمة حكمها في أغسطس 14, 2019 بعد جلسات طويلة.')).toEqual([
      ['أغسطس 14, 2019', '2019-08-14'],
    ])
    expect(dates('وفي 12 مارس، 1500 متظاهر خرجوا إلى الساحة.', '2024-03-20')).toEqual([
      ['12 مارس', '2024-03-12'],
    ])
    // No year past a comma: the number after the month is a count, not its day.
    expect(dates('وغادر في أغسطس 14 لاعباً النادي.', '2024-09-20').flat()).not.toContain('2024-08-14')
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

  it('dates a Hijri feast and a Hijri month without a year by their occurrence nearest the publication date', () => {
    expect(dates('وتغلق المدارس أبوابها خلال عيد الفطر.', '2025-03-25')).toEqual([
      ['عيد الفطر', '2025-03-30'],
    ])
    expect(dates('ويتوافد الحجاج قبل عيد الأضحى بأيام.', '2025-06-01')).toEqual([
      ['عيد الأضحى', '2025-06-06'],
    ])
    expect(dates('وتتضاعف الأسعار في شهر رمضان كل عام.', '2025-02-20')).toEqual([['شهر رمضان', '2025-03']])
    expect(dates('وتغلق المدارس أبوابها خلال عيد الفطر.')).toEqual([['عيد الفطر', null]])
  })

  it('needs context for month names that are also words', () => {
    expect(dates('مارس اللاعب ضغطاً كبيراً على المدافعين.')).toEqual([])
    expect(dates('صام المسلمون شهر رمضان.')).toEqual([['شهر رمضان', null]])
  })

  it('reads a month alone only where a word makes it a time, not as a word of a name', () => {
    expect(dates('قال النائب إن المرضى لا يريدون مايو كلينك ولا غيرها من المستشفيات.', '2025-05-15')).toEqual(
      [],
    )
    expect(dates('ارتفع التضخم في مايو بنسبة طفيفة.', '2025-06-15')).toEqual([['مايو', '2025-05']])
    // شهر before the month belongs to the date, its particle does not (round 32).
    expect(dates('عقد المجلس الجلسة الأولى من دورته لشهر فبراير.', '2025-02-15')).toEqual([
      ['شهر فبراير', '2025-02'],
    ])
    expect(dates('أوقفت الشرطة متهمين في أعمال شغب رافقت تظاهرات سبتمبر الأخيرة.', '2025-10-15')).toEqual([
      ['سبتمبر', '2025-09'],
    ])
    expect(dates('يسري الخفض اعتباراً من نوفمبر/تشرين الثاني.', '2025-10-05')).toEqual([
      ['نوفمبر/تشرين الثاني', '2025-11'],
    ])
    expect(dates('تبقى خطط الإنتاج قائمة لما بعد سبتمبر.', '2025-08-05')).toEqual([['سبتمبر', '2025-09']])
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

  it('reads الأحد and الجمعة after a noun or a name as the day, unless a word around them makes them the common word', () => {
    expect(dates('وأسفر هجوم الأحد عن سقوط عشرات الجرحى.', '2025-03-04')).toEqual([['الأحد', '2025-03-02']])
    expect(dates('وقال الرئيس الجمعة إن المفاوضات متعثرة.', '2025-03-04')).toEqual([['الجمعة', '2025-02-28']])
    expect(dates('وأدى الرئيس صلاة الجمعة في المسجد الكبير.', '2025-03-04')).toEqual([])
    expect(dates('ويضم الفريق الأحد عشر لاعبا الأساسيين.', '2025-03-04')).toEqual([])
    expect(dates('وبقي وضع الاثنين في مكان واحد دون علاج.', '2025-03-04')).toEqual([])
  })

  it('reads a season with a marker, a year or هذا as a date, and a season’s name alone as none', () => {
    expect(dates('انخفض عدد القادمين في الربيع الماضي ثم ارتفع منذ الخريف الماضي.')).toEqual([
      ['الربيع الماضي', null],
      ['الخريف الماضي', null],
    ])
    expect(dates('تتحضر البلدية لإطلاق موسم صيف 2024 في المدينة.')).toEqual([['صيف 2024', '2024']])
    expect(dates('تخشى الوزارة نقص المياه لهذا الصيف.')).toEqual([['هذا الصيف', null]])
    expect(dates('يحب سكان المدينة فصل الشتاء.')).toEqual([])
  })

  it('reads no date in a day named before, in «lately», or in the name of an event', () => {
    expect(dates('وصل الوفد صباح الخميس، وفي نفس اليوم التقى الوزير.', '2025-05-15')).toEqual([
      ['صباح الخميس', '2025-05-15'],
    ])
    expect(dates('واختتم في الأمس القريب موسم الدوري المحلي.', '2025-05-15')).toEqual([])
    expect(dates('نظرت المحكمة في قضية قتل متظاهري ثورة 25 يناير.', '2025-05-15')).toEqual([])
    expect(dates('خرج المتظاهرون في 25 يناير إلى الميادين.', '2025-05-15')).toEqual([
      ['25 يناير', '2025-01-25'],
    ])
  })

  it('reads years and numeric dates', () => {
    expect(dates('وقعت الحرب عام 1973.')).toEqual([['عام 1973', '1973']])
    expect(dates('يرتبط البلدان باتفاق منذ عام 2001.')).toEqual([['عام 2001', '2001']])
    expect(dates('صدر القرار بتاريخ 15/1/2025.')).toEqual([['15/1/2025', '2025-01-15']])
    expect(dates('صدر القرار في 2025-01-15.')).toEqual([['2025-01-15', '2025-01-15']])
    expect(dates('ارتفع المؤشر 3.5 نقطة.')).toEqual([])
  })

  it('reads a numeric date month first only where the day first cannot be, and a year with its month only after a label', () => {
    expect(dates('صدر القرار بتاريخ 08/17/2021.')).toEqual([['08/17/2021', '2021-08-17']])
    expect(dates('صدر القرار بتاريخ 08/04/2021.')).toEqual([['08/04/2021', '2021-04-08']])
    expect(dates('صدر القرار بتاريخ 17-08-2021.')).toEqual([['17-08-2021', '2021-08-17']])
    expect(dates('صدر القرار بتاريخ 13/13/2021.')).toEqual([])
    expect(dates('تألق اللاعب في موسم 2011-12 مع ناديه.')).toEqual([])
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
    expect(found('وقدم النادي حصيلته لعام 2025 أمام الجمعية العامة.')).toEqual([['عام 2025', '2025']])
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
    expect(found('مسقط: تنطلق غداً /الثلاثاء/ أعمال حصر الزوار.', '2021-10-18')).toEqual([
      ['غداً /الثلاثاء/', '2021-10-19'],
    ])
  })

  it('reads tomorrow after يوم, or a day word in brackets, with the weekday after it as one date', () => {
    expect(found('وتبدأ الدراسة في المدارس يوم غد الأحد في كل المحافظات.', '2024-09-14')).toEqual([
      ['يوم غد الأحد', '2024-09-15'],
    ])
    expect(found('وأعلنت الشرطة مساء (أمس) الجمعة توقيف المشتبه به.', '2024-09-14')).toEqual([
      ['مساء (أمس) الجمعة', '2024-09-13'],
    ])
  })

  it('reads the day before yesterday, or غد, with the weekday after it as one date', () => {
    expect(found('واندلعت الحرائق، أول أمس الخميس، في ثلاث غابات.', '2024-09-14')).toEqual([
      ['أول أمس الخميس', '2024-09-12'],
    ])
    expect(found('وتعلن اللجنة النتائج النهائية غد الأحد في مؤتمر صحفي.', '2024-09-14')).toEqual([
      ['غد الأحد', '2024-09-15'],
    ])
    expect(found('ونأمل في غد أفضل للجميع.', '2024-09-14')).toEqual([])
  })

  it('reads today or yesterday with its weekday between commas as one date, and today with its weekday after من', () => {
    expect(found('وأقرت الحكومة أمس، الجمعة، خطة الطوارئ.', '2024-09-14')).toEqual([
      ['أمس، الجمعة', '2024-09-13'],
    ])
    expect(found('وأعلن الوزير اليوم، السبت، نتائج المسابقة.', '2024-09-14')).toEqual([
      ['اليوم، السبت', '2024-09-14'],
    ])
    expect(found('وتغلق المحلات ابتداء من اليوم السبت حتى إشعار آخر.', '2024-09-14')).toEqual([
      ['اليوم السبت', '2024-09-14'],
    ])
    expect(found('ولن نقبل من اليوم أي تأخير في التسليم.', '2024-09-14')).toEqual([])
  })

  it('reads a weekday with its marker and the date right after it as one date', () => {
    expect(found('وعاد الوفد الخميس الماضي 12 سبتمبر إلى العاصمة.', '2024-09-14')).toEqual([
      ['الخميس الماضي 12 سبتمبر', '2024-09-12'],
    ])
    expect(found('ويفتتح المعرض يوم الأحد المقبل، 22 سبتمبر، في القاعة الكبرى.', '2024-09-14')).toEqual([
      ['يوم الأحد المقبل، 22 سبتمبر', '2024-09-22'],
    ])
    expect(found('ووصل الخميس الماضي 40 حاجاً إلى المطار.', '2024-09-14')).toEqual([
      ['الخميس الماضي', '2024-09-12'],
    ])
  })

  it('reads a weekday after و with its marker, even an ambiguous one, as the day', () => {
    expect(found('والخميس الماضي، زار الوزير مخيمات النازحين في الشمال.', '2024-09-14')).toEqual([
      ['الخميس الماضي', '2024-09-12'],
    ])
    expect(found('وتعود المدارس إلى الدوام والأحد المقبل بعد العطلة.', '2024-09-14')).toEqual([
      ['الأحد المقبل', '2024-09-15'],
    ])
  })

  it('reads a weekday with the date in brackets after it as one date, valued by that date', () => {
    expect(found('واجتمع المجلس يوم أمس الثلاثاء (10 سبتمبر 2024) في مقره.', '2024-09-11')).toEqual([
      ['يوم أمس الثلاثاء (10 سبتمبر 2024)', '2024-09-10'],
    ])
    expect(found('وتسلم الوزير مهامه الخميس الماضي (12 سبتمبر) رسميا.', '2024-09-14')).toEqual([
      ['الخميس الماضي (12 سبتمبر)', '2024-09-12'],
    ])
    expect(found('وقال الوزير الخميس (في مؤتمر صحفي) إن الوضع مستقر.', '2024-09-14')).toEqual([
      ['الخميس', '2024-09-12'],
    ])
  })

  it('reads last night written with البارحة as one date', () => {
    expect(found('وأبحرت القوارب عند منتصف الليلة البارحة من الميناء.', '2024-09-14')).toEqual([
      ['منتصف الليلة البارحة', '2024-09-13'],
    ])
  })

  it('reads the two days after يومي, with the days of the month that name them, as one date', () => {
    expect(
      found('يعقد المجلس جلستيه يومي الثلاثاء والأربعاء الموافقين 20 و21 مايو الجاري في مقره.', '2025-05-15'),
    ).toEqual([['يومي الثلاثاء والأربعاء الموافقين 20 و21 مايو الجاري', '2025-05-20']])
    expect(found('حذرت الأرصاد من أمطار خلال يومي السبت والأحد (17 و18 مايو 2025) في العاصمة.')).toEqual([
      ['يومي السبت والأحد (17 و18 مايو 2025)', '2025-05-17'],
    ])
    expect(
      found('دعا رئيس المجلس إلى جلسة عامة يومي الإثنين والثلثاء في 19 و20 أيار الحالي.', '2025-05-15'),
    ).toEqual([['يومي الإثنين والثلثاء في 19 و20 أيار الحالي', '2025-05-19']])
    expect(found('وتقرر عقد الجلستين يومي 19 و20 عند الساعة العاشرة.')).toEqual([['يومي 19 و20', undefined]])
  })

  it('reads the year after a month’s marker as part of the date', () => {
    expect(found('وكانت أول جلسة في القضية قد عقدت في 30 يناير الماضي من هذا العام.', '2025-05-15')).toEqual([
      ['30 يناير الماضي من هذا العام', '2025-01-30'],
    ])
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

describe('the page’s stamps of its date', () => {
  it('leaves out a labelled date and a date line, and keeps the news’s own dates', () => {
    expect(dates('date 2025-03-04 افتتحت البلدية أمس حديقة عامة في حي الزهور.', '2025-03-04')).toEqual([
      ['أمس', '2025-03-03'],
    ])
    expect(
      dates(
        'افتتاح حديقة عامة في حي الزهور\n\nالثلاثاء، 4 مارس 2025\n\nافتتحت البلدية أمس حديقة عامة.',
        '2025-03-04',
      ),
    ).toEqual([['أمس', '2025-03-03']])
    expect(dates('آخر تحديث: الثلاثاء 4 مارس 2025\nافتتحت البلدية حديقة عامة.')).toEqual([])
    expect(dates('صورة الخبر 11:05:16 2025-03-04 افتتحت البلدية أمس حديقة عامة.', '2025-03-04')).toEqual([
      ['أمس', '2025-03-03'],
    ])
  })

  it('takes a day with its clock time after it for the page’s stamp, wherever it stands', () => {
    expect(dates('كتب سامر خليل في الثلاثاء 4 مارس 2025 09:15 صباحاً - افتتحت البلدية حديقة عامة.')).toEqual(
      [],
    )
    expect(dates('افتتحت البلدية حديقة عامة في 4 مارس 2025 بحضور المحافظ.')).toEqual([
      ['4 مارس 2025', '2025-03-04'],
    ])
  })

  it('takes a numeric date that opens its line for the page’s stamp', () => {
    expect(
      dates(
        'افتتاح حديقة عامة\n\n2025/03/04 أخبار محلية، المدن\n\nافتتحت البلدية حديقة عامة أمس.',
        '2025-03-04',
      ),
    ).toEqual([['أمس', '2025-03-03']])
  })

  it('keeps a date after بتاريخ inside a sentence', () => {
    expect(dates('صدر القرار بتاريخ 15/1/2025 عن مجلس الإدارة.')).toEqual([['15/1/2025', '2025-01-15']])
  })
})

describe('one expression, one date', () => {
  const on = '2025-03-04' // a Tuesday

  it('reads a weekday and the date after الموافق or المصادف as one date with the date’s value', () => {
    expect(dates('وتعلن النتائج يوم الخميس الموافق 6 آذار، عند الظهر.', on)).toEqual([
      ['يوم الخميس الموافق 6 آذار', '2025-03-06'],
    ])
    expect(dates('وتبدأ الحملة يوم الأحد المقبل المصادف 9 مارس 2025 في كل المحافظات.', on)).toEqual([
      ['يوم الأحد المقبل المصادف 9 مارس 2025', '2025-03-09'],
    ])
  })

  it('takes the weekday in brackets or quotes after today, yesterday or tomorrow into the date', () => {
    expect(dates('وقال الوزير اليوم (الثلاثاء) إن المعبر سيفتح.', on)).toEqual([
      ['اليوم (الثلاثاء)', '2025-03-04'],
    ])
    expect(dates('وزار الرئيس المدينة أمس "الاثنين" برفقة الوزراء.', on)).toEqual([
      ['أمس "الاثنين"', '2025-03-03'],
    ])
    expect(dates('ويفتتح الوزير المعرض غداً الأربعاء في العاصمة.', on)).toEqual([
      ['غداً الأربعاء', '2025-03-05'],
    ])
  })

  it('gives no value when the weekday after today or yesterday is not the day the page’s date gives', () => {
    expect(dates('وقال الوزير اليوم السبت إن المعبر سيفتح.', on)).toEqual([['اليوم السبت', null]])
  })

  it('reads a month with the other calendar’s name after a space alone as one month', () => {
    expect(dates('وتشكلت الحكومة نهاية ديسمبر كانون الأول بعد مشاورات طويلة.', on)).toEqual([
      ['نهاية ديسمبر كانون الأول', '2024-12'],
    ])
  })

  it('reads the year after a month, named or relative, as part of the date', () => {
    expect(dates('افتتح الوزير الجسر اليوم الأحد 28 من مارس سنة 2027 بحضور السكان.')).toEqual([
      ['اليوم الأحد 28 من مارس سنة 2027', '2027-03-28'],
    ])
    expect(dates('وبلغت الصادرات حتى نهاية شهر أيار من العام الحالي مليار دينار.', on)).toEqual([
      ['نهاية شهر أيار من العام الحالي', '2025-05'],
    ])
    expect(dates('وارتفعت الأسعار في شباط من عام 2023 بنسبة كبيرة.')).toEqual([
      ['شباط من عام 2023', '2023-02'],
    ])
  })

  it('reads today and yesterday after a conjunction, leaving it out of the span', () => {
    expect(dates('وأمس الاثنين، صدر قرار بتشكيل اللجنة.', on)).toEqual([['أمس الاثنين', '2025-03-03']])
    expect(dates('نجحت الخطة. واليوم نرى نتائجها في كل مكان.', on)).toEqual([['اليوم', '2025-03-04']])
  })

  it('reads the two weekdays after يومي, the second past its و', () => {
    expect(dates('وهطلت الأمطار يومي الجمعة والسبت على المدينة.', on)).toEqual([
      ['يومي الجمعة', '2025-02-28'],
      ['السبت', '2025-03-01'],
    ])
  })

  it('reads اليوم before إلى as today, and before an adjective as a day', () => {
    expect(dates('ويتطلع الشعب اليوم إلى السلام.', on)).toEqual([['اليوم', '2025-03-04']])
    expect(dates('واحتفلت المدارس باليوم الوطني.', on)).toEqual([])
  })

  it('reads أمس الأول as the day before yesterday', () => {
    expect(dates('واختتم المهرجان فعالياته أمس الأول بحفل كبير.', on)).toEqual([['أمس الأول', '2025-03-02']])
  })

  it('takes the weekday’s word over a Hijri conversion a day off', () => {
    // 13 صفر 1440 is Monday 22 October 2018 in Umm al-Qura; where the month began a day later it was Tuesday the 23rd.
    expect(dates('وزار الوزير المعرض يوم الثلاثاء 13 صفر 1440 بالرباط.')).toEqual([
      ['يوم الثلاثاء 13 صفر 1440', '2018-10-23'],
    ])
    expect(dates('وزار الوزير المعرض يوم الاثنين 13 صفر 1440 بالرباط.')).toEqual([
      ['يوم الاثنين 13 صفر 1440', '2018-10-22'],
    ])
  })
})

describe('spans, rates and recurring days that are no point in time', () => {
  const on = '2025-03-04'

  it('reads an age of two counts after منذ as no point in time, and يوم أمس after منذ as yesterday', () => {
    expect(dates('وتعطلت المفاوضات منذ عامين و6 أشهر بسبب الخلافات.', on)).toEqual([])
    expect(dates('وتعطلت المفاوضات منذ سنتين بسبب الخلافات.', on)).toEqual([['منذ سنتين', '2023']])
    expect(dates('وتهطل الأمطار منذ يوم أمس على المدينة.', on)).toEqual([['يوم أمس', '2025-03-03']])
  })

  it('marks a time counted back after منذ as a span, not a point of the news, and قبل as a point', () => {
    const since = (text: string) => extract(text, on).dates.map((d) => [d.text, d.since ?? false])
    expect(since('وتتواصل الأشغال في الطريق منذ ثلاثة أشهر دون انقطاع.')).toEqual([['منذ ثلاثة أشهر', true]])
    expect(since('وافتتح الوزير المستشفى قبل ثلاثة أشهر في حفل رسمي.')).toEqual([['قبل ثلاثة أشهر', false]])
    expect(since('وتتواصل الأشغال منذ عام 2019 في الطريق.')).toEqual([['عام 2019', false]])
  })

  it('reads شهر before a month’s name as that month, not a span of one month', () => {
    expect(dates('وعقد المجلس أول جلسة له منذ شهر أيلول 2021 في مقره.', on)).toEqual([
      ['شهر أيلول 2021', '2021-09'],
    ])
    expect(dates('وتراجعت أسعار الخضر قبل شهر رمضان بأيام.', on)).toEqual([['شهر رمضان', '2025-03']])
    expect(dates('وزار الوفد المدينة قبل شهر.', on)).toEqual([['قبل شهر', '2025-02']])
  })

  it('leaves a span counted from another event alone, past فقط or ونصف', () => {
    expect(dates('قدم النواب الاستجواب بعد يومين فقط من تشكيل الحكومة.', on)).toEqual([])
    expect(dates('صدر الحكم بعد عامين ونصف من إحالة المتهمين.', on)).toEqual([])
  })

  it('reads a day of the month counted from the day of writing as one date, valued at the day', () => {
    expect(dates('وتبدأ الامتحانات في الخامس عشر من الشهر المقبل في كل المدارس.', on)).toEqual([
      ['الخامس عشر من الشهر المقبل', '2025-04-15'],
    ])
    expect(dates('وكان المجلس قد صادق على القانون في 20 من الشهر الماضي.', on)).toEqual([
      ['20 من الشهر الماضي', '2025-02-20'],
    ])
    expect(dates('وتوفي المصاب في 30 من الشهر الماضي.', on)).toEqual([['30 من الشهر الماضي', null]])
  })

  it('reads a span counted من الآن or من اليوم as counted from the day of writing', () => {
    expect(dates('ويفتح الجسر أمام السيارات بعد أسبوعين من الآن.', on)).toEqual([
      ['بعد أسبوعين من الآن', '2025-03-18'],
    ])
    expect(dates('وتنتهي الأشغال بعد شهر من اليوم حسب المقاول.', on)).toEqual([
      ['بعد شهر من اليوم', '2025-04'],
    ])
    // A comma between them: من الآن opens the next clause and is no part of the date.
    expect(dates('ويفتح الجسر بعد أسبوعين، من الآن تبدأ التجارب.', on)).toEqual([
      ['بعد أسبوعين', '2025-03-18'],
    ])
  })

  it('reads an approximate span back from the day of writing', () => {
    expect(dates('وقدم النائب استجوابه قبل نحو أسبوع.', on)).toEqual([['قبل نحو أسبوع', '2025-02-25']])
    expect(dates('ويعاني البلد من أزمة منذ نحو سبع سنوات.', on)).toEqual([])
  })

  it('leaves a rate per day and a day of every year alone', () => {
    expect(dates('ويبلغ الإنتاج مليون برميل في اليوم حسب الشركة.', on)).toEqual([])
    expect(dates('ويحتفل البلد بعيده الوطني الذي يوافق 18 نوفمبر من كل عام.', on)).toEqual([])
    expect(dates('ويزور السياح المنطقة في شهر أغسطس من كل عام.', on)).toEqual([])
  })

  it('reads no month into a verb or a word after a particle', () => {
    expect(dates('ثمن الوزير الاهتمام الذي يوليه الرئيس للثقافة.')).toEqual([])
    expect(dates('وتجمع المصلون في باب المسجد بعد الصلاة.')).toEqual([])
  })
})

describe('months, years and weekdays as Maghrebi and Mashriqi news write them', () => {
  it('reads the Moroccan month names', () => {
    expect(dates('تقام البطولة من 30 نونبر إلى 18 دجنبر المقبل.', '2025-11-02')).toEqual([
      ['30 نونبر', '2025-11-30'],
      ['18 دجنبر المقبل', '2025-12-18'],
    ])
    expect(dates('وانعقدت الجولة الأولى في شتنبر 2019 بالرباط.')).toEqual([['شتنبر 2019', '2019-09']])
  })

  it('reads فاتح before a month as its first day, with or without من', () => {
    expect(dates('وتنطلق امتحانات الباكالوريا في فاتح يونيو المقبل.', '2025-05-20')).toEqual([
      ['فاتح يونيو المقبل', '2025-06-01'],
    ])
    expect(dates('ويدخل القانون حيز التنفيذ ابتداء من الفاتح من يناير 2026.')).toEqual([
      ['الفاتح من يناير 2026', '2026-01-01'],
    ])
    expect(dates('وقاد السلطان محمد الفاتح الجيوش.')).toEqual([])
  })

  it('reads a month read past و as a month when its year follows', () => {
    expect(dates('عقدت الجولتان في يناير 2018 ومارس 2019 بجنيف.')).toEqual([
      ['يناير 2018', '2018-01'],
      ['مارس 2019', '2019-03'],
    ])
  })

  it('reads a year alone after في، منذ or خلال, and no count of things', () => {
    expect(dates('وأعلن الإقليم استقلاله في 1991 من جانب واحد.')).toEqual([['1991', '1991']])
    expect(dates('والمشروع معطل منذ 2015 بسبب التمويل.')).toEqual([['2015', '2015']])
    expect(dates('وتضرر المنازل في 2500 موقع.')).toEqual([])
    expect(dates('وبلغ عدد الزوار 2019 زائرا.')).toEqual([])
    expect(dates('وفتحت اللجنة أبوابها في 2000 مركز للاقتراع.')).toEqual([])
    expect(dates('وانتشرت الفرق في 1995 قرية بالإقليم.')).toEqual([])
    expect(dates('وقطع البلدان العلاقات في 2016 بعد الأزمة.')).toEqual([['2016', '2016']])
    expect(dates('وافتتح المصنع في 2019 بحضور الوزير.')).toEqual([['2019', '2019']])
  })

  it('reads both years after a dual year word, and no count after و as a year', () => {
    expect(dates('وتراجع إنتاج القمح في سنتي 2021 و 2022 بسبب الجفاف.')).toEqual([
      ['سنتي 2021', '2021'],
      ['2022', '2022'],
    ])
    expect(dates('وخسر الفريق النهائي عامي 2008 و2013 أمام الخصم نفسه.')).toEqual([
      ['عامي 2008', '2008'],
      ['2013', '2013'],
    ])
    expect(dates('وسجل الحزب عام 2018 و2000 عضو جديد.')).toEqual([['عام 2018', '2018']])
  })

  it('reads today or yesterday with the absolute date right after it as one date, valued by that date', () => {
    expect(dates('وضربت العاصفة الساحل فجر اليوم 14 آذار وأغرقت عشرات القوارب.', '2024-03-14')).toEqual([
      ['فجر اليوم 14 آذار', '2024-03-14'],
    ])
    expect(dates('ووصلت البعثة أمس 2 تموز إلى المدينة.', '2024-07-03')).toEqual([
      ['أمس 2 تموز', '2024-07-02'],
    ])
    // A count after the day word is no day of a month.
    expect(dates('وسجلت الوزارة اليوم 5 إصابات جديدة.', '2024-07-03')).toEqual([['اليوم', '2024-07-03']])
  })

  it('reads a count of days or years in the accusative as a span before the day of writing, and no day in «أمس الحاجة»', () => {
    expect(dates('وكانت السفينة قد غادرت الميناء قبل 20 يوماً.', '2024-07-21')).toEqual([
      ['قبل 20 يوماً', '2024-07-01'],
    ])
    expect(dates('وافتُتح الجسر قبل 15 عاماً.', '2024-07-21')).toEqual([['قبل 15 عاماً', '2009']])
    expect(dates('والقرى المنكوبة في أمس الحاجة إلى المساعدات.', '2024-07-21')).toEqual([])
  })

  it('reads شهر with a particle before a month as the month, and leaves the particle out', () => {
    expect(dates('وتعقد اللجنة دورتها لشهر أيار في مقرها الجديد.', '2024-05-10')).toEqual([
      ['شهر أيار', '2024-05'],
    ])
    expect(dates('وتحدد موعد الامتحانات بشهر يونيو المقبل.', '2024-05-10')).toEqual([
      ['شهر يونيو المقبل', '2024-06'],
    ])
    expect(dates('وهذا العرض لشهر واحد فقط.', '2024-05-10')).toEqual([])
  })

  it('reads a weekday of a verb in the future as the next such day, or the day of writing, not the last one', () => {
    // 2024-02-07 is a Wednesday.
    expect(dates('وقال الوزير إن اللجنة ستجتمع الخميس لمناقشة الموازنة.', '2024-02-07')).toEqual([
      ['الخميس', '2024-02-08'],
    ])
    expect(dates('وسوف يصل الوفد إلى العاصمة يوم الأربعاء.', '2024-02-07')).toEqual([
      ['يوم الأربعاء', '2024-02-07'],
    ])
    expect(dates('وسيلعب الفريق مباراته الثانية، السبت.', '2024-02-07')).toEqual([['السبت', '2024-02-10']])
    expect(dates('واجتمعت اللجنة الخميس لمناقشة الموازنة.', '2024-02-07')).toEqual([['الخميس', '2024-02-01']])
    // A name in س and a prefix's letter is no verb; a past verb of saying ends the clause of the future.
    expect(dates('والتقى الرئيس سيرغي شويغو الخميس.', '2024-02-07')).toEqual([['الخميس', '2024-02-01']])
    expect(dates('سيستمر الإضراب كما أعلنت النقابة الخميس.', '2024-02-07')).toEqual([
      ['الخميس', '2024-02-01'],
    ])
  })

  it('reads an ambiguous weekday right after a verb as the day', () => {
    expect(dates('أعلنت الأحد وزارة الصحة نتائج الحملة.', '2025-03-04')).toEqual([['الأحد', '2025-03-02']])
    expect(dates('وزع الطعام بين الاثنين بالتساوي.')).toEqual([])
  })
})

describe('ordinals, references and adjectives', () => {
  it('reads compound ordinal days, with شهر before the month', () => {
    expect(dates('وتقام المباراة في الحادي عشر من أيار 2026 بالعاصمة.')).toEqual([
      ['الحادي عشر من أيار 2026', '2026-05-11'],
    ])
    expect(
      dates('ويلتقي الفريقان يوم الأحد المقبل المصادف الثاني والعشرين من شهر آذار الجاري.', '2026-03-17'),
    ).toEqual([['يوم الأحد المقبل المصادف الثاني والعشرين من شهر آذار الجاري', '2026-03-22']])
    expect(dates('وانتهت المهلة في الثلاثين من حزيران 2025.')).toEqual([
      ['الثلاثين من حزيران 2025', '2025-06-30'],
    ])
  })

  it('reads no date in the year that closes a law’s name or a reference number', () => {
    expect(dates('وصادق المجلس على قانون المالية لسنة 2027 بالأغلبية.')).toEqual([])
    expect(dates('ونظرت المحكمة في القضية رقم 1520، لسنة 2019 أمس.', '2025-03-04')).toEqual([
      ['أمس', '2025-03-03'],
    ])
    expect(dates('وصادق المجلس على الحساب الختامي لعام 2024 بالأغلبية.')).toEqual([['عام 2024', '2024']])
  })

  it('reads no date in the year a budget is drawn for, after ل, but the year of a budget’s figures stays one', () => {
    expect(dates('وناقش المجلس البلدي مشروع الميزانية المقبلة لسنة 2027 في جلسته.')).toEqual([])
    expect(dates('وأقرت الحكومة موازنة الدولة للعام 2026 بعجز أقل.', '2025-12-09')).toEqual([])
    expect(dates('وقدرت الإيرادات في عام 2026 بنحو ثلاثة مليارات.')).toEqual([['عام 2026', '2026']])
  })

  it('reads a quarter or half of a year, dated by the year it names or the year of writing', () => {
    const on = '2025-03-04'
    expect(dates('وحققت الشركة أرباحاً خلال الربع الثالث من العام الماضي.', on)).toEqual([
      ['الربع الثالث من العام الماضي', '2024'],
    ])
    expect(dates('وتراجع العجز في النصف الأول 2024 بنسبة طفيفة.', on)).toEqual([['النصف الأول 2024', '2024']])
    expect(dates('وارتفع التضخم خلال الثلاثية الأخيرة من 2024.', on)).toEqual([
      ['الثلاثية الأخيرة من 2024', '2024'],
    ])
    expect(dates('وحققت الشركة أرباحاً خلال الربع الثالث.', on)).toEqual([['الربع الثالث', '2025']])
    expect(dates('وسجل الفريق نقطتين في الربع بعد الاستراحة.', on)).toEqual([])
  })

  it('reads no date in the words of a name', () => {
    expect(dates('وذكرت صحيفة المصري اليوم أن الوزير وصل أمس.', '2025-03-04')).toEqual([
      ['أمس', '2025-03-03'],
    ])
  })

  it('reads no date in a name written again where it was not read as a mention, and today after it still is one', () => {
    const on = '2025-05-06'
    expect(
      dates(
        'ذكرت وكالة بغداد اليوم أن المحافظ افتتح الجسر. وقال المحافظ لـ"بغداد اليوم" إن العمل مستمر.',
        on,
      ),
    ).toEqual([])
    expect(
      dates('أعلنت قناة حلب اليوم عن برنامج جديد. وقال المدير لـ”حلب اليوم” إن البث يبدأ الأحد المقبل.', on),
    ).toEqual([['الأحد المقبل', '2025-05-11']])
    expect(
      dates(
        'ذكرت وكالة بغداد اليوم أن المحافظ افتتح الجسر. وقال المحافظ لـ"بغداد اليوم" إن العمل يبدأ اليوم.',
        on,
      ),
    ).toEqual([['اليوم', '2025-05-06']])
  })

  it('reads العام between a definite noun and السابق as general, not as a year', () => {
    expect(dates('ومثل أمام المحكمة المدير العام السابق للشركة.', '2025-03-04')).toEqual([])
    expect(dates('وتسببت الفيضانات العام الماضي في خسائر كبيرة.', '2025-03-04')).toEqual([
      ['العام الماضي', '2024'],
    ])
  })
})
