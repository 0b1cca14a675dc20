import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const kinds = (text: string) => extract(text).entities.map((e) => `${e.kind}:${e.name}`)
const outletNames = (text: string) =>
  extract(text)
    .entities.filter((e) => e.kind === 'media')
    .map((e) => e.name)

describe('an outlet closed by its adjective', () => {
  it('reads the unknown words between شبكة or موقع and an outlet’s adjective as an outlet', () => {
    expect(outletNames('وقال المتحدث لشبكة نورسات الإعلامية إن الوضع هادئ.')).toEqual(['نورسات الإعلامية'])
    expect(outletNames('ونشر موقع زاجل الإخباري صورا للحادث.')).toEqual(['زاجل الإخباري'])
    // An ordinary or known word before the adjective names no outlet.
    expect(outletNames('وأطلقت الوزارة حملة عبر شبكة التواصل الإعلامية.')).toEqual([])
    expect(outletNames('وانتشرت الصور عبر شبكة واسعة الإعلامية.')).toEqual([])
  })
})

describe('an outlet after a newsroom noun', () => {
  it('reads a known outlet whose bare name is also a place as the outlet', () => {
    expect(kinds('وأفاد مراسل الجزيرة بأن القصف استمر حتى الفجر.')).toEqual(['media:الجزيرة'])
    expect(kinds('ونقلت كاميرا الجزيرة صور الدمار في الحي.')).toEqual(['media:الجزيرة'])
  })

  it('keeps the newsroom noun out of the name and the place where no newsroom noun stands', () => {
    const outlet = extract('وقالت مراسلة رويترز إن الطريق أغلق.').entities[0]
    expect([outlet?.name, outlet?.aliases]).toEqual(['رويترز', []])
    expect(kinds('زار الوفد ولاية الجزيرة أمس.')).toEqual(['location:الجزيرة'])
  })
})

describe('an outlet named by its head and the place it serves', () => {
  it('reads a broadcaster named by its head and a place, with the place nested', () => {
    expect(kinds('وبث تلفزيون السودان كلمة الوزير مساء الأحد.')).toEqual([
      'media:تلفزيون السودان',
      'location:السودان',
    ])
    expect(kinds('وقالت إذاعة دمشق إن الطريق مغلق.')).toEqual(['media:إذاعة دمشق', 'location:دمشق'])
  })

  it('needs a news word before the place or an ending after it for an agency, a network or a paper', () => {
    expect(kinds('وذكرت وكالة السودان الرسمية أن الوفد وصل.')).toEqual([
      'media:وكالة السودان الرسمية',
      'location:السودان',
    ])
    expect(kinds('وذكرت شبكة أخبار العراق أن الوفد وصل.')).toEqual([
      'media:شبكة أخبار العراق',
      'location:العراق',
    ])
    expect(kinds('ووقعت وكالة السودان اتفاقاً مع البنك.')).toEqual(['location:السودان'])
    expect(kinds('وزار الوفد موقع العراق الأثري.')).toEqual(['location:العراق'])
  })
})

describe('an outlet named by its ending', () => {
  it('reads الخبرية as الإخبارية, and no common word before it', () => {
    expect(kinds('وقال الوزير في مقابلة نشرتها وكالة نون الخبرية إن الحل قريب.')).toEqual([
      'media:نون الخبرية',
    ])
    expect(kinds('وأكد المحاضر أن الرسالة الخبرية واضحة.')).toEqual([])
  })
})

