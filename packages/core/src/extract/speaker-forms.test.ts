import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

const people = (text: string) => entityNames(text, 'person')
const speakers = (text: string) => extract(text).quotes.map((quote) => quote.speaker?.name ?? null)

describe('speakers named by an office and a name', () => {
  it('keeps an acting office in the role, so the name after it speaks', () => {
    const text =
      'قال المدير العام للشركة بالإنابة العميد الركن سامي حداد للصحفيين إن "العمل مستمر حتى الصباح".\n\nوأضاف: "لن نتوقف قبل إخراج الجميع".'
    const { quotes, entities } = extract(text)
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['سامي حداد', 'سامي حداد'])
    expect(entities.find((entity) => entity.name === 'سامي حداد')?.roles[0]).toContain('بالإنابة')
    expect(speakers('وقال الوزير بالوكالة نادر الخطيب إن "الموازنة جاهزة".')).toEqual(['نادر الخطيب'])
  })
})

describe('names no list knows, in the subject’s place', () => {
  it('reads two unknown words after a reporting verb as a name when a title or a comma closes them', () => {
    expect(
      speakers('ذكرت مارتينا رينر مسؤولة الشؤون الداخلية في الحزب، أن البلاد صارت "ساحة مفتوحة".'),
    ).toEqual(['مارتينا رينر'])
    expect(speakers('وقال كارستن بيكر، إن "الاتفاق لم يكتمل".')).toEqual(['كارستن بيكر'])
  })

  it('reads a given name that is also a word before a family name and إن as a name', () => {
    expect(speakers('قال سامي حداد إن "الوضع صعب".')).toEqual(['سامي حداد'])
  })

  it('names no one from sources, witnesses or a word behind a particle', () => {
    expect(people('قال شهود عيان إن القصف استمر حتى الفجر.')).toEqual([])
    expect(people('قال مصدر مسؤول، إن القصف استمر حتى الفجر.')).toEqual([])
    expect(people('وأعلنت بفيروس كورونا إصابة جديدة أمس.')).toEqual([])
  })
})

describe('a subject between كان and its verb', () => {
  it('speaks for the verb, and the noun after the verb is its object', () => {
    const text = 'وكانت الولايات المتحدة أعلنت إرجاء المحادثات بين الطرفين، بدعوى أنها "لم تحقق شيئاً".'
    expect(speakers(text)).toEqual(['الولايات المتحدة'])
    expect(speakers('وكان الوزير قد أعلن تأجيل الزيارة، مؤكداً أنها "ستتم قريباً".')).toEqual(['الوزير'])
  })
})

describe('a party written without its head', () => {
  it('is the party, also in a headline before its full name', () => {
    const text =
      'الخضر الألماني: بلادنا أصبحت "ساحة مفتوحة"\n\nذكر حزب الخضر الألماني أن البلاد صارت "ساحة مفتوحة". وقال الخضر الألماني إن "الحكومة تأخرت".'
    const { quotes, entities } = extract(text)
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual([
      'حزب الخضر الألماني',
      'حزب الخضر الألماني',
      'حزب الخضر الألماني',
    ])
    const party = entities.find((entity) => entity.name === 'حزب الخضر الألماني')
    expect(party?.aliases).toContain('الخضر الألماني')
  })

  it('reads no single common noun as the party', () => {
    const text = 'وقالت حركة النهضة إن الانتخابات مزورة. وتحدث الوزير عن النهضة الاقتصادية.'
    const party = extract(text).entities.find((entity) => entity.name === 'حركة النهضة')
    expect(party?.mentions).toHaveLength(1)
  })
})

describe('a given name with the article before a particle of descent', () => {
  it('opens the name after a title', () => {
    const text = 'وضم الوفد مدير الديوان المختار ولد سيدي، ووزيرة الصحة الناهة منت حمدي ولد مكناس.'
    expect(people(text)).toEqual(['المختار ولد سيدي', 'الناهة منت حمدي ولد مكناس'])
    expect(people('وحضر الوزير الشيباني اللقاء مع الوفد.')).toEqual(['الشيباني'])
  })
})

