import { describe, expect, it } from 'vitest'
import { entityNames, extract, speakerNames } from './test-helpers.ts'

describe('what a pronoun or participle refers to', () => {
  it('skips a noun after a verb inside the clause reported before', () => {
    const text =
      'وأشار المتحدث باسم البلدية سامي الحداد إلى أن البلدية تتوقع ارتفاعاً كبيراً في الطلب على المياه. وأكد أن الشبكة لم تعد تحتمل الضغط.'
    expect(speakerNames(text)).toEqual(['سامي الحداد', 'سامي الحداد'])
  })

  it('gives a participle the subject of its sentence, not a quantity inside the clause', () => {
    const text =
      'وأشار مدرب الفريق خالد المطيري إلى أنه تابع العديد من المباريات هذا الموسم، مؤكداً أنها كانت صعبة.'
    expect(speakerNames(text)).toEqual(['خالد المطيري', 'خالد المطيري'])
  })

  it('reads no preposition and its noun after a comma as a verb whose subject a pronoun refers to', () => {
    const text =
      'وترأس المحافظ سامي الحداد اجتماعاً ضم مدراء الدوائر، بحضور نائبه كمال العبيدي. وقال: "سنبدأ العمل في المشروع الشهر المقبل".'
    expect(speakerNames(text)).toEqual(['سامي الحداد'])
  })

  it('carries no speaker to a pronoun verb whose form agrees with no one named within reach', () => {
    const text =
      'وأكد المدير خالد الزهراني أن "العمل مستمر في المستشفى ليلاً ونهاراً". وقالت: "نخاف على أطفالنا من المرض".'
    expect(speakerNames(text)).toEqual(['خالد الزهراني', null])
    // A woman named before the man is still the one the feminine verb refers to.
    const named =
      'وقالت الممرضة سارة العلي إن "الأقسام ممتلئة". وأكد المدير خالد الزهراني أن "العمل مستمر في المستشفى". وأضافت: "نخاف على أطفالنا من المرض".'
    expect(speakerNames(named)).toEqual(['سارة العلي', 'خالد الزهراني', 'سارة العلي'])
  })

  it('cuts a family name that is also a given name before an ordinary word run into it', () => {
    const text =
      'قال وزير المالية أحمد عثمان حمزة إن الإيرادات ارتفعت. وقطع حمزة بعدم وجود أي عجز، وتابع بقوله: "الميزانية متوازنة تماماً هذا العام".'
    expect(extract(text).quotes.map((q) => q.speaker?.entity)).toEqual([
      'person:احمد-عثمان-حمزة',
      'person:احمد-عثمان-حمزة',
    ])
    expect(entityNames(text, 'person')).toEqual(['أحمد عثمان حمزة'])
  })

  it('reads the noun after a verb of describing that carries its object pronoun as the subject (ما وصفه NAME بأنه)', () => {
    expect(speakerNames('وارتفعت الأسعار، وهو ما وصفه الوزير محمد العلي بأنه “خطوة متأخرة جدا”.')).toEqual([
      'محمد العلي',
    ])
    expect(speakerNames('ووصف الوزير محمد العلي القرار بأنه “خطوة متأخرة جدا”.')).toEqual(['محمد العلي'])
  })

  it('skips a noun after a verb that is part of a noun phrase', () => {
    const text = 'وأطلق الفريق الحملة أمس كأول رد فعل على الأزمة. وأضاف أن الحملة ستستمر شهراً.'
    expect(speakerNames(text)).toEqual(['الفريق'])
  })

  it('reads no counted noun after a number as the subject of a verb', () => {
    const text =
      'وقالت الوزارة إن من بين الضحايا 412 طفلا و218 سيدة و67 مسنا، مشيرة إلى أن عدد الجرحى وصل إلى 2600 مصاب.'
    expect(speakerNames(text)).toEqual(['الوزارة', 'الوزارة'])
  })

  it('never takes a phrase with the accusative’s tanween for a subject', () => {
    const text =
      'وأكد النائب خالد المدهون أنه عند وجود نواب يناقشون مواضيع هزيلة لا يعتبر ذلك عملاً، إذ يعتبر تشريعاً ورقابةً أن تصدر القوانين في وقتها.'
    expect(speakerNames(text)).toEqual(['خالد المدهون', 'خالد المدهون'])
  })

  it('gives a verb right after a relative pronoun the relative for subject, and the noun after it for object', () => {
    expect(speakerNames('وأكد موقع الأخبار الذي أورد الخبر بأن وفداً من الوزارة زار المريض.')).not.toContain(
      'الخبر',
    )
    expect(speakerNames('وقال التقرير الذي نشرته الوكالة إن الأسعار سترتفع.')).toEqual(['التقرير'])
  })

  it('reads the subject named after the pronoun of the occasion the words were said in', () => {
    expect(
      speakerNames('وألقى الوزير سامي الحربي كلمة أكد فيها رئيس الوزراء خالد العمري أن الوحدة أساس الدولة.'),
    ).toEqual(['خالد العمري'])
    // The relative is then the occasion, not the subject.
    expect(
      speakerNames('وناقش المجلس وضع المبنى والذي أفاد فيه رئيس البلدية سامي الحربي بأنه سحب من المقاول.'),
    ).toEqual(['سامي الحربي'])
  })

  it('reads a name right before an accusative inside the clause reported before as an object, not a subject', () => {
    const text =
      'وأشار الوزير خالد الحربي إلى أن البلدين يتعاونان منذ زمن، وتعتبر تايوان جزءاً من الصين، وأضاف: "سنواصل العمل معاً".'
    expect(speakerNames(text)).toEqual(['خالد الحربي', 'خالد الحربي'])
    const body =
      'وقالت الوزيرة سلمى العتيبي إن المشروع تأخر كثيراً، وتعد الحكومة شريكاً في تمويله، وأكدت أن العمل سيبدأ قريباً.'
    expect(speakerNames(body)).toEqual(['سلمى العتيبي', 'سلمى العتيبي'])
  })

  it('still takes a named subject followed by an adverb inside the clause', () => {
    const text =
      'وقال الوزير خالد الحربي إن الخطة جاهزة، وزار رئيس الوزراء سامي العلي أيضاً الموقع. وأضاف أن التنفيذ سيبدأ قريباً.'
    expect(speakerNames(text)).toEqual(['خالد الحربي', 'سامي العلي'])
  })

  it('still takes a plain noun after a verb that opens its clause', () => {
    const text = 'ولم يكشف المركزي عن أسباب القرار، وقال في بيان له "سيصدر التقرير الكامل قريباً".'
    expect(speakerNames(text)).toEqual(['المركزي'])
  })
})

describe('a pronoun verb after a phrase that opens its sentence', () => {
  it('speaks for the person a verbless phrase before it names', () => {
    const text =
      'وفي تصريح لسعادة الشيخ سالم بن علي الهنائي، أمين عام المجلس، أوضح أن المجلس سيناقش ثلاثة قوانين جديدة.'
    expect(speakerNames(text)).toEqual(['سالم بن علي الهنائي'])
    expect(
      speakerNames(
        'خلال اجتماع رئيس الجمهورية قيس سعيد اليوم بوزير الداخلية، شدد على أن المدينة "منكوبة بيئياً".',
      ),
    ).toEqual(['قيس سعيد'])
  })

  it('keeps the speaker before when the phrase refers back or names whom the speaker met', () => {
    const met = 'وقال وزير الخارجية إن الزيارة ناجحة. وفي لقائه مع السفير أحمد الكبير، أكد أن العلاقات متينة.'
    expect(speakerNames(met)).toEqual(['وزير الخارجية', 'وزير الخارجية'])
    const meeting =
      'وقال وزير الخارجية إن الزيارة ناجحة. وخلال اللقاء مع السفير أحمد الكبير، أكد أن العلاقات متينة.'
    expect(speakerNames(meeting)).toEqual(['وزير الخارجية', 'وزير الخارجية'])
  })
})