describe('outlets, round 10', () => {
  it('reads two broadcasting heads joined by و before a place as one outlet', () => {
    expect(kinds('قال الحاكم في اتصال مع إذاعة وتلفزيون عجمان إن المشروع اكتمل.')).toEqual([
      'media:إذاعة وتلفزيون عجمان',
      'location:عجمان',
    ])
  })

  it('reads a broadcaster’s definite head and its adjective after a newsroom noun, not a generic one', () => {
    expect(kinds('وأفاد مراسل التلفزيون الأردني في عمان بأن الطريق فُتح.')).toContain(
      'media:التلفزيون الأردني',
    )
    expect(kinds('وقال مراسل القناة الأولى إن الجلسة انتهت.')).toEqual(['media:القناة الأولى'])
    expect(kinds('وقال مراسل التلفزيون الرسمي إن الجلسة انتهت.')).toEqual([])
  })

  it('reads a radio’s name after راديو', () => {
    expect(extract('قال المحامي لراديو دبنقا إن الجلسة تأجلت.').entities.map((e) => e.name)).toEqual([
      'دبنقا',
    ])
  })

  it('keeps an institution with a genitive of news an organisation', () => {
    expect(kinds('أعلن مدير مؤسسة عجمان للإعلام إطلاق القناة.')).toEqual([
      'organization:مؤسسة عجمان للإعلام',
      'location:عجمان',
    ])
    expect(kinds('قالت الهيئة العامة للإذاعة والتلفزيون إن البث عاد.')).toEqual([
      'media:الهيئة العامة للإذاعة والتلفزيون',
    ])
  })

  it('reads a dateline of an unknown town and an outlet in brackets, whose name may end in a number', () => {
    expect(kinds('بوصاصو (أخبار القرن 24)- وصل الوفد إلى المدينة صباح اليوم.')).toEqual([
      'location:بوصاصو',
      'media:أخبار القرن 24',
    ])
  })

  it('reads a credit line of a name ending in a number before a dash, not a clause of a law', () => {
    expect(kinds('افتتاح الدورة\n\nبلادي 24 – سعاد المختار\n\nعقد المجلس دورته العادية أمس.')).toContain(
      'media:بلادي 24',
    )
    expect(kinds('نص القانون\n\nالمادة 24 - تحمي الدولة الحقوق.').some((k) => k.startsWith('media:'))).toBe(
      false,
    )
  })

  it('reads الجزيرة مباشر as its own channel', () => {
    expect(kinds('ونقلت كاميرا الجزيرة مباشر صور الدمار.')).toEqual(['media:الجزيرة مباشر'])
  })

  it('reads an outlet spoken to in brackets whose name holds a place, the place giving way', () => {
    expect(kinds('وقال الناطق في تصريح لـ(صدى الموصل) إن المبيعات ارتفعت.')).toEqual(['media:صدى الموصل'])
  })

  it('opens an outlet’s name at a definite nisba before its ending', () => {
    expect(kinds('وفي مقابلة بثتها السورية الإخبارية، قال الوزير إن الأسعار ستنخفض.')).toContain(
      'media:السورية الإخبارية',
    )
  })
})

describe('outlets credited where no head names them', () => {
  const outlets = outletNames

  it('takes the outlet of a dateline glued to its place by a slash, or in quote marks after it', () => {
    expect(outlets('بغداد/الرافدين: أعلنت الوزارة أن الطريق مغلق.')).toEqual(['الرافدين'])
    expect(outlets('مسقط "صدى الوادي" ….. تنطلق غدا فعاليات المهرجان.')).toEqual(['صدى الوادي'])
  })

  it('takes the outlet spoken to after لـ written apart, behind a verb of saying or an interview', () => {
    expect(outlets('وأوضح سالم، في تصريحات خاصة لـ"نبض الشارع"، أن البنك رفع الفائدة.')).toEqual([
      'نبض الشارع',
    ])
    expect(outlets('وأضاف لـ الصباحية أن الأعمال مستمرة.')).toEqual(['الصباحية'])
    expect(outlets('وأرسل الطفل رسالة لـ"أمه" في المساء.')).toEqual([])
    expect(outlets('وأضاف لـ الصباحية المزدحمة زوار كثيرون.')).toEqual([])
  })

  it('takes the whole quoted name spoken to, a place or a time in it too, and keeps the place', () => {
    expect(kinds('وقال المهندس سالم لـ"دمشق نت" إن المياه ستصل خلال أيام.')).toEqual([
      'person:سالم',
      'media:دمشق نت',
      'location:دمشق',
    ])
    expect(outlets('وقال عمر لـ«الصباح الجديد» إن الجسر سيفتح قريبا.')).toEqual(['الصباح الجديد'])
    expect(outlets('وقال عمر لـ"سالم" إن الجسر سيفتح قريبا.')).toEqual([])
  })

  it('reads لـ"…" after a bare title and before the clause said as whom the title spoke to', () => {
    expect(outlets('وقال الوزير لـ«الأيام» إن المدينة آمنة.')).toEqual(['الأيام'])
    expect(outlets('وقال مدير الشركة لـ"الأيام" إن الأسعار ثابتة.')).toEqual(['الأيام'])
  })

  it('takes a quoted name that ends an attribution after بحسب، حسب or نقلا عن', () => {
    expect(outlets('وذكر الوزير أن الحادث وقع ليلا، بحسب “الوسط”.')).toEqual(['الوسط'])
    expect(outlets('وقال الوزير، نقلا عن "البيان"، إن القرار نهائي.')).toEqual(['البيان'])
    expect(outlets('وأصيب أحد عشر شخصا، بحسب "معلومات أولية" نقلها بيان للشرطة.')).toEqual([])
  })
})