describe('a body’s name in quote marks after its head', () => {
  it('speaks as the body, not as the bare head noun', () => {
    const text = 'أعلنت قوات "الدعم السريع"، سيطرتها على المقر، مؤكدة أن عناصرها تصدوا للهجوم.'
    const [quote] = extract(text).quotes
    expect(quote?.speaker?.name).toBe('قوات الدعم السريع')
    expect(quote?.speaker?.entity).toBeDefined()
  })
})

describe('an office with an adjective and a place, and the name after a comma', () => {
  it('keeps a nisba before a name or a place in the role instead of reading it as a family name', () => {
    const text = 'أكد المستشار البلدي بمدينة سوسة، لطفي بن سالم أن المشاريع بلغت مئة.'
    const { quotes, entities } = extract(text)
    expect(quotes[0]?.speaker?.name).toBe('لطفي بن سالم')
    expect(entities.find((entity) => entity.name === 'لطفي بن سالم')?.roles).toEqual([
      'المستشار البلدي بمدينة سوسة',
    ])
    expect(speakers('أكد المستشار البلدي، سامر الهادي أن "المشاريع بلغت مئة".')).toEqual(['سامر الهادي'])
    expect(speakers('وقال الوزير الشيباني إن "المشاريع بلغت مئة".')).toEqual(['الشيباني'])
  })

  it('closes a name in apposition with the report’s complementiser as with a comma', () => {
    expect(speakers('قال المتحدث باسم الوزارة، أحمد سالم إن "المشاريع بلغت مئة".')).toEqual(['أحمد سالم'])
  })
})

describe('a name in apposition whose first word no list knows', () => {
  it('starts at that word when a known given name, the father’s, follows it', () => {
    const text = 'أكد المستشار الاقتصادي لرئيس الوزراء، مظهر محمد صالح، اليوم أن الوضع مستقر.'
    expect(speakers(text)).toEqual(['مظهر محمد صالح'])
    expect(people(text)).toEqual(['مظهر محمد صالح'])
    expect(people('قال المتحدث باسم الوزارة، السبت الماضي، إن الوضع مستقر.')).toEqual([])
  })
})

describe('و typed apart from a reporting verb', () => {
  it('opens the clause as the joined و does, so a pronoun verb takes the last speaker', () => {
    const text =
      'قال الوزير سامر الحداد إن الميزانية جاهزة. و أضاف على هامش الجلسة أن الاجتماع يندرج في إطار التواصل. و أفاد أنه تم ضبط الميزانية.'
    const { quotes } = extract(text)
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.name])).toEqual([
      ['indirect', 'سامر الحداد'],
      ['indirect', 'سامر الحداد'],
      ['indirect', 'سامر الحداد'],
    ])
  })
})

describe('a speaker named by a short form before whom he spoke to', () => {
  it('leaves a word with the article behind a preposition out of the speaker (للصحفيين)', () => {
    const text = 'وقال فتح الله للصحفيين في المطار "سنكمل المشروع قبل الصيف".'
    expect(speakers(text)).toEqual(['فتح الله'])
  })
})

describe('a body’s head noun before a body the lists know, round 24', () => {
  it('speaks as the text words it, linked to the body', () => {
    const text = 'وذكر موقع وزارة الصحة أن المستشفى الجديد سيفتح أبوابه الشهر المقبل.'
    const { quotes, entities } = extract(text)
    expect(quotes[0]?.speaker?.name).toBe('موقع وزارة الصحة')
    expect(entities.find((e) => e.id === quotes[0]?.speaker?.entity)?.name).toBe('وزارة الصحة')
  })
})

describe('a described source in its other spelling, round 33', () => {
  it('reads مسئول (hamza on a yeh’s seat) as مسؤول, with the body it speaks from', () => {
    expect(speakers('وقال مسئول كبير بوزارة النقل، إن القطارات ستعود إلى العمل غدا.')).toEqual([
      'مسئول كبير بوزارة النقل',
    ])
    expect(speakers('وأكد مسئولون في البلدية أن الطريق سيفتح بعد أسبوع.')).toEqual(['مسئولون في البلدية'])
  })
})