describe('a name in quote marks between a verb and its clause', () => {
  it('is who speaks', () => {
    expect(speakerNames('وذكرت “الشرق” أن المبادرة تأتي استكمالاً لمساعي الوزارة.')).toEqual(['الشرق'])
  })

  it('is who speaks when it has no article, as pages that set every person’s name in marks write it', () => {
    expect(speakerNames('وقالت “سلمى” إن الزبيب غني بالحديد.')).toEqual(['سلمى'])
    expect(speakerNames('وأكد “سامي الحداد” أن الجسر سيفتح قريبا.')).toEqual(['سامي الحداد'])
  })

  it('is not when the quoted words are no name', () => {
    expect(speakerNames('وقال "سنواصل العمل" إن الأمر محسوم.')).not.toContain('سنواصل العمل')
  })
})

describe('a statement that speaks', () => {
  it('speaks for whoever said the words in it just before, not the outlet that received it', () => {
    const text =
      'وذكرت الدائرة الإعلامية للبرلمان، في بيان تلقته وكالة الأنباء العراقية (واع)، أن المجلس باشر جلسته. وأضاف البيان، أن "عدد الحضور ارتفع إلى 200 نائب".'
    const [first, second] = speakerNames(text)
    expect(second).toBe(first)
    expect(second).not.toBe('واع')
  })

  it('reads forecasts and figures a body issued as its statements', () => {
    const text =
      'وتوقع خبراء طقس، استناداً إلى التقارير الصادرة عن المركز الوطني للأرصاد، هطول أمطار. وأوضحت التوقعات أن منطقة الرياض ستشهد أمطاراً غزيرة.'
    expect(speakerNames(text)).toEqual(['المركز الوطني للأرصاد'])
  })

  it('keeps a statement with an adjective of its own as the text describes it', () => {
    const text =
      'وقال بيان الرئاسة إن الاتصال كان بناءً. وقالت التقارير الاستخباراتية إن موسكو "في موقف تفاوضي ضعيف".'
    expect(speakerNames(text).at(-1)).toBe('التقارير الاستخباراتية')
  })

  it('still speaks for the body that issued it', () => {
    expect(speakerNames('وأصدرت وزارة الصحة بياناً أمس. وقال البيان إن الإصابات تراجعت.')).toEqual([
      'وزارة الصحة',
    ])
  })
})

describe('a title right before a name', () => {
  it('names whom the name after it names, not someone coreference found for the title', () => {
    const text =
      'أكد وزير الأوقاف، أحمد التوفيق، يوم الثلاثاء بالرباط، دعم المملكة للجمعيات.\nوأبرز السيد التوفيق في تصريح للصحافة عقب استقباله وفداً عن اتحاد المساجد، أن المملكة عازمة على مواصلة الدعم.\nوأضاف أن الجمعيات أشادت، خلال هذا اللقاء، بالجهود التي تبذلها المملكة.\nمن جهته، أكد المفتي الكبير بمدينة مرسيليا، السيد علي محمد قاسم، في تصريح مماثل، على عمق العلاقات.'
    expect(speakerNames(text).at(-1)).toBe('أحمد التوفيق')
  })
})

describe('the phrase of a body that speaks', () => {
  it('keeps the title holder a body’s office serves', () => {
    const text = 'وقال المكتب الإعلامي لوزير النقل في بيان، إن الخبر المتداول غير صحيح.'
    expect(speakerNames(text)).toEqual(['المكتب الإعلامي لوزير النقل'])
  })

  it('keeps the body an office belongs to, named after في', () => {
    const text =
      'وقال المركز الإعلامي في مديرية الدفاع المدني في بيان صحافي اليوم، ان فرق الإطفاء أخمدت الحريق.'
    expect(speakerNames(text)).toEqual(['المركز الإعلامي في مديرية الدفاع المدني'])
  })

  it('ends a body’s chain of nouns at a name the lists lack when the clause goes on after it', () => {
    const text = 'وقال مجلس بلدي بيت ساحور في بيان، إن الجرافات هدمت منزلين.'
    expect(speakerNames(text)).toEqual(['مجلس بلدي بيت ساحور'])
  })

  it('ends a body’s chain of nouns at its definite genitive and the adjectives after it', () => {
    expect(speakerNames('وقال مركز أبحاث الطقس الأوروبي المتوسطي إن موجة حر تضرب البلاد.')).toEqual([
      'مركز أبحاث الطقس الأوروبي المتوسطي',
    ])
    expect(speakerNames('قال مركز رصد الأمطار الأردني، إن العاصفة تبلغ الشمال مساء.')).toEqual([
      'مركز رصد الأمطار الأردني',
    ])
  })

  it('keeps a title’s chain of nouns that ends in a common noun with the article', () => {
    expect(speakerNames('وقال رئيس مجلس إدارة الجمعية إن الأرباح ارتفعت.')).toEqual([
      'رئيس مجلس إدارة الجمعية',
    ])
    expect(speakerNames('وقال رئيس مجلس الإدارة، الدكتور سامي الخطيب، إن الأرباح ارتفعت.')).toEqual([
      'سامي الخطيب',
    ])
  })

  it('leaves out whom a body spoke to', () => {
    expect(speakerNames('وقالت الشركة للصحفيين إن الإنتاج سيرتفع.')).toEqual(['الشركة'])
  })

  it('keeps whom a body belongs to after a participle of allegiance, named or not', () => {
    expect(speakerNames('وقال فريق الإنقاذ التابع للخوذ البيضاء إن عشرين شخصاً قتلوا في الانهيار.')).toEqual([
      'فريق الإنقاذ التابع للخوذ البيضاء',
    ])
    const { quotes } = extract('وقالت وزارة الصحة التابعة للحكومة المؤقتة إن المستشفيات ممتلئة.')
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.entity])).toEqual([
      ['وزارة الصحة التابعة للحكومة المؤقتة', 'organization:وزارة-الصحة'],
    ])
  })
})

describe('pronoun subjects and the gender of who holds a title', () => {
  it('refers a feminine verb to a woman named with a title in the masculine', () => {
    const text =
      'وحضرت الجلسة محافظ الشمال بالإنابة إيمان الساعدي. وافتتحت المحافظ الساعدي المعرض أمس. وشددت على "أهمية العمل المشترك بين البلديات".'
    expect(speakerNames(text)).toEqual(['إيمان الساعدي'])
  })

  it('reads مفوض as a title, and a woman who holds it as the subject of a feminine verb', () => {
    const text =
      'دشنت مفوض العون الإنساني الأستاذة سلمى عثمان اليوم قافلة المساعدات. وأكدت في تصريحات أن القافلة حكومية بحتة.'
    expect(speakerNames(text)).toEqual(['سلمى عثمان'])
  })

  it('reads نور الدين as a man’s name', () => {
    const text =
      'قال أمين عام الاتحاد نور الدين الحمامي إن الإضراب قائم. وأكد خلال إشرافه على الذكرى أن الهيئة ستجتمع السبت.'
    expect(speakerNames(text)).toEqual(['نور الدين الحمامي', 'نور الدين الحمامي'])
  })

  it('gives a quote right after a participle to the subject of its sentence', () => {
    const text = 'افتتحت وزيرة الثقافة هدى الشامي المعرض، مؤكدة "أن الكتاب ما زال حاضراً في حياة الناس".'
    expect(speakerNames(text)).toEqual(['هدى الشامي'])
  })
})