describe('an outlet named by a place and an ending', () => {
  it('takes the place into the name and keeps it a place', () => {
    expect(kinds('وذكرت العراق نيوز أن الطريق مغلق.')).toEqual(['media:العراق نيوز', 'location:العراق'])
    expect(kinds('وأوضح سلامة لعمان نت أن الكميات كافية.')).toEqual(['media:عمان نت', 'location:عُمان'])
  })

  it("takes the word before the place on a credit line, a verb of saying only before the credit's dash", () => {
    const credit = kinds('نبض الأردن الإخباري - التقى المحافظ وفدا من التجار.')
    expect(credit).toContain('media:نبض الأردن الإخباري')
    expect(kinds('زاد الأردن الإخباري - التقى المحافظ وفدا من التجار.')).toContain(
      'media:زاد الأردن الإخباري',
    )
    expect(kinds('ذكرت العراق نيوز أن الطريق مغلق.')).toContain('media:العراق نيوز')
  })
})

describe('a radio named with FM in Arabic letters', () => {
  it("reads إف إم as the name's ending, after a head, alone or after a newsroom noun", () => {
    expect(outletNames('وقالت إذاعة البلد إف إم إن الطريق مغلق.')).toEqual(['البلد إف إم'])
    expect(outletNames('وذكرت نجوم إف إم أن الطريق مغلق.')).toEqual(['نجوم إف إم'])
    expect(outletNames('ووفق ما ذكر مراسل نجوم أف أم فإن الطريق مغلق.')).toEqual(['نجوم أف أم'])
  })
})

describe('a credit line of a name ending in a word of time', () => {
  it('reads NAME اليوم before a dash as the outlet, whatever follows the dash', () => {
    expect(outletNames('أحداث اليوم - كرر النائب دعوته للحكومة.')).toEqual(['أحداث اليوم'])
    expect(outletNames('الخميس اليوم - كرر النائب دعوته للحكومة.')).toEqual([])
  })
})

describe('a site or an agency that reports', () => {
  it('reads the words after موقع or وكالة as the outlet where a verb of saying stands right before the head', () => {
    expect(kinds('وقال موقع بلادي إن الوفد وصل.')).toEqual(['media:بلادي'])
  })

  it("reads no outlet in a definite genitive, an ordinary word or a site's adjective", () => {
    expect(kinds('وذكر موقع الحادث أن الطريق مغلق.')).toEqual([])
    expect(kinds('وذكرت وكالة أنباء أن الطريق مغلق.')).toEqual([])
    expect(kinds('وذكر موقع إخباري أن الطريق مغلق.')).toEqual([])
  })
})

describe('a programme', () => {
  it('is no outlet, whether or not the text names the outlet that broadcasts it', () => {
    expect(
      outletNames('وقال المذيع خلال برنامج «المساء الحر» الذي يبث من إذاعة دمشق إن الجسر جاهز.'),
    ).toEqual(['إذاعة دمشق'])
    expect(
      outletNames('وقال الناقد في برنامج "ملعب الأبطال" المذاع على قناة السلام إن الفريق جاهز.'),
    ).toEqual(['السلام'])
    expect(outletNames('وقال الناقد في برنامج "ملعب الأبطال" الذي يقدمه زميله إن الفريق جاهز.')).toEqual([])
  })

  it('keeps the quoted programme out of the quotes', () => {
    expect(extract('وقال الناقد في برنامج "ملعب الأبطال" إن الفريق جاهز.').quotes.map((q) => q.kind)).toEqual(
      ['indirect'],
    )
  })
})

describe('a byline’s tail after a dateline’s place', () => {
  it('credits no outlet (متابعات، وكالات)', () => {
    const media = (text: string) => extract(text).entities.filter((e) => e.kind === 'media')
    expect(media('إسطنبول - متابعات\n\nأعلنت الوزارة اليوم افتتاح الجسر الجديد أمام السيارات.')).toEqual([])
    expect(media('الكويت / وكالات /\n\nأعلنت الوزارة اليوم افتتاح الجسر الجديد أمام السيارات.')).toEqual([])
  })
})