describe('words passed on with القول, round 33', () => {
  it('leaves the verbal noun of saying out of the source’s phrase and out of a name', () => {
    expect(speakers('ونقلت الإذاعة عن مصدر عسكري القول إن الطائرات عادت إلى قواعدها.')).toEqual([
      'مصدر عسكري',
    ])
    expect(speakers('ونقلت الصحيفة عن كريم منصور القول إن المصنع سيغلق.')).toEqual(['كريم منصور'])
    expect(people('ونقلت الصحيفة عن كريم منصور القول إن المصنع سيغلق.')).toEqual(['كريم منصور'])
  })

  it('gives the words to the holder named after a long title, as after a verb of saying', () => {
    expect(
      speakers(
        'ونقلت الإذاعة عن الناطق الرسمي باسم اللجنة العليا من مجلس المدينة، كريم الساعدي، القول إن المدارس ستفتح الأحد.',
      ),
    ).toEqual(['كريم الساعدي'])
  })
})

describe('a body’s office and the body it sits in after ب, round 33', () => {
  it('words the speaker as the text does, still linked to the office', () => {
    const text = 'وأفاد مكتب الإعلام بالمحكمة الابتدائية بسوسة أن الجلسة تأجلت إلى الشهر المقبل.'
    const { quotes, entities } = extract(text)
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['مكتب الإعلام بالمحكمة الابتدائية بسوسة'])
    expect(entities.find((entity) => entity.id === quotes[0]!.speaker?.entity)?.name).toBe('مكتب الإعلام')
    expect(speakers('وقالت خلية الإعلام بوزارة الدفاع إن الطائرات قصفت مواقع المسلحين.')).toEqual([
      'خلية الإعلام بوزارة الدفاع',
    ])
  })
})

describe('a verbal noun of saying after ب with a possessive, round 33', () => {
  it('reports its clause for the subject of the verb it completes, as a participle would', () => {
    expect(speakers('وفاجأ الوزير الحضور بإعلانه أنه لن يترشح للانتخابات.')).toEqual(['الوزير'])
    expect(speakers('وفاجأهم المدرب بتأكيده أن الفريق سيلعب بلا مهاجم.')).toEqual(['المدرب'])
  })
})

describe('a name cut to its given name after a title, round 33', () => {
  it('words the speaker with the words of the name up to where the subject ends', () => {
    expect(speakers('وأوضحت المحامية سلمى ادياي في تصريح للإذاعة إن الحكم قابل للطعن.')).toEqual([
      'سلمى ادياي',
    ])
    expect(
      speakers('وقال العقيد المتقاعد خالد أمين الحسيني رئيس الجمعية الخيرية إن التبرعات تضاعفت.'),
    ).toEqual(['خالد أمين الحسيني'])
  })
})

describe('a participle after a relative clause of saying, round 33', () => {
  it('speaks for the subject of its sentence, not for the one whose words the clause is about', () => {
    expect(speakers('ورد الوزير على ما قاله رئيس الحزب، مشيرا إلى أن الحكومة متماسكة.')).toEqual(['الوزير'])
    expect(speakers('ونفى المدير ما قاله النائب عن إغلاق المصنع بقوله إن العمل مستمر.')).toEqual(['المدير'])
  })
})

describe('a verb with an occasion pronoun after a noun of speaking, round 33', () => {
  it('speaks for the subject of the sentence that gave the speech or the statement', () => {
    expect(speakers('وألقى المحافظ كلمة أكد فيها أن المشاريع ستنجز قبل الصيف.')).toEqual(['المحافظ'])
    expect(speakers('وأصدرت الوزارة بيانا قالت فيه إن الامتحانات ستجرى في موعدها.')).toEqual(['الوزارة'])
  })

  it('speaks for whom the noun names after من', () => {
    expect(speakers('واستمع الوفد إلى شرح من المدير أكد فيه أن المصنع سيتوسع.')).toEqual(['المدير'])
    expect(speakers('وتلقى الرئيس اتصالا هاتفيا من الوزير أكد خلاله أن البلدين يدعمان الحل.')).toEqual([
      'الوزير',
    ])
  })
})