describe('subjects written apart from their verb', () => {
  it('reads past words of respect before a title and its name', () => {
    const text =
      'وأكد سعادة السيد سعيد بن سلطان البوسعيدي، وكيل وزارة الثقافة، أن المشاركة تجسد متانة العلاقات.'
    expect(speakerNames(text)).toEqual(['سعيد بن سلطان البوسعيدي'])
  })

  it('takes definite words between a described subject and its verb as the subject’s adjectives', () => {
    const text =
      'وذكرت صحيفة "الأنباء" من جهة أخرى أن المسؤول الكويتي الرفيع أعرب خلال مشاركته في الحفل، عن ارتياح بلاده من نتائج "اللقاء الذي جمع الطرفين لمعالجة الوضع".'
    expect(speakerNames(text).at(-1)).toBe('المسؤول الكويتي الرفيع')
  })

  it('reads past the place after في between a body set first and its verb', () => {
    expect(speakerNames('وزارة الصحة في غزة أعلنت أن عدد الضحايا ارتفع إلى عشرين.')).toEqual(['وزارة الصحة'])
    expect(speakerNames('المعلومات في حمص تشير إلى أن الوضع هادئ.')).toEqual([null])
  })

  it('takes a named subject set apart from قد by a comma', () => {
    const text = 'وزير الصحة عبد الرحمن بن علي، قد صرح أن الهدف من الحملة اكتساب مناعة جماعية.'
    expect(speakerNames(text)).toEqual(['عبد الرحمن بن علي'])
  })

  it('gives المصدر ذاته to whoever spoke last, a body as well as a described source', () => {
    const body = 'وأوضحت وزارة الصحة أن الحالات تراجعت. وأضاف المصدر ذاته أن الحملة مستمرة.'
    expect(speakerNames(body)).toEqual(['وزارة الصحة', 'وزارة الصحة'])
    const source = 'وقال مصدر أمني إن القوات انتشرت. وأضاف المصدر نفسه أن الوضع هادئ.'
    expect(speakerNames(source)).toEqual(['مصدر أمني', 'مصدر أمني'])
  })
})

describe('statements of a body named in quote marks', () => {
  it('refers the head noun of a body named after it in quote marks, and the statement it names, to that body', () => {
    const text =
      'أعلنت منظمة "أطباء بلا حدود" وقف أنشطتها في المخيم. وقالت المنظمة في بيان، إنها اتخذت القرار بعد تصعيد الهجمات، وذكر بيان للمنظمة أن نحو نصف مليون نازح يقيمون في المخيم. وأضاف بيان المنظمة أن "التصعيد الحالي يهدد حياة المدنيين".'
    const entities = extract(text).quotes.map((q) => q.speaker?.entity)
    expect(entities).toEqual(Array(3).fill('organization:اطباء-بلا-حدود'))
  })
})

describe('where a title ends', () => {
  it('ends a title before في and a year, so that the title still stands for the person who holds it', () => {
    const text =
      'التقى محافظ المدينة الدكتور سعد الحمدان بالمرشحين. وحول الديمقراطية قال المحافظ في عام 1989 استؤنفت الحياة البرلمانية. وأضاف بأن المسيرة الديمقراطية راسخة.'
    expect(speakerNames(text)).toEqual(['سعد الحمدان'])
  })
})

describe('titles in a row, and nouns that look like verbs', () => {
  it('ends a role at the state’s nisba when a second title follows it, whose person speaks for both', () => {
    const text =
      'أكد وزير الخارجية الأردني رئيس "حزب الوسط" سامي العبادي، أن فريقه غير مسؤول عن تعطيل الجلسات.'
    expect(speakerNames(text)).toEqual(['سامي العبادي'])
  })

  it('gives the person the second of two titles in a row introduces', () => {
    const text = 'أكد نائب رئيس الوزراء وزير الخارجية أيمن الصفدي، أن الأردن يدعم الحل.'
    expect(speakerNames(text)).toEqual(['أيمن الصفدي'])
  })

  it('reads a word in ة before a name as a noun, not a verb with that name for subject', () => {
    const text =
      'واعتبر الوزير سامي العبادي، في حديث مع الوكالة، دعوة نتنياهو للزيارة "خطأ كبيراً"، وأعرب عن "أسفه الشديد لما جرى في الجلسة الأخيرة".'
    expect(speakerNames(text)).toEqual(['سامي العبادي'])
  })
})

describe('a title of two portfolios', () => {
  it('keeps a second portfolio joined by و in the title', () => {
    expect(speakerNames('وبين وزير التجارة الداخلية وحماية المستهلك أن الأسعار تتجه للانخفاض.')).toEqual([
      'وزير التجارة الداخلية وحماية المستهلك',
    ])
    expect(speakerNames('وقال مدير إدارة الثقافة والفنون في وزارة الثقافة إن المعرض نجح.')).toEqual([
      'مدير إدارة الثقافة والفنون في وزارة الثقافة',
    ])
  })

  it('leaves a second title joined by و out of the first', () => {
    const text = 'أكد وزير الثقافة ورئيس البلدية أن المهرجان ناجح.'
    expect(speakerNames(text)[0]).not.toContain('رئيس')
  })
})

describe('a headline of a name, a colon and a quote', () => {
  it('gives the quote to a name the lists lack when the story names it again', () => {
    const text =
      'معين الشعباني:" عرفنا كيف نناقش المباراة وانتصرنا بصعوبة"\n\nأكد معين الشعباني أن فريقه عرف كيف ينتزع النقاط.'
    expect(speakerNames(text)[0]).toBe('معين الشعباني')
  })

  it('gives no speaker to words before a colon that the story never names again', () => {
    const text = 'صدمة كبيرة:" لم نتوقع هذه النتيجة أبداً في المباراة"\n\nخسر الفريق أمس أمام منافسه.'
    expect(speakerNames(text)).toEqual([null])
  })
})

describe('a subject set apart from its verb by commas', () => {
  it('takes a person named between commas after the verb', () => {
    const text = 'وقالت، هدى الشامي، رئيسة قسم الأخبار في الإذاعة، إن الطاقم اتخذ جميع الاحتياطات.'
    expect(speakerNames(text)).toEqual(['هدى الشامي'])
  })

  it('takes no filler between commas for a subject', () => {
    expect(speakerNames('وأضاف، في بيان، أن المحكمة أصدرت حكماً.')).toEqual([null])
  })
})

describe('who a later verb with no subject refers to', () => {
  const text =
    'وقال المدرب كريم سالم خلال المؤتمر الصحفي وفقا للإعلامي وليد سعيد: "لعبنا جيدا في الشوط الأول".\nوأضاف: "اللاعبون تحدثوا معي عن أرضية الملعب".\nوواصل: "ظروف المباراة صعبة".'

  it('stays with the verb’s named subject, not the person an attribution in its clause names', () => {
    const { quotes } = extract(text)
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['كريم سالم', 'كريم سالم', 'كريم سالم'])
  })

  it('reads واصل before a colon and a quote as a verb of saying, and not before its object', () => {
    expect(extract(`${text}\nوواصل الجيش قصفه للمدينة، وقال سكان إن "الوضع صعب".`).quotes).toHaveLength(4)
  })
})