describe('a credit line before the dateline’s place', () => {
  const media = outletNames

  it('reads NAME: PLACE on its own line, and NAME | PLACE', () => {
    expect(media('صدى الوادي: الخرطوم\n\nأعلنت وزارة الصحة افتتاح مستشفى جديد.')).toEqual(['صدى الوادي'])
    expect(media('الرصيف| بغداد\n\nأعلنت وزارة الصحة افتتاح مستشفى جديد.')).toEqual(['الرصيف'])
  })

  it('reads the outlet after a place and a long dash of tatweels', () => {
    expect(media('الخرطوم ــــ نبض الوادي\n\nأعلنت وزارة الصحة افتتاح مستشفى جديد.')).toEqual(['نبض الوادي'])
  })

  it('leaves a headline that names a place after its colon', () => {
    expect(media('المحتجون: الكويت أمام مفترق طرق\n\nتجمع المحتجون أمام البرلمان.')).toEqual([])
  })
})

describe('a dateline of a place no list knows before the outlet', () => {
  it('reads the word before the colon or dash as the place and the words after it as the outlet', () => {
    expect(kinds('هرغيسا:صوت القرن أعلنت اللجنة أن الانتخابات ستجري غدا.')).toEqual([
      'location:هرغيسا',
      'media:صوت القرن',
    ])
  })

  it('leaves the order NAME - PLACE where a known place follows, and a reporter’s name after the place', () => {
    expect(outletNames('سلانيوز – كسلا: أعلنت الولاية افتتاح مستشفى جديد.')).toEqual(['سلانيوز'])
    expect(kinds('نجامينا – محمد أحمد: قال الوزير إن الحكومة لن تتراجع.')).not.toContain('media:محمد أحمد')
  })
})

describe('a word after a number on a line of its own', () => {
  it('is what the number counts or dates, not an outlet', () => {
    expect(outletNames('كتب: سالم\n22/11/2025 09:30 PM\n\nأعلنت الوزارة افتتاح الطريق الجديد.')).toEqual([])
    expect(outletNames('\n32 دقيقة\n\nأعلنت الوزارة افتتاح الطريق.')).toEqual([])
    expect(outletNames('18-آب\nأعلنت الوزارة افتتاح الطريق.')).toEqual([])
  })

  it('still names the outlet of a credit after a date and before a colon', () => {
    expect(outletNames('2025-08-21 صدى البلد:\nأعلنت الوزارة افتتاح الطريق.')).toEqual(['صدى البلد'])
  })
})

describe('a dateline of a place and an outlet', () => {
  it('leaves the place out of the outlets when the words after the dash name one', () => {
    expect(kinds('الضفة الغربية – صدى الإخبارية\nأعلنت الوزارة افتتاح الطريق.')).toEqual([
      'location:الضفة الغربية',
      'media:صدى الإخبارية',
    ])
  })

  it('reads a name with an outlet’s ending as the outlet, not a person', () => {
    expect(kinds('نواكشوط – رفيق إنفو\nأعلنت الوزارة افتتاح الطريق.')).toEqual([
      'location:نواكشوط',
      'media:رفيق إنفو',
    ])
  })
})

describe('an outlet after a dateline’s place, closed by an adjective, a joined word or a writer', () => {
  it('takes the adjective or the word joined by و into the name', () => {
    expect(outletNames('رام الله-شبكة فلسطين الرياضية\nأسدل الستار على الدوري.')).toEqual([
      'شبكة فلسطين الرياضية',
    ])
    expect(outletNames('بيت لحم-أخبار المال والأعمال- احتفلت الغرفة بعيدها.')).toEqual([
      'أخبار المال والأعمال',
    ])
  })

  it('takes the outlet after a colon when the name ends the dateline’s line', () => {
    expect(outletNames('الوالي يزور الأسواق\nأم درمان:نبض فيوتشر\nقال الوالي إن الدعم لم يصل.')).toEqual([
      'نبض فيوتشر',
    ])
    expect(outletNames('أم درمان: أعلن الوالي أن الدعم لم يصل إلى الأحياء.')).toEqual([])
    expect(outletNames('غزة: انتخابات\nقال الوزير إن الموعد لم يحدد.')).toEqual([])
  })

  it('ends the name at the slash before its writer, unless an outlet follows the slash', () => {
    expect(outletNames('تونس ــ الرأي الجديد / رضا حامدي\nتتواصل نجاحات الفريق.')).toEqual(['الرأي الجديد'])
    expect(outletNames('لندن/ سامي كمال/ الأناضول\nتظاهر المئات أمس.')).not.toContain('سامي كمال')
  })
})