describe('a bare title after a fuller one whose holder no list names, round 34', () => {
  it('speaks as the fuller title said before', () => {
    const text =
      'أكد وزير الزراعة والري، الطيب لعرابي، أن الموسم سيكون جيدا.\n\nوقال الوزير إن السدود ممتلئة هذا العام.\n\nوأضاف أن الأسعار ستنخفض.'
    expect(speakers(text)).toEqual(['وزير الزراعة والري', 'وزير الزراعة والري', 'وزير الزراعة والري'])
  })

  it('keeps a title whose other words the fuller title lacks', () => {
    const text =
      'أكد وزير الزراعة والري، الطيب لعرابي، أن الموسم سيكون جيدا.\n\nوقال الوزير المغربي إن الأسعار ستنخفض.'
    expect(speakers(text)).toEqual(['وزير الزراعة والري', 'الوزير المغربي'])
  })
})

describe('a name in quote marks after the verb, then where it was said, round 34', () => {
  it('speaks the clause after the place or occasion of the words', () => {
    expect(speakers('وأكد «الهاشمي» في ذات التصريح على أن العائلة بخير.')).toEqual(['الهاشمي'])
    expect(speakers('وأوضح «سامي» خلال المؤتمر أن المصنع سيفتح قريبا.')).toEqual(['سامي'])
  })
})

describe('a verb of saying in a relative clause inside a reported clause, round 34', () => {
  it('leaves the clause whole when the verb reports no clause of its own', () => {
    const { quotes } = extract('وأكد المدير أن الخطة التي أعلنت عنها الشركة أمس ستنفذ قريبا.')
    expect(quotes.map((quote) => quote.text)).toEqual(['الخطة التي أعلنت عنها الشركة أمس ستنفذ قريبا'])
  })
})

describe('a noun of the pattern أفعال after و in a long sentence, round 34', () => {
  it('is no verb opening a clause, so the pronoun goes on with the sentence’s subject', () => {
    const text =
      'زار أعضاء المجلس البلدي لبلدية الواحة أمس عددا من القرى. وأكد رئيس المجلس البلدي سالم الحربي خلال جولته بقرى الوادي بمشاركة مدير البلدية المهندس خالد العتيبي وأعضاء المجلس، ووقوفه على مطالب السكان، وقال إن «الطرق ستنجز قبل الشتاء».'
    expect(speakers(text)).toEqual(['سالم الحربي'])
  })
})

describe('a relative verb of passing on after a noun of claims, round 34', () => {
  it('gives the words to the outlet that passed them on', () => {
    const text =
      'أكد وزير الإعلام، المتحدث باسم الحكومة، أن “الموقف واضح”.\nجاء تأكيد الوزير ردا على مزاعم نقلتها وكالة الأنباء الرسمية من أن “الجيش دمر شاحنات قادمة من الحدود”.'
    expect(speakers(text)).toEqual(['وزير الإعلام', 'وكالة الأنباء الرسمية'])
  })

  it('leaves the words to the verb before when the noun is their occasion after في', () => {
    const text =
      'قال وزير الداخلية سالم الحربي إن النتائج أعلنت.\nوأضاف في تصريحات نقلها التلفزيون الرسمي “فاز المرشح بأغلبية واضحة”.'
    expect(speakers(text)).toEqual(['سالم الحربي', 'سالم الحربي'])
  })
})

describe('a title whose place carries a hashtag mark, round 34', () => {
  it('gives the words to the holder named after the title', () => {
    const text =
      'وأوضح رئيس المكتب الزراعي في محافظة #حمص سالم الحربي أنه "تمت زراعة ألف دونم هذا العام".\n\nوأشار سالم الحربي إلى أن "الموسم جيد".'
    expect(speakers(text)).toEqual(['سالم الحربي', 'سالم الحربي'])
  })
})