describe('a clause describing a noun, with the subject named after its verb', () => {
  it('tracks that subject for a pronoun verb or a verb after a fronted phrase', () => {
    expect(
      speakerNames(
        'واستمع الحضور إلى كلمة ألقتها الدكتورة سلمى الراشد، رحبت فيها بالضيوف، وذكرت أن الجامعة تخرج ألف طالبة.',
      ),
    ).toEqual(['سلمى الراشد'])
    expect(speakerNames('وفي كلمة ألقاها الوزير سامي الحداد خلال الحفل، أكد أن الدولة تدعم الشباب.')).toEqual(
      ['سامي الحداد'],
    )
  })

  it('reads no noun with its possessive as such a verb', () => {
    const text =
      'أصدر المتحدث خالد المنصوري بياناً فور انتهاء خدمته كمتحدث رسمي للوزارة، قائلاً: "أتمنى النجاح لمن يخلفني".'
    expect(speakerNames(text)).toEqual(['خالد المنصوري'])
  })
})

describe('a title of the shape فاعل that the lists read as a verb', () => {
  it('opens the speaker’s title right after a verb of saying, when its holder is named before the clause', () => {
    expect(speakerNames('قال كاتب عام النقابة خالد المنصوري إن الأسعار ارتفعت هذا الشهر.')).toEqual([
      'خالد المنصوري',
    ])
    expect(
      speakerNames(
        'قال كاتب عام الجامعة الوطنية لمنتجي الزيتون خالد المنصوري، اليوم الاثنين، إن المؤشرات الأولية جيدة.',
      ),
    ).toEqual(['خالد المنصوري'])
  })
})

describe('a verb that opens with a hamza on its alef after و', () => {
  it('is no article: its subject is the one a later pronoun verb refers to', () => {
    expect(speakerNames('وألقى الدكتور سامي الحداد كلمة، وقال إن الكلية تخرج ألف طالب هذا العام.')).toEqual([
      'سامي الحداد',
    ])
    expect(speakerNames('وألغى الوزير سامي الحداد القرار، وقال إن الشركات ستعود إلى العمل غداً.')).toEqual([
      'سامي الحداد',
    ])
  })
})

describe('a word of respect with its pronoun as the subject', () => {
  it('refers to the title holder named before, with a colon or a complementiser after it', () => {
    const text =
      'استقبل وزير النقل سامي الحداد وفدا من السائقين في مكتبه.\nوقال معاليه: لا زيادة في أسعار التذاكر هذا العام.\nوأوضح معاليه أن الخطوط الجديدة ستفتح في الربيع.'
    const { quotes } = extract(text)
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.name])).toEqual([
      ['indirect', 'سامي الحداد'],
      ['indirect', 'سامي الحداد'],
    ])
  })

  it('agrees with a woman who holds the title', () => {
    const text =
      'التقت سفيرة البلاد هند سالم بالطلاب في المدرسة أمس.\nوأكدت سعادتها أن المنح الدراسية ستزيد في العام المقبل.'
    expect(speakerNames(text)).toEqual(['هند سالم'])
  })
})

describe('a verb of saying inside a relative clause', () => {
  it('has for subject the person named right before the relative pronoun, with or without a comma', () => {
    const text =
      'افتتح اللقاء بكلمة لرئيسة الجمعية الأستاذة هند سالم التي أكدت أن الأشغال ستستمر يومين.\nوكان في استقبال الوفد السفير سامي الحداد، الذي أكد في كلمته أن الزيارة تمثل محطة بارزة.'
    expect(speakerNames(text)).toEqual(['هند سالم', 'سامي الحداد'])
  })

  it('gives no speaker for a noun that names no one before the pronoun', () => {
    const text = 'وانتشرت الأنباء التي أفادت بأن المستشفى أغلق أبوابه.'
    expect(speakerNames(text)).not.toContain('الأنباء')
  })
})

describe('a noun that describes the person named right after it', () => {
  it('gives the words to the person, named in full before, not to the noun', () => {
    const text =
      'هدم الجيش منزل المسن سالم حسين العجلوني في البلدة.\nبدوره قال المسن العجلوني (85 عاماً) إن قوة من الجيش حاصرت المنزل.'
    expect(speakerNames(text)).toEqual(['سالم حسين العجلوني'])
  })

  it('keeps a noun with no name after it as the speaker', () => {
    expect(speakerNames('وقال المسن إن قوة من الجيش حاصرت المنزل.')).toEqual(['المسن'])
  })
})

describe('people asked in the street, and topics', () => {
  it('reads the name after المواطن or الطالب as a person who speaks, and no nisba of ordinary use as a name', () => {
    expect(speakerNames('ويتمنى المواطن رافع سلوم أن تنخفض الأسعار قبل العيد.')).toEqual(['رافع سلوم'])
    const student = extract('وقال الطالب الجامعي إن الامتحانات صعبة.')
    expect(student.entities.filter((e) => e.kind === 'person')).toEqual([])
    expect(student.quotes.map((q) => q.speaker?.name)).toEqual(['الطالب'])
  })

  it('gives the verb after أما … فـ the topic for its subject', () => {
    const text = 'وقال المواطن رافع سلوم إن الأسعار مرتفعة. أما الموظفة هالة زيدان فتمنت أن تعود الكهرباء.'
    expect(speakerNames(text)).toEqual(['رافع سلوم', 'هالة زيدان'])
  })

  it('lets a pronoun refer to the subject a title introduced after a verb of no speech', () => {
    const text =
      'وقال المواطن رافع سلوم إن الأسعار مرتفعة. وزار الإعلامي سمير الرواس السوق وتمنى أن تنخفض الأسعار.'
    expect(speakerNames(text)).toEqual(['رافع سلوم', 'سمير الرواس'])
  })
})

describe('a subject whose act is not speech', () => {
  it('speaks through the verbal noun of saying after ب that completes its verb', () => {
    expect(
      speakerNames('ورفض المحامي سامي خليل الإدلاء بأي تصريح واكتفى بالقول: "ليس الوقت المناسب للتصاريح".'),
    ).toEqual(['سامي خليل'])
    const [clause] = extract(
      'وبرر رئيس الهيئة سامي خليل، الجمعة، قراره بالقول إن القانون ينص على إغلاق المحلات المخالفة.',
    ).quotes
    expect(clause!.text).toBe('القانون ينص على إغلاق المحلات المخالفة')
    expect(clause!.speaker?.name).toBe('سامي خليل')
  })

  it('is the subject a later pronoun refers to after كان, past a place between it and قد', () => {
    const text =
      'وكانت مديرية الأمن العام في محافظة حمص قد تمكنت، يوم الاثنين، من إلقاء القبض على أحد المطلوبين. وقالت إنه "سيحول إلى القضاء المختص لينال جزاءه".'
    expect(speakerNames(text)).toEqual(['مديرية الأمن العام'])
  })

  it('says a quote in its sentence that no verb reports', () => {
    const text =
      'وافتتح رئيس البلدية سامي خليل أعمال الجلسة، مرحباً بالأعضاء، "خصوصاً الشباب منهم الذين انتخبوا للمرة الأولى".'
    expect(speakerNames(text)).toEqual(['سامي خليل'])
  })

  it('leaves out of a described source the outlet it spoke to', () => {
    expect(speakerNames('وذكر شاهدان للوكالة أن سيارات الشرطة هرعت إلى الحي.')).toEqual(['شاهدان'])
    expect(speakerNames('وقال مصدر أمني لصحيفة "الوطن" إن الشرطة اعتقلت المشتبه به.')).toEqual(['مصدر أمني'])
  })
})