describe('an outlet spoken to, ل written on its name', () => {
  it('reads a word no list knows between a verb of saying and a complementiser as the outlet', () => {
    expect(outletNames('وقال الوالي لموزاييك بأن اللجان ستجتمع.')).toEqual(['موزاييك'])
  })

  it('reads it after a statement given to the outlet (في تصريح لـ), as after an interview', () => {
    expect(outletNames('وقال المدير في تصريح لموزاييك إن الموسم انطلق.')).toEqual(['موزاييك'])
    expect(outletNames('وأكد في تصريح لـ الصباحية أن الطريق فتح.')).toEqual(['الصباحية'])
    expect(outletNames('ومنح الوزير تصريح عمل لسالم أمس.')).toEqual([])
  })

  it('leaves a person, a possessed noun and an ordinary plural spoken to alone', () => {
    expect(outletNames('وقال الوزير لسالم إن الأمر محسوم.')).toEqual([])
    expect(outletNames('وأوضح المدير لمراسلنا أن العمل مستمر.')).toEqual([])
    expect(outletNames('وقال الوزير للصحفيين إن الأمر محسوم.')).toEqual([])
  })

  it('reads a head that opens a place the gazetteer knows whole as that place, not an outlet', () => {
    expect(kinds('وتعطلت الملاحة في قناة السويس ساعات بعد جنوح ناقلة.')).toEqual(['location:قناة السويس'])
    expect(kinds('وعبرت الناقلة بقناة السويس فجر الاثنين.')).toEqual(['location:قناة السويس'])
    expect(outletNames('وذكرت قناة العربية أن الناقلة عادت إلى الملاحة.')).toEqual(['العربية'])
  })

  it('leaves a person the article named in full, whose last name opens with ل, to that person', () => {
    const text = 'قال رئيس الهيئة إبراهيم لاشين في مؤتمر صحفي إن النتائج نهائية. وأضاف لاشين أن الفرز انتهى.'
    expect(outletNames(text)).toEqual([])
  })
})

describe('page furniture before a colon or dash', () => {
  it('reads no outlet in a page’s field labels', () => {
    const page =
      'انقطاع الكهرباء في الحي\nالعنوان:عودة التيار إلى الحي بعد يومين\nالمدة:00:02:15\nعاد التيار إلى الحي مساء السبت.'
    expect(outletNames(page)).toEqual([])
    expect(outletNames('انقطاع الكهرباء في الحي\nالفئة: خدمات\nعاد التيار إلى الحي مساء السبت.')).toEqual([])
  })

  it('reads no outlet in a comment form’s or a citation’s label, nor in a section with the article and its adjective', () => {
    expect(outletNames('حملة تطعيم في المدارس\nشروط التعليق :\nيمنع نشر الإساءات.')).toEqual([])
    expect(outletNames('حملة تطعيم في المدارس\nالجزء والصفحة: 3\nبدأت الحملة أمس.')).toEqual([])
    expect(outletNames('حملة تطعيم في المدارس\nالأخبار الصحية – بدأت الحملة أمس في المدارس.')).toEqual([])
  })

  it('reads no outlet in a section’s name, alone or with its adjective', () => {
    expect(outletNames('أمطار غزيرة في الشمال\nأخبار محلية – حذرت البلدية السكان من السيول.')).toEqual([])
    expect(outletNames('أمطار غزيرة في الشمال\nأخبار عربية – عمان\nحذرت البلدية السكان من السيول.')).toEqual(
      [],
    )
  })

  it('still reads an outlet’s name before the credit’s colon', () => {
    expect(outletNames('أمطار غزيرة في الشمال\nالأنباط نيوز: حذرت البلدية السكان من السيول.')).toContain(
      'الأنباط نيوز',
    )
  })
})