describe('a participle after a verb that is not speech', () => {
  it('speaks for the described subject of the verb that opens its sentence', () => {
    const text = 'أكد الوزير أن الطرق مغلقة. واحتج سائقون معتبرين أن القرار جاء متأخراً.'
    expect(speakerNames(text)).toEqual(['الوزير', 'سائقون'])
  })

  it('reads that verb after a fronted من جانبه', () => {
    const text =
      'أكد الوزير أن الطرق مغلقة. من جانبها، عبّرت والدة الطالب عن امتنانها قائلة إن المدرسة لم تقصر.'
    expect(speakerNames(text)).toEqual(['الوزير', 'والدة الطالب'])
  })

  it('speaks for a person set first, a comma, then the verb, past whom the participle addresses', () => {
    const text =
      'وزار الوزير المعرض. نائب رئيس الجامعة الدكتور سامي العلي، ألقى كلمة الختام، مذكراً الخريجين بأن الجامعة بيتهم.'
    expect(speakerNames(text)).toEqual(['سامي العلي'])
  })

  it('takes no unknown word opening its sentence for that verb', () => {
    const text =
      'مؤتمر الاتحاد شهد حضوراً كبيراً، مؤكداً أن الموسم ناجح. وأكد رئيس الاتحاد سامي خليل أن الموسم ناجح.'
    expect(speakerNames(text)[0]).not.toBe('الاتحاد')
  })
})

describe('a demonstrative object between the verb and its subject', () => {
  it('is passed over to the titled name that speaks, which a later pronoun refers to', () => {
    const text =
      'وزار الوزير المعرض. أعلن ذلك الإعلامي سامي خليل، أثناء تقديمه برنامجاً إذاعياً، وأضاف أن التحقيق مستمر.'
    expect(speakerNames(text)).toEqual(['سامي خليل'])
  })
})

describe('information that came from a source', () => {
  it('is the source’s words, named or described', () => {
    const text = 'وزار الوزير المعرض. وتؤكد المعلومات الواردة من مصادر محلية في المدينة أن المحافظ عاد أمس.'
    expect(speakerNames(text)).toEqual(['مصادر محلية في المدينة'])
  })

  it('has no speaker when it came from a place', () => {
    const text = 'وزار الوزير المعرض. وتشير المعلومات الواردة من حمص إلى أن الموقوف كان يتلقى تمويلاً.'
    expect(speakerNames(text)).toEqual([null])
  })
})

describe('a colon ending its line', () => {
  it('opens the quote on the next line for the verb’s subject', () => {
    const text = 'وفي أول تعليق بعد العملية، قال والد الطفل:\n“الفرحة لا تسعني، وأشكر الفريق الطبي.”'
    expect(speakerNames(text)).toEqual(['والد الطفل'])
  })

  it('does so for a participle after a verb that is not speech', () => {
    const text =
      'وقال والد الطفل إن العملية نجحت.\nمن جانبها، عبّرت والدة الطفل عن امتنانها قائلة:\n“لن ننسى هذا الجميل أبدًا.”'
    expect(speakerNames(text)).toEqual(['والد الطفل', 'والدة الطفل'])
  })
})

describe('a subject set first after لكن', () => {
  it('is the person named between commas after the title that opens the clause', () => {
    const text = 'وأكدت الحكومة دعمها للمزارعين، لكن وزير الزراعة، سامي خليل، أوضح أن الدعم سيتأخر شهراً.'
    expect(speakerNames(text)).toEqual(['سامي خليل'])
  })

  it('is not a name set between commas after an object', () => {
    expect(speakerNames('والتقى الوزير نظيره، سامي خليل، وأكد أن العلاقات قوية.')).toEqual(['الوزير'])
  })
})

describe('a verb of saying and its object in a set phrase', () => {
  it('reads النظر after لفت as the object, so the pronoun refers back', () => {
    const text = 'وقال وزير النقل خالد سعيد إن الطرق مغلقة. ولفت النظر إلى أن الصيانة ستنتهي غداً.'
    expect(speakerNames(text)).toEqual(['خالد سعيد', 'خالد سعيد'])
  })

  it('reads النظر after the participle as its object', () => {
    const text =
      'وأكد المبعوث الأممي سامي خليل أن الحوار مستمر، مشيراً إلى أنهم على استعداد للمساعدة، لافتاً النظر إلى أن الأمم المتحدة تدعم الحوار.'
    expect(speakerNames(text)).toEqual(['سامي خليل', 'سامي خليل', 'سامي خليل'])
  })

  it('still takes the subject written between the verb and the object', () => {
    expect(speakerNames('ولفتت الوزارة النظر إلى أن الصيانة ستنتهي غداً.')).toEqual(['الوزارة'])
  })
})

describe('a person opening the sentence, then a comma and the verb', () => {
  it('is the subject, with a title before the name', () => {
    const text = 'وزار الوزير المعرض صباح اليوم. رئيس غرفة التجارة محمد العلي، اعتبر أن الموسم سيكون ناجحاً.'
    expect(speakerNames(text)).toEqual(['محمد العلي'])
  })

  it('is the subject past a courtesy title between the role and the name', () => {
    const text =
      'وزار الوزير المعرض صباح اليوم. رئيس جامعة دمشق الدكتور سامر حداد، ذكر أن الامتحانات تبدأ غداً.'
    expect(speakerNames(text)).toEqual(['سامر حداد'])
  })

  it('is the subject past a title in apposition between commas', () => {
    const text =
      'وزار الوزير المعرض صباح اليوم. العميد سامي الخطيب، مدير الدفاع المدني بحلب، أكد في تصريح صحفي أن الحريق أُخمد.'
    expect(speakerNames(text)).toEqual(['سامي الخطيب'])
  })

  it('is not the object of a verb before the comma', () => {
    expect(speakerNames('وزار الوزير المعرض، وأكد أن الموسم سيكون ناجحاً.')).toEqual(['الوزير'])
  })
})

describe('two titles joined by و before قد', () => {
  it('are both the subject, held by the one who speaks', () => {
    const text =
      'وكان نائب وزير الدفاع الوطني ورئيس أركان الجيش الوطني الشعبي قد أكد أن الجزائر "تواصل حربها ضد الإرهاب بعزم وإصرار".'
    expect(speakerNames(text)).toEqual(['نائب وزير الدفاع الوطني ورئيس أركان الجيش الوطني الشعبي'])
  })
})

describe('a relay: an outlet passes on a source’s words', () => {
  it('reaches عن past a time or a phrase in a preposition after the outlet', () => {
    expect(speakerNames('نقلت الوكالة في تقرير لها عن مسؤولين أن المحادثات ستستأنف.')).toEqual(['مسؤولين'])
    const text =
      'نقلت صحيفة "السفير" مساء أمس على موقعها عن مصدر أردني مطلع قوله إن هناك "معلومات عن تحضير لتفجير في المخيم".'
    expect(speakerNames(text)).toEqual(['مصدر أردني مطلع'])
  })

  it('reads a quoted source after عن as the source, not as a quote', () => {
    const quotes = extract(
      'نقلت صحيفة "السفير" عن "مصدر أردني مطلع" قوله إن هناك "معلومات عن تحضير لتفجير في المخيم".',
    ).quotes
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['معلومات عن تحضير لتفجير في المخيم', 'مصدر أردني مطلع'],
    ])
  })

  it('still reads قوله after a comma', () => {
    const text =
      'ونقلت صحيفة "تشرين" الحكومية، عن سامي خليل، قوله إن: "الغرفة تعمل على توفير السلع الأساسية".'
    expect(speakerNames(text)).toEqual(['سامي خليل'])
  })
})

describe('the subject of a verb that is not speech', () => {
  it('is the holder a long title names after it, for a later participle or pronoun', () => {
    const text =
      'برر رئيس المحكمة الجزائية المتخصصة في قضايا الفساد القاضي سامي خليل، الجمعة، قراراته بالقول إن القانون نص على "القبض على المتهم المحال إلى المحكمة".'
    expect(speakerNames(text)).toEqual(['سامي خليل'])
  })
})

describe('the speaker’s phrase', () => {
  it('ends before whom the words were said to', () => {
    const text =
      'قال مدير الميناء سليم الحداد إن العمل توقف. وقال الحداد للصحفيين في المرفأ "نخشى أن تطول الأزمة". وقال ناجي بورقية للصحافيين إن السفن عادت.'
    expect(speakerNames(text)).toEqual(['سليم الحداد', 'سليم الحداد', 'ناجي بورقية'])
  })

  it('keeps a name in brackets after a reporter or a body’s head noun', () => {
    const text =
      'وقال مراسل (الشروق) إن الجرحى بلغوا عشرين. وأفاد مكتب (أوتشا) بأن المساعدات وصلت إلى المخيم.'
    expect(speakerNames(text)).toEqual(['مراسل (الشروق)', 'مكتب (أوتشا)'])
  })

  it('keeps the indefinite noun a noun of sources governs, and the adjectives after it', () => {
    const text =
      'وأفادت وسائل إعلام محلية بأن عدد الجرحى ارتفع إلى عشرين. وقال خبراء اقتصاد إن الأسعار سترتفع في الصيف.'
    expect(speakerNames(text)).toEqual(['وسائل إعلام محلية', 'خبراء اقتصاد'])
  })

  it('reads بلاغ, a communiqué, as a statement that speaks for its issuer, not as ب and a noun', () => {
    const text = 'وذكر بلاغ لوزارة الصحة أن الامتحانات ستبدأ غداً. وأضاف البلاغ أن النتائج ستعلن في يوليو.'
    const quotes = extract(text).quotes
    const ministry = extract(text).entities.find((e) => e.name === 'وزارة الصحة')
    expect(ministry).toBeDefined()
    expect(quotes.map((q) => q.speaker?.entity)).toEqual([ministry?.id, ministry?.id])
  })

  it('reads a place spelt as a nisba in ية after a noun of sources as its adjective', () => {
    const text =
      'وأشارت وسائل إعلام سورية إلى أن السكان شعروا بهزة قوية. وذكرت مصادر في سورية أن الطريق أغلق.'
    expect(speakerNames(text)).toEqual(['وسائل إعلام سورية', 'مصادر في سورية'])
  })

  it('takes no time, outlet or preposition after a noun of sources into its phrase', () => {
    const text = 'وقال مسؤول أمس إن الجسر سيفتح. وقال مصدر لرويترز إن الطريق أغلق.'
    expect(speakerNames(text)).toEqual(['مسؤول', 'مصدر'])
  })
})

describe('the speaker of a passage of quotes', () => {
  it('carries the speaker through quote paragraphs to a pronoun verb past its reach', () => {
    const text =
      'وقالت المديرة التنفيذية للجمعية سلمى الخطيب إن الحملة نجحت.\n\n"وصلنا إلى آلاف الأسر في القرى البعيدة".\n\n"المتطوعون عملوا ليلا ونهارا دون توقف".\n\n"الدعم جاء من كل مكان ومن كل الناس".\n\nوأضافت: "سنبدأ حملة جديدة في الشتاء المقبل".'
    expect(speakerNames(text)).toEqual(Array(5).fill('سلمى الخطيب'))
  })

  it('never gives a participle the team its sentence asks about', () => {
    const text =
      'وقال مدرب الفريق خالد المطيري إن اللاعبين قدموا مباراة كبيرة.\n\nوبسؤاله عن الزمالك، رد قائلاً: "الزمالك فريق كبير ونحترم لاعبيه".'
    expect(speakerNames(text)).toEqual(['خالد المطيري', 'خالد المطيري'])
  })

  it('reads a topic phrase before a comma and a verb of saying as no speaker', () => {
    const text =
      'وقال مدرب الفريق خالد المطيري إن اللاعبين قدموا مباراة كبيرة.\n\nوعن الزمالك، قال: "الزمالك فريق كبير ونحترم لاعبيه".'
    expect(speakerNames(text)).toEqual(['خالد المطيري', 'خالد المطيري'])
  })

  it('gives the words a court quotes to the court whose act opens the sentence', () => {
    const text =
      'وقضت المحكمة الجنائية العليا بسجن المتهم خمس سنوات بعد إدانته بتهم "تبديد المال العام والإضرار بمصالح الدولة".'
    expect(speakerNames(text)).toEqual(['المحكمة الجنائية العليا'])
  })

  it('gives the words to a body that acts after كان and before قد, as to one after its verb', () => {
    const text =
      'وكانت مديرية الأمن العام في المحافظة قد تمكنت أمس من القبض على خالد الزين "أحد أخطر المطلوبين في المنطقة منذ سنوات". ونقل إلى السجن المركزي.'
    expect(speakerNames(text)).toEqual(['مديرية الأمن العام'])
  })

  it('reads no body in a list of those present as the subject a pronoun refers to', () => {
    const text =
      'ترأس رئيس البلدية المهندس سامي الحداد الجلسة، في حضور نائبه وأعضاء المجلس البلدي. وقال: "المشاريع الجديدة ستبدأ هذا الصيف في كل الأحياء".'
    expect(speakerNames(text)).toEqual(['سامي الحداد'])
  })

  it('leaves a passive verb’s quote with no speaker', () => {
    const text =
      'وقال الوزير خالد العمري إن الخطة جاهزة.\n\n"سنبدأ التنفيذ الشهر المقبل في كل المحافظات".\n\nووُصف الوضع على أنه "خارج السيطرة تماماً في المدينة".'
    expect(speakerNames(text)).toEqual(['خالد العمري', 'خالد العمري', null])
  })
})

describe('a title given after a name', () => {
  it('gives a later bare title to the person whose name the title followed after a comma', () => {
    const text =
      'قال سامي خالد عودة، وكيل وزارة الزراعة بمحافظة البحيرة، إن المحصول جيد هذا العام. وأكد وكيل وزارة الزراعة أن الأسعار ستنخفض.'
    expect(speakerNames(text)).toEqual(['سامي خالد عودة', 'سامي خالد عودة'])
  })

  it('gives a later bare title to the person whose full name the title followed', () => {
    const text =
      'وصل نادر سليم الشامي مدير مديرية الصحة إلى المستشفى صباح اليوم. وأوضح مدير مديرية الصحة أن الحالات مستقرة.'
    expect(speakerNames(text)).toEqual(['نادر سليم الشامي'])
  })

  it('leaves a title a person holds to another when a different name follows it', () => {
    const text =
      'قال سامي خالد عودة، وكيل وزارة الزراعة، إن المحصول جيد. وقال مدير مديرية الصحة نادر سليم الشامي إن الحالات مستقرة. وأكد مدير مديرية الصحة أن المستشفى جاهز.'
    expect(speakerNames(text)).toEqual(['سامي خالد عودة', 'نادر سليم الشامي', 'نادر سليم الشامي'])
  })
})