describe('a page label on a line of its own', () => {
  it('reads the news summary label as no outlet and no speaker', () => {
    const text = 'ملخص الخبر\nقال رئيس البلدية إن «الحديقة الجديدة ستفتح أبوابها الشهر المقبل».'
    expect(outletNames(text)).toEqual([])
    expect(extract(text).quotes[0]?.speaker?.name).not.toBe('ملخص الخبر')
  })
})

describe('an outlet in brackets in a dateline, round 33', () => {
  it('reads an outlet whose name holds a place, the place staying a place', () => {
    expect(kinds('جيبوتي (صدى القرن) - افتتح الرئيس مستشفى جديدا صباح اليوم.')).toEqual([
      'location:جيبوتي',
      'media:صدى القرن',
    ])
    expect(kinds('هرجيسا ( نبض الصومال ) ـــ أعلنت اللجنة موعد الانتخابات.')).toEqual([
      'location:هرجيسا',
      'media:نبض الصومال',
      'location:الصومال',
    ])
  })

  it('reads the dateline after a Hijri date and its era letter', () => {
    expect(
      outletNames(
        'الأحد 12 شوال 1440 هـ الموافق 17-03-2019 مقديشو ( صدى الساحل ) ـــ وصل الوفد إلى المدينة.',
      ),
    ).toEqual(['صدى الساحل'])
  })

  it('leaves a place in brackets after a place a place', () => {
    expect(outletNames('الرياض (السعودية) - أعلنت الوزارة نتائج المسابقة.')).toEqual([])
  })
})

describe('a correspondent’s outlet in quote marks, round 33', () => {
  it('reads the quoted name after مراسل or مراسلة before the report’s complementiser', () => {
    expect(outletNames('وأكد مسؤول لمراسلة "صدى تايم" أن المعبر سيفتح غدا.')).toEqual(['صدى تايم'])
    expect(outletNames('وقال شاهد لمراسل «نبض المدينة»، إن الطريق أغلق.')).toEqual(['نبض المدينة'])
  })

  it('leaves a quote the clause goes on from', () => {
    expect(outletNames('وقال مراسل "البلد" في المدينة إن القصف مستمر.')).toEqual([])
  })
})

describe('outlets described, not named, round 34', () => {
  it('reads no outlet from an adjective any outlet may carry, of either gender', () => {
    expect(outletNames('وذكرت صحيفة محلية أن المجلس سيجتمع غدا.')).toEqual([])
    expect(outletNames('وقال المدير لإذاعة أجنبية إن العمل مستمر.')).toEqual([])
    expect(outletNames('وقال المدير لصحيفة الميدان إن العمل مستمر.')).toEqual(['الميدان'])
  })

  it('reads no outlet from the media in general in quote marks', () => {
    expect(outletNames('وقال المدرب في حديث لـ"وسائل الإعلام" إن الفريق جاهز.')).toEqual([])
    expect(outletNames('وقال المدرب في حديث لـ"الصحفيين" إن الفريق جاهز.')).toEqual([])
    expect(outletNames('وقال المدرب في حديث لـ"الميدان" إن الفريق جاهز.')).toEqual(['الميدان'])
  })
})

describe('a credit in brackets closing the paragraph, round 34', () => {
  it('reads an outlet’s definite head and adjective after the sentence’s end', () => {
    expect(outletNames('وقال رئيس البلدية إن الأشغال انتهت في الحي. (الوكالة الوطنية)')).toEqual([
      'الوكالة الوطنية',
    ])
    expect(
      outletNames('وقال رئيس البلدية إن "الأشغال انتهت". (الوكالة الوطنية)\nوفي خبر آخر وصل الوفد.'),
    ).toEqual(['الوكالة الوطنية'])
  })

  it('leaves brackets the paragraph goes on after, and a head with a generic adjective', () => {
    expect(outletNames('وقال رئيس البلدية إن الأشغال انتهت. (الوكالة الوطنية) ثم غادر.')).toEqual([])
    expect(outletNames('وقال رئيس البلدية إن الأشغال انتهت. (الوكالة الرسمية)')).toEqual([])
  })
})

describe('an outlet in Latin letters after a newsroom noun, round 34', () => {
  it('reads the correspondent’s outlet', () => {
    expect(outletNames('وقالت مراسلة XYZ News إن القصف مستمر منذ الصباح.')).toEqual(['XYZ News'])
    expect(outletNames('وقال مراسل العربية إن القصف مستمر.')).not.toContain('مراسل')
  })
})