describe('words of respect', () => {
  it('never reads a word of respect after و as a verb whose subject a participle takes', () => {
    const text =
      'نقل الأمير فيصل بن خالد تحيات الملك وسمو ولي العهد، لأهالي المحافظة، مؤكداً أن المحافظة لها مكانة خاصة. وقال سموه: "إنه من دواعي سروري أن أكون معكم".'
    expect(speakerNames(text)).toEqual(['فيصل بن خالد', 'فيصل بن خالد'])
  })

  it('reads a word of respect standing apart from its و as no verb either', () => {
    const text =
      'نقل الأمير فيصل بن خالد تحيات الملك و سمو ولي العهد لأهالي المحافظة، مؤكداً أن المحافظة لها مكانة خاصة.'
    expect(speakerNames(text)).toEqual(['فيصل بن خالد'])
  })

  it('refers a word of respect with its pronoun to the person named after a word of respect, over a wrapped line', () => {
    const text =
      'خطة جديدة للإنفاق الصحي\n\nأعلنت الوزارة خطة جديدة للإنفاق.\nكشف معالي الدكتور\nأحمد بن محمد السالمي وزير الصحة عن خطة في\nالوقت الحالي.\nوأوضح معاليه أن المراجعة كان يجب أن تتم قبل سنوات.'
    expect(speakerNames(text)).toEqual(['أحمد بن محمد السالمي'])
    // A subject within reach still comes first.
    const source =
      'خطة جديدة للإنفاق الصحي\n\nأعلنت الوزارة خطة جديدة للإنفاق.\nكشف معالي الدكتور\nأحمد بن محمد السالمي وزير الصحة عن خطة.\nوقال مصدر في الوزارة إن الخطة جاهزة.\nوأوضح معاليه أن المراجعة كان يجب أن تتم قبل سنوات.'
    expect(speakerNames(source)).toEqual(['مصدر في الوزارة', 'مصدر في الوزارة'])
  })
})

describe('a courtesy title before a title, round 26', () => {
  it('passes over السيد or السيدة to the title that names the speaker', () => {
    expect(speakerNames('وأشار السيد رئيس المجلس إلى أن الجلسة المقبلة ستناقش الموازنة.')).toEqual([
      'رئيس المجلس',
    ])
    expect(speakerNames('وقالت السيدة وزيرة الصحة إن الحملة تبدأ الأسبوع المقبل.')).toEqual(['وزيرة الصحة'])
    // Before a name the courtesy title still stays out of the speaker.
    expect(speakerNames('وقال السيد سامي الحداد إن الحملة تبدأ الأسبوع المقبل.')).toEqual(['سامي الحداد'])
  })
})

describe('a noun in ف after a preposition, round 26', () => {
  it('reads no act there, so a participle opening the next sentence keeps the speaker', () => {
    const text =
      'وقال المحافظ سامي الحداد إن الحكومة عادت إلى المدينة بعد تحريرها من فلول تنظيم داعش. مضيفا أن الدوائر ستفتح أبوابها الأسبوع المقبل.'
    expect(speakerNames(text)).toEqual(['سامي الحداد', 'سامي الحداد'])
  })
})

describe('a group counted by a noun of number', () => {
  it('gives the words to the counted group, not to the number word', () => {
    expect(speakerNames('وقال آلاف المتظاهرين إن الاعتصام سيستمر حتى تلبية المطالب.')).toEqual([
      'آلاف المتظاهرين',
    ])
  })

  it('gives the words to part of a group as the text describes it (بعض، معظم)', () => {
    expect(speakerNames('وكشفت بعض المصادر أن الجلسة انتهت قبل موعدها.')).toEqual(['بعض المصادر'])
    expect(speakerNames('وقال معظم السكان إن المياه مقطوعة منذ أيام.')).toEqual(['معظم السكان'])
  })

  it('gives a participle the counted group its sentence opens with', () => {
    const text = 'وطالب مئات السكان بإصلاح الطريق مؤكدين أن الحوادث تتكرر كل أسبوع.'
    expect(speakerNames(text)).toEqual(['مئات السكان'])
  })
})

describe('whom the words were said to, after a title', () => {
  it('ends a title before ل and the journalists it was said to', () => {
    const text =
      'وزار وزير الداخلية سامي الحداد موقع الحادث صباح اليوم. وقال الوزير للصحافيين إن التحقيق مستمر.'
    expect(speakerNames(text)).toEqual(['سامي الحداد'])
  })

  it('ends a described source before ل and the correspondent it spoke to', () => {
    expect(speakerNames('وقالت مصادر مطلعة لمراسلة الموقع إن الرواتب ستعدل الشهر المقبل.')).toEqual([
      'مصادر مطلعة',
    ])
    expect(speakerNames('وقال مصدر أمني لمراسل الوكالة إن الهجوم فشل.')).toEqual(['مصدر أمني'])
  })

  it('ends a described source before an outlet after ل that no list knows', () => {
    expect(speakerNames('وقال شهود عيان للنهار إن قوات الاحتلال اقتحمت المخيم فجر اليوم.')).toEqual([
      'شهود عيان',
    ])
    expect(speakerNames('وأفادت مصادر قضائية للبيان أن المحكمة سترفض الطعن الأسبوع المقبل.')).toEqual([
      'مصادر قضائية',
    ])
    // A participle of allegiance governs its ل: the sources are described by whom they are close to.
    expect(speakerNames('وقالت مصادر مقربة للرئيس إن الزيارة أرجئت إلى موعد لاحق.')).toEqual([
      'مصادر مقربة للرئيس',
    ])
  })

  it('keeps a genitive with ل that names the body the title heads', () => {
    expect(speakerNames('وقال المدير العام للشركة إن الأرباح ارتفعت هذا العام.')).toEqual([
      'المدير العام للشركة',
    ])
  })
})

describe('a body the lists lack, named by its place', () => {
  it('speaks as the body with its adjectives, never as the place', () => {
    expect(speakerNames('وقال مركز حلب الإعلامي إن الحملة ستبدأ في الريف الشرقي.')).toEqual([
      'مركز حلب الإعلامي',
    ])
    expect(speakerNames('وذكر مجلس دير الزور المدني في بيان أن المدارس ستفتح الأسبوع المقبل.')).toEqual([
      'مجلس دير الزور المدني',
    ])
    // A title's genitive stays the title: محافظ حلب.
    expect(speakerNames('وقال محافظ حلب إن الحملة ستبدأ في الريف الشرقي.')).toEqual(['محافظ حلب'])
  })
})

describe('a body the lists lack, named by a construct chain', () => {
  it('speaks as the head with its indefinite nouns and the definite genitive that ends them', () => {
    expect(speakerNames('وقال مركز رصد الحرائق إن النيران امتدت إلى الغابات المجاورة.')).toEqual([
      'مركز رصد الحرائق',
    ])
    expect(
      speakerNames('أغلقت البلدية الطريق الرئيسي لأسبوع، وفقاً لما ذكره مكتب رصد الشكاوى، أمس الأحد.'),
    ).toEqual(['مكتب رصد الشكاوى'])
  })

  it('leaves a definite noun the phrase goes on past to the clause', () => {
    expect(speakerNames('وقال مركز رصد الحرائق الغابية إن النيران امتدت.')).not.toContain('مركز رصد الحرائق')
  })
})

describe('a verb of saying that describes a statement a sentence’s subject issued', () => {
  it('speaks for the issuer, not for the speaker of the sentence before', () => {
    const text =
      'الأسعار ترتفع\nوقال مصدر طبي إن الحالة مستقرة.\nأصدرت جمعية حماية المستهلك بيانا يفيد بأن الأسعار ارتفعت عشرة بالمئة هذا العام.'
    expect(speakerNames(text)).toEqual(['مصدر طبي', 'جمعية حماية المستهلك'])
  })

  it('reads the clause after the statement’s resumptive pronoun', () => {
    const text =
      'الإصابات تتراجع\nوقال مصدر طبي إن الحالة مستقرة.\nوأصدرت وزارة الصحة بيانا قالت فيه إن عدد الإصابات تراجع إلى مئة حالة.'
    expect(speakerNames(text)).toEqual(['مصدر طبي', 'وزارة الصحة'])
  })
})

describe('a verb joined by ف', () => {
  it('opens its clause as one joined by و, so a participle after it speaks for its subject', () => {
    const text =
      'الجلسة تبدأ\nوقع الحادث مساء أمس في المدينة.\nوبدأت الجلسة بتلاوة الدستور فاعترض النائب خالد المطيري على التعديل، مشيرا إلى أنه يعتصم في المجلس منذ شهر.'
    expect(speakerNames(text)).toEqual(['خالد المطيري'])
  })
})

describe('a family name that is also a nisba, round 23', () => {
  const opening =
    'ترأس رئيس البلدية المهندس محمد السعودي الجلسة الأولى للمجلس البلدي الجديد في المدينة. وافتتح السعودي أعمال الجلسة، مرحبا بالأعضاء الجدد، “خصوصا الذين انضموا إلينا بعد الانتخابات الأخيرة”.'

  it('speaks as the person the article named in full', () => {
    expect(speakerNames(opening)).toEqual(['محمد السعودي'])
  })

  it('is no mention of the nisba’s place', () => {
    expect(entityNames(opening, 'location')).not.toContain('السعودية')
  })

  it('still names the place where no person of that family is named', () => {
    const text = 'وقال الوزير السعودي خالد العمري إن "الاتفاق يفتح صفحة جديدة بين البلدين الجارين".'
    expect(entityNames(text, 'location')).toContain('السعودية')
  })
})

describe('a noun of everyone after a verb, round 23', () => {
  it('is no antecedent of a singular pronoun verb', () => {
    const text =
      'أعلن وزير الصحة خالد العمري بدء حملة التطعيم في العاصمة اليوم. ودعا الجميع إلى التسجيل في الموقع الإلكتروني للحصول على موعد. وأوضح أنه "لا نقص في الجرعات وستصل شحنة جديدة كل شهر".'
    expect(speakerNames(text)).toEqual(['خالد العمري'])
  })

  it('is the antecedent of a plural one', () => {
    const text =
      'واجتمع أعضاء اللجنة مساء أمس في مقر البلدية. وأكد الجميع أن المشروع سيكتمل قريبا. وأضافوا أن "التمويل متوفر بالكامل لهذا العام".'
    expect(speakerNames(text).at(-1)).toBe('الجميع')
  })
})

describe('a place’s head noun inside the speaker’s phrase, round 23', () => {
  it('takes the place’s name with it', () => {
    const text =
      'دعت حكومة ولاية القضارف المزارعين إلى زراعة كل المساحات هذا الموسم، مؤكدة "دعمها الكامل للمنتجين في كل المحليات".'
    expect(speakerNames(text)).toEqual(['حكومة ولاية القضارف'])
  })
})

describe('a name’s particle opening the speaker’s phrase, round 24', () => {
  it('takes the word it introduces, though the lists read that word as an ordinary noun', () => {
    expect(speakerNames('وخلال الجولة قال بن غفير إن الأوضاع هادئة.')).toEqual(['بن غفير'])
    expect(speakerNames('وقال ابن كثير إن الأمر واضح.')).toEqual(['ابن كثير'])
  })
})

describe('a quote opened with a closing glyph, round 24', () => {
  it('is the direct quote of the verb before it, run to the paragraph end', () => {
    const text = 'وتابع المحافظ سامي زيتونة بقوله:”العمل مستمر في كل الأحياء حتى نهاية الشهر.'
    const quotes = extract(text).quotes
    expect(quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'سامي زيتونة']])
  })

  it('is what a participle reports, on a page that writes its pairs reversed', () => {
    const text =
      'وأضاف المخرج سامي زيتونة ”المسرح بيتنا جميعا“.\nوتابع قائلا ”الجمهور لا يرى ما يجري خلف الستار في'
    expect(speakerNames(text)).toEqual(['سامي زيتونة', 'سامي زيتونة'])
  })
})

describe('words said to stand in a statement', () => {
  it('gives them to the body the statement names as its issuer', () => {
    expect(speakerNames('وجاء في بيان لوزارة النقل أن "الطريق سيفتح أمام السيارات خلال أسبوع".')).toEqual([
      'وزارة النقل',
    ])
    expect(
      speakerNames(
        'وجاء في بيان صادر عن وزارة النقل نشرته على موقعها أن "الطريق سيفتح أمام السيارات خلال أسبوع".',
      ),
    ).toEqual(['وزارة النقل'])
  })

  it('gives them to the issuer named before, after a colon too', () => {
    const text =
      'أصدرت وزارة النقل بياناً صباح اليوم. وورد في البيان: "الطريق سيفتح أمام السيارات خلال أسبوع".'
    expect(speakerNames(text)).toEqual(['وزارة النقل'])
  })

  it('reports nothing where no one is named for the statement, nor after جاء في with no statement', () => {
    expect(speakerNames('وجاء في بيان مشترك أن الطرفين اتفقا على "استئناف العلاقات خلال شهرين".')).toEqual([
      null,
    ])
    expect(speakerNames('وجاء في المرتبة الأولى أن الفريق "حقق الفوز في كل المباريات هذا الموسم".')).toEqual([
      null,
    ])
  })
})

describe('a name before a comma and a title, after a verb that is not speech, round 26', () => {
  it('gives the quotes of a relative clause and of a later sentence opened by the family name to that name', () => {
    const text =
      'في جلسة الأمس، وجّه رشيد بلعيدي، رئيس الفريق النيابي، انتقادات حادة إلى الحكومة بسبب ما وصفه بـ"ضعف التنسيق". بلعيدي لم يكتف بذلك، بل دعا إلى إلزام الوزراء بالحضور، معتبراً أن هناك وزراء "لم يحضروا أي جلسة".'
    expect(speakerNames(text)).toEqual(['رشيد بلعيدي', 'رشيد بلعيدي'])
  })
})

describe('a subject set before its verb, an aside between', () => {
  it('speaks, not the speaker of the sentence before', () => {
    const relative =
      'وقال الوزير سامر الخطيب إن الحصيلة ارتفعت. ولم تكشف السلطات هوية الضحايا، لكن السفير الهندي، الذي اتصلت به الوكالة، أشار إلى أنه زار المستشفى.'
    expect(speakerNames(relative)).toEqual(['سامر الخطيب', 'السفير الهندي'])
    const side =
      'وقال الوزير سامر الخطيب إن الحصيلة ارتفعت. السفير الهندي، من جهته، أكد أن الضحايا من العمال.'
    expect(speakerNames(side)).toEqual(['سامر الخطيب', 'السفير الهندي'])
    const joinedRelative =
      'وقال الوزير سامر الخطيب إن العلاقات قوية. والسفير الهندي الذي وصل اليوم إلى العاصمة، شدد على أن الزيارة مهمة.'
    expect(speakerNames(joinedRelative)).toEqual(['سامر الخطيب', 'السفير الهندي'])
  })

  it('is a name in quote marks right after a verb that reports nothing, for a quote after it', () => {
    const text =
      'وقال الرئيس الروسي فلاديمير بوتين إن الاتفاق مهم. ورد «أردوغان» بأنه «سعيد لأن الفرصة أتيحت له».'
    expect(speakerNames(text)).toEqual(['فلاديمير بوتين', 'رجب طيب أردوغان'])
  })

  it('is not read into a verb after و, whose subject is the pronoun', () => {
    const text =
      'وقال الوزير سامر الخطيب إن الحصيلة ارتفعت، الذي زار المستشفى صباحاً، وأضاف أن الضحايا من العمال.'
    expect(speakerNames(text)).toEqual(['سامر الخطيب', 'سامر الخطيب'])
  })
})