describe('an outlet on a source line', () => {
  const story = 'أعلنت البلدية أمس افتتاح السوق الجديد في وسط المدينة أمام الزوار.\n'
  it('reads the name after المصدر and a colon, to the line’s end, as the outlet', () => {
    // Words no recogniser took, a shorter outlet inside the name, and a place inside it (main: none, the cut
    // name, a place).
    expect(outletNames(`${story}المصدر : موقع همس المدينة`)).toEqual(['همس المدينة'])
    expect(outletNames(`${story}المصدر: أريج نيوز ميديا`)).toEqual(['أريج نيوز ميديا'])
    expect(kinds(`${story}المصدر: نبض تونس`)).toEqual(['media:نبض تونس'])
    // A known outlet seen only on the credit line is kept; a place alone the gazetteer knows only as a place is not.
    expect(outletNames(`${story}المصدر: الجزيرة`)).toEqual(['الجزيرة'])
    expect(outletNames(`${story}المصدر: القاهرة`)).toEqual([])
  })

  it('reads no outlet from a link, a byline’s tail or a writer', () => {
    expect(outletNames(`${story}المصدر: https://example.com/news/1`)).toEqual([])
    expect(outletNames(`${story}المصدر: وكالات`)).toEqual([])
    expect(kinds(`${story}المصدر: محمد الساعدي`)).not.toContain('media:محمد الساعدي')
  })
})

describe('an outlet after a dateline’s place, to the credit’s end', () => {
  const lead = '\nأعلن المحافظ اليوم افتتاح السوق الجديد في وسط المدينة أمام الزوار.'
  it('reads the whole name over a place, a shorter outlet or a quote mark inside the credit', () => {
    // A place ending the name's third word, a known outlet with its head and an adjective, the name in quote marks
    // after the dash (main: no outlet, the shorter outlet, no outlet).
    expect(outletNames(`الموصل/ شبكة أصداء نينوى-${lead}`)).toEqual(['شبكة أصداء نينوى'])
    expect(outletNames(`عمان-شبكة الأخبار الأردنية${lead}`)).toEqual(['شبكة الأخبار الأردنية'])
    expect(outletNames(`طرابلس - "المرصد".${lead}`)).toEqual(['المرصد'])
  })

  it('leaves a known outlet with its head alone as the main pass reads it', () => {
    expect(outletNames(`مسقط - شبكة الأخبار${lead}`)).toEqual(['الأخبار'])
  })
})

describe('an outlet’s name alone on its line', () => {
  const story =
    'أعلن المحافظ اليوم افتتاح السوق الجديد في وسط المدينة أمام الزوار، وقال إن السوق سيفتح أبوابه كل يوم.'
  it('reads a name with an outlet’s ending alone on a line as the outlet, in the article or in the page’s clutter', () => {
    // A footer's name before a comment prompt, one before the related links, a place and بريس under the article
    // (main: none of them).
    expect(outletNames(`${story}\n\nشمس برس\n\nاترك تعليقا`)).toEqual(['شمس برس'])
    expect(outletNames(`${story}\n\nهمس نيوز\n\nمقالات ذات صلة\n\nزر الذهاب إلى الأعلى`)).toEqual([
      'همس نيوز',
    ])
    expect(outletNames(`${story}\nنابلس بريس`)).toEqual(['نابلس بريس'])
  })

  it('reads no outlet from an ending that opens a person’s name', () => {
    expect(outletNames('وانتقد وزير الداخلية آنذاك بريس أورتوفو سياسة الهجرة في البلاد.')).toEqual([])
  })
})

describe('a source line that names no one outlet', () => {
  const story = 'أعلنت البلدية أمس افتتاح السوق الجديد في وسط المدينة أمام الزوار.\n'
  it('reads no outlet from a time and a tail, a word the page cut, or a name before anything but a tail or a place', () => {
    expect(outletNames(`${story}المصدر : صباح اليوم - وكالات`)).toEqual([])
    expect(outletNames(`${story}المصدر : وكال`)).toEqual([])
    expect(outletNames(`${story}المصدر: نبض الشارع - خاص بالموقع اليوم`)).toEqual([])
    expect(outletNames(`${story}المصدر: نبض الشارع - وكالات`)).toEqual(['نبض الشارع'])
  })
})
