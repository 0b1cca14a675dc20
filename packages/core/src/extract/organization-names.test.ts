import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

const organizations = (text: string) => entityNames(text, 'organization')

describe('where a body named by its head ends', () => {
  it('keeps every portfolio of a ministry, one with its own genitive too', () => {
    expect(organizations('وقالت وزارة النقل والاتصالات وتقنية المعلومات إن الخدمة عادت.')).toEqual([
      'وزارة النقل والاتصالات وتقنية المعلومات',
    ])
    expect(organizations('وقالت وزارة الثقافة والشباب وتنمية المجتمع إن المهرجان بدأ.')).toEqual([
      'وزارة الثقافة والشباب وتنمية المجتمع',
    ])
    expect(organizations('دعت وزارة التربية والتعليم وأولياء الأمور إلى الحوار.')).toEqual([
      'وزارة التربية والتعليم',
    ])
  })

  it('ends a name before a word whose آ only looks like the article once folded', () => {
    expect(organizations('وأعلنت شركة الكهرباء وآلياتها في الموقع.')).toEqual(['شركة الكهرباء'])
    expect(organizations('وقالت وزارة العدل والآليات القضائية إن الحكم نهائي.')).toEqual([
      'وزارة العدل والآليات القضائية',
    ])
  })

  it('keeps a long list of joined portfolios past five words', () => {
    expect(organizations('أطلقت وزارة التجهيز والنقل والإسكان والتعمير والبيئة والمياه برنامجا.')).toEqual([
      'وزارة التجهيز والنقل والإسكان والتعمير والبيئة والمياه',
    ])
    expect(
      organizations('وأوضحت وزارة الشؤون البلدية والقروية والإسكان والنقل العام أن الطريق فتح.'),
    ).toEqual(['وزارة الشؤون البلدية والقروية والإسكان والنقل العام'])
    // Without و the cap of five words stands: a run-on into the clause stays cut.
    expect(
      organizations('وقالت وزارة الصحة العامة السكان المحليين الأطفال المرضى الفقراء إنها ستساعد.'),
    ).not.toContain('وزارة الصحة العامة السكان المحليين الأطفال المرضى الفقراء')
  })

  it('ends an open name at a pronoun after و or a dual demonstrative', () => {
    expect(organizations('وبلغت حصة شركة وهو رقم لم يسبق له مثيل.')).toEqual([])
    expect(organizations('أنهت الوزارة مراحل تنظيم هذين الامتحانين بنجاح.')).toEqual([])
    expect(organizations('وتدير شركة هاتين المحطتين منذ عامين.')).toEqual([])
  })

  it('keeps a third noun joined to a body’s domain after ل, and its adjective', () => {
    expect(organizations('نظم المركز الوطني للثقافة والعلوم والفنون الشعبية عرضا.')).toEqual([
      'المركز الوطني للثقافة والعلوم والفنون الشعبية',
    ])
  })

  it('reads a definite head with adjectives joined by و as a kind of body, not a body', () => {
    expect(organizations('التقى المدير أعضاء الهيئة الإدارية والتدريسية في المدرسة.')).toEqual([])
    expect(organizations('يتابع الطلاب دراستهم في الجامعة المحلية والخارجية.')).toEqual([])
  })

  it('keeps adjectives joined by و that a district after them names', () => {
    expect(organizations('أعلنت الغرفة التجارية والصناعية لمحافظة نابلس برنامجها.')).toContain(
      'الغرفة التجارية والصناعية لمحافظة نابلس',
    )
  })

  it('ends a definite head’s name before a noun joined by و after its adjective', () => {
    expect(organizations('قالت القيادة الشمالية والاستخبارات إن الهجوم فشل.')).toEqual(['القيادة الشمالية'])
    expect(organizations('أقر المجلس الاستشاري والبلديات خطة النقل.')).toEqual(['المجلس الاستشاري'])
  })

  it('ends a name before a weekday, الاثنين too', () => {
    expect(organizations('وعقد البرلمان الكيني الاثنين جلسة طارئة.')).toEqual(['البرلمان الكيني'])
    expect(organizations('وقالت وزارة المالية الاثنين إن العجز تراجع.')).toEqual(['وزارة المالية'])
  })

  it('ends a name at a noun joined by و after its epithet', () => {
    expect(organizations('واشتبكت حركة الشباب الإرهابية والقوات الحكومية قرب البلدة.')).toEqual([
      'حركة الشباب',
    ])
  })

  it('leaves a period after ل to the clause', () => {
    expect(organizations('بلغت ميزانية بلدية صفاقس للسنة المقبلة 40 مليون دينار.')).toEqual(['بلدية صفاقس'])
    expect(organizations('ارتفعت أرباح شركة الاتصالات الوطنية للعام الثالث على التوالي.')).toEqual([
      'شركة الاتصالات الوطنية',
    ])
  })

  it('leaves a verbal noun with its preposition (a purpose) to the clause', () => {
    expect(organizations('تواصل التجار مع وزارة الصناعة للحصول على التراخيص.')).toEqual(['وزارة الصناعة'])
  })

  it('keeps a domain after ل in the name', () => {
    expect(organizations('قالت الهيئة العامة للاستثمار إن الطلبات تضاعفت.')).toEqual([
      'الهيئة العامة للاستثمار',
    ])
  })

  it('keeps a construct after ل whose genitive is also a role’s noun', () => {
    expect(organizations('أعلنت النقابة الوطنية لموظفي النقل إضرابا مفتوحا.')).toEqual([
      'النقابة الوطنية لموظفي النقل',
    ])
  })

  it('keeps a domain of two letters after لل, but not a purpose before its preposition', () => {
    expect(organizations('وقال المجلس الأعلى للطب الشرعي إن التقرير جاهز.')).toEqual([
      'المجلس الأعلى للطب الشرعي',
    ])
    expect(organizations('وأكد المركز الوطني للطب أن الفحوص سليمة.')).toEqual(['المركز الوطني للطب'])
    expect(organizations('قالت وزارة الصحة للحد من انتشار المرض إنها ستغلق المدارس.')).toEqual([
      'وزارة الصحة',
    ])
  })
})

describe('the town a municipality is named after', () => {
  const kinds = (text: string) => extract(text).entities.map((e) => `${e.kind}:${e.name}`)

  it('names the town no list knows beside the municipality, and no object after it', () => {
    expect(kinds('زار رئيس بلدية الزعرورة المشروع.')).toEqual(['organization:بلدية الزعرورة المشروع'])
    expect(kinds('وقال رئيس بلدية برج الملوك إن العمل بدأ.')).toEqual([
      'organization:بلدية برج الملوك',
      'location:برج الملوك',
    ])
    expect(kinds('وقّعت بلدية كفرحمام على الاتفاقية أمس.')).toEqual([
      'organization:بلدية كفرحمام',
      'location:كفرحمام',
    ])
  })

  it('names no town for an ordinary word, an adjective or a particle after the head', () => {
    expect(kinds('أعلنت بلدية العاصمة خطة جديدة.')).toEqual(['organization:بلدية العاصمة'])
    expect(kinds('هدمت بلدية الاحتلال الإسرائيلي منزلاً.')).toEqual(['organization:بلدية الاحتلال الإسرائيلي'])
    expect(kinds('افتتحت بلدية كبيرة مركزاً وبلدية وسلمت المفاتيح.')).toEqual([])
  })
})

describe('the town a hospital is named after', () => {
  const kinds = (text: string) => extract(text).entities.map((e) => `${e.kind}:${e.name}`)

  it('names the town before the adjective of the hospital’s kind, not a person it is named after', () => {
    expect(kinds('زار الوزير مستشفى الشطرة العام ومستشفى الحسين التعليمي أمس.')).toEqual([
      'organization:مستشفى الشطرة العام',
      'location:الشطرة',
      'organization:مستشفى الحسين التعليمي',
    ])
    expect(kinds('نُقل المصابون إلى مستشفى الأطفال التعليمي.')).toEqual([
      'organization:مستشفى الأطفال التعليمي',
    ])
  })
})

describe('the village a school is named after', () => {
  const kinds = (text: string) => extract(text).entities.map((e) => `${e.kind}:${e.name}`)

  it('names the village before the word of the school’s kind, not an ordinary word', () => {
    expect(kinds('زارت الوزيرة مدرسة كفرشوبا الرسمية أمس.')).toEqual([
      'organization:مدرسة كفرشوبا الرسمية',
      'location:كفرشوبا',
    ])
    expect(kinds('زارت الوزيرة مدرسة الأمل الابتدائية أمس.')).toEqual(['organization:مدرسة الأمل الابتدائية'])
  })
})

describe('a body named by a two-word head and the place it serves', () => {
  it('reads ولاية أمن with a known city as a body, the city nested', () => {
    const { entities } = extract('أوقفت عناصر الشرطة بولاية أمن طنجة شاباً بسبب تدوينة.')
    expect(entities.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'organization:ولاية أمن طنجة',
      'location:طنجة',
    ])
  })

  it('still reads ولاية with a place as the province', () => {
    expect(organizations('زار الوزير ولاية الخرطوم أمس.')).toEqual([])
  })
})

describe('where a body named by its head ends, round 10', () => {
  it('runs a construct chain on to the place it serves, the place nested', () => {
    const { entities } = extract('قال عضو مجلس بلدية نابلس المنتخب إن الأشغال بدأت.')
    expect(entities.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'organization:مجلس بلدية نابلس',
      'location:نابلس',
    ])
    expect(organizations('عقدت مديرية زراعة حمص اجتماعاً موسعاً.')).toEqual(['مديرية زراعة حمص'])
    expect(organizations('أكدت هيئة كهرباء ولاية الجزيرة عودة التيار.')).toEqual([
      'هيئة كهرباء ولاية الجزيرة',
    ])
  })

  it('keeps the district after ل that the body serves, and the district as a place', () => {
    const { entities } = extract('أعلنت مديرية الزراعة للواء قصبة مادبا عن توزيع البذور.')
    expect(entities.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'organization:مديرية الزراعة للواء قصبة مادبا',
      'location:لواء قصبة مادبا',
    ])
    const city = extract('قالت مديرية التربية لمحافظة الكرك إن الدوام مستمر.')
    expect(city.entities.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'organization:مديرية التربية لمحافظة الكرك',
      'location:الكرك',
    ])
  })

  it('leaves a known body whole before the region of its branch', () => {
    expect(organizations('دعت منظمة الصحة العالمية لإقليم شرق المتوسط إلى التلقيح.')).toContain(
      'منظمة الصحة العالمية',
    )
  })

  it('takes the adjective of the genitive after ل into the name', () => {
    expect(organizations('قال مدير الإدارة العامة للأمن المركزي إن الحادث وقع ليلاً.')).toEqual([
      'الإدارة العامة للأمن المركزي',
    ])
  })

  it('stops at a noun after an indefinite genitive: the verb’s object', () => {
    expect(organizations('يغادر المنتخب الوطني لكرة السلة العاصمة الأردنية غداً.')).toEqual([
      'المنتخب الوطني لكرة السلة',
    ])
  })

  it('stops at a participle that governs a phrase with ب, and at a plural of people joined by و', () => {
    expect(organizations('أجلت محكمة جنايات الجيزة المنعقدة بالقرية الذكية الجلسة.')).toEqual([
      'محكمة جنايات الجيزة',
    ])
    expect(organizations('عقد الاجتماع بحضور الصندوق العربي للتنمية والخبراء المحليين.')).toEqual([
      'الصندوق العربي للتنمية',
    ])
  })

  it('leaves an epithet of time out of the name (الأسبق)', () => {
    expect(organizations('قال رئيس الاتحاد الأردني لكرة القدم الأسبق إن المنتخب تراجع.')).toEqual([
      'الاتحاد الأردني لكرة القدم',
    ])
  })
})

describe('a government named by what it stands for', () => {
  it('reads حكومة with a definite noun and its adjective as a body', () => {
    expect(organizations('قال رئيس حكومة الإنقاذ الوطني إن الرواتب ستُصرف.')).toEqual(['حكومة الإنقاذ الوطني'])
  })

  it('leaves a government named by its state or by a bare noun', () => {
    expect(organizations('هاجمت حكومة النظام السوري المعارضة.')).toEqual([])
    expect(organizations('قالت حكومة الاحتلال إنها سترد.')).toEqual([])
  })
})

describe('bodies not named, round 10', () => {
  it('reads قيادة and رئاسة before anything but a body’s name as an office, not a body', () => {
    expect(organizations('تولى رئاسة المهرجان للمرة الثانية.')).toEqual([])
    expect(organizations('رفض أي إعلام يستهدف قيادة الدولة.')).toEqual([])
    expect(organizations('صدر بيان عن رئاسة الجمهورية مساء أمس.')).toEqual(['رئاسة الجمهورية'])
  })

  it('reads no name in an open head’s description', () => {
    expect(organizations('أعلن الوزير إنشاء مستشفى للطوارئ على الطريق.')).toEqual([])
    expect(organizations('نلعب أمام منتخب قوي غداً.')).toEqual([])
  })

  it('leaves الحاكم, the party’s state, out of its name', () => {
    expect(organizations('فاز مرشح حزب التجمع الحاكم بالمقعد.')).toEqual(['حزب التجمع'])
  })
})

describe('schools', () => {
  it('reads a school named after its head, its number included', () => {
    expect(organizations('زارت الوزيرة مدرسة كفرشوبا الرسمية صباح اليوم.')).toEqual(['مدرسة كفرشوبا الرسمية'])
    expect(organizations('تفقد المدير إعدادية السبخة 2 أمس.')).toEqual(['إعدادية السبخة 2'])
    expect(organizations('تخرج الضباط من أكاديمية الشرطة أمس.')).toEqual(['أكاديمية الشرطة'])
  })

  it('reads no school in a description', () => {
    expect(organizations('افتُتحت مدرسة ابتدائية في الحي.')).toEqual([])
  })
})

describe('forces and offices', () => {
  it('reads a security force with its state’s nisba as a body, not with another adjective', () => {
    expect(organizations('وأفادت الشرطة الأردنية في بيان بوقوع حادث سير.')).toEqual(['الشرطة الأردنية'])
    expect(organizations('اشتبك المسلحون مع قوات الأمن الليبية فجراً.')).toEqual(['قوات الأمن الليبية'])
    expect(organizations('جرى البحث تحت إشراف الشرطة القضائية.')).toEqual([])
  })

  it('reads a press office with the office it serves after ل', () => {
    expect(organizations('وقال المكتب الإعلامي لوزير الصحة في بيان إن الحملة بدأت.')).toEqual([
      'المكتب الإعلامي لوزير الصحة',
    ])
  })
})

describe('missions and forums', () => {
  it('reads a mission as a body and the body it belongs to as another', () => {
    const { entities } = extract('أشاد الوزير بدور بعثة الاتحاد الأوروبي في الحوار.')
    expect(entities.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual([
      'بعثة الاتحاد الأوروبي',
      'الاتحاد الأوروبي',
    ])
  })

  it('reads no mission of a body named before by its head alone', () => {
    expect(organizations('وقال رئيس بعثة اللجنة في السودان إن القوافل وصلت.')).toEqual([])
  })

  it('reads a forum named after a city, and none in a description', () => {
    expect(organizations('وقع الطرفان مذكرة تعاون بين منتدى مراكش الدبلوماسي والجامعة.')).toContain(
      'منتدى مراكش الدبلوماسي',
    )
    expect(organizations('شارك الوزير في منتدى اقتصادي في جدة.')).toEqual([])
  })
})

describe('militias', () => {
  it('reads a militia named after its head, without its epithets or what follows و', () => {
    expect(organizations('قصفت مليشيا الحوثي الإرهابية الأحياء السكنية.')).toEqual(['مليشيا الحوثي'])
    expect(organizations('تصدى الأهالي لمليشيا الحوثي والمخلوع في المدينة.')).toEqual(['مليشيا الحوثي'])
  })
})

describe('agreement of a body’s adjective', () => {
  it('reads an adjective that does not agree with a definite head as another noun’s', () => {
    expect(organizations('افتتح الرئيس جلسة المجلس العادية أمس.')).toEqual([])
    expect(organizations('عقد المجلس الوطني جلسته أمس.')).toEqual(['المجلس الوطني'])
  })
})

describe('chambers', () => {
  it('names a chamber of trade and industry, with two nouns joined by و before the city it serves', () => {
    const text =
      'وقال رئيس غرفة تجارة وصناعة نابلس سامي حمدان: "الخسائر كبيرة جدا". وأكدت الغرفة التجارية في جدة أن الطلب تراجع.'
    expect(entityNames(text, 'organization')).toEqual(['غرفة تجارة وصناعة نابلس', 'الغرفة التجارية'])
    expect(extract(text).quotes[0]!.speaker?.name).toBe('سامي حمدان')
  })

  it('names no body for a room', () => {
    const text = 'ودخل اللص إلى غرفة النوم وسرق المال، ثم اجتمعت غرفة العمليات.'
    expect(entityNames(text, 'organization')).toEqual([])
  })
})

describe('where a body named by its head ends, and its other forms', () => {
  const aliasesOf = (text: string, name: string) =>
    extract(text).entities.find((e) => e.kind === 'organization' && e.name === name)?.aliases ?? []

  it('ends before a definite noun after a definite complement (the verb’s object)', () => {
    expect(organizations('وأجّلت المحكمة العليا الحكم في القضية إلى الشهر المقبل.')).toEqual([
      'المحكمة العليا',
    ])
    expect(organizations('طالب السكان وزارة الصحة النظر في أوضاع المستشفى.')).toEqual(['وزارة الصحة'])
  })

  it('keeps adjectives no list holds, by their shape', () => {
    expect(organizations('هاجمت قوات الدعم السريع المدينة فجر اليوم.')).toEqual(['قوات الدعم السريع'])
    expect(organizations('أصدر اتحاد الكتاب العرب بيانا حول الجائزة.')).toEqual(['اتحاد الكتاب العرب'])
  })

  it('gives a court its specialisation as another form of its name', () => {
    const text = 'قضت المحكمة الجزائية المتخصصة في قضايا الإرهاب بسجن المتهمين.'
    expect(organizations(text)).toEqual(['المحكمة الجزائية'])
    expect(aliasesOf(text, 'المحكمة الجزائية')).toEqual(
      expect.arrayContaining(['المحكمة الجزائية المتخصصة', 'المحكمة الجزائية المتخصصة في قضايا الإرهاب']),
    )
  })

  it('gives a body the city after ب, and an epithet, as other forms of its name', () => {
    const seated = 'أعلنت مديرية الشؤون الصحية بمدينة حلب افتتاح مركز جديد.'
    expect(aliasesOf(seated, 'مديرية الشؤون الصحية')).toContain('مديرية الشؤون الصحية بمدينة حلب')
    const epithet = 'قالت هيئة تنمية الصادرات الجديدة إنها ستطرح أراضي.'
    expect(aliasesOf(epithet, 'هيئة تنمية الصادرات')).toContain('هيئة تنمية الصادرات الجديدة')
  })
})

describe('guards, gendarmeries and bodies of function behind a preposition', () => {
  it('reads الحرس and الدرك with their adjective as bodies', () => {
    expect(organizations('أوقفت وحدات الدرك الوطني ثلاثة مهربين قرب الحدود.')).toEqual(['الدرك الوطني'])
    expect(organizations('تعرض عونان من الحرس الوطني لاعتداء ليلة أمس.')).toEqual(['الحرس الوطني'])
  })

  it('reads a body of function after ب', () => {
    expect(organizations('قال مدير الإحصاءات بالمركز الوطني للإحصاء إن عدد الزوار ارتفع.')).toEqual([
      'المركز الوطني للإحصاء',
    ])
  })
})

describe('a list of bodies joined by و', () => {
  const bodies = (text: string) => entityNames(text, 'organization')

  it('ends a body before a committee or a plural of bodies after و', () => {
    expect(bodies('وشاركت هيئة الشباب والرياضة واللجنة الأولمبية في الحفل.')).toContain(
      'هيئة الشباب والرياضة',
    )
    expect(bodies('وتبرع صندوق دعم الطلبة والأجهزة المعنية بالمبلغ.')).toEqual(['صندوق دعم الطلبة'])
  })

  it('keeps a joined complement that heads no body', () => {
    expect(bodies('وقالت وزارة الصحة والسكان إن الحالات تراجعت.')).toEqual(['وزارة الصحة والسكان'])
  })
})

describe('a centre named after a known place', () => {
  const bodies = (text: string) => entityNames(text, 'organization')
  const places = (text: string) => entityNames(text, 'location')

  it('names a body when a health adjective or a genitive with ل says what it does, the place nested', () => {
    const text = 'ونقل المصاب إلى مركز مصراتة الطبي لتلقي العلاج.'
    expect(bodies(text)).toEqual(['مركز مصراتة الطبي'])
    expect(places(text)).toEqual(['مصراتة'])
    expect(bodies('وافتتح مركز حلب لإعادة التأهيل أبوابه.')).toEqual(['مركز حلب لإعادة التأهيل'])
    expect(bodies('وأطلق مركز الكويت للتوعية بالمخاطر حملة جديدة.')).toEqual(['مركز الكويت للتوعية بالمخاطر'])
  })

  it('names none for a centre of a city, or a hall of fairs and conferences', () => {
    expect(bodies('ووصل الوفد إلى مركز دمشق مساء.')).toEqual([])
    expect(bodies('وافتتح المعرض في مركز الكويت للمعارض والمؤتمرات أمس.')).toEqual([])
  })
})

describe('و written apart inside a body’s name', () => {
  const bodies = (text: string) => entityNames(text, 'organization')

  it('joins a definite complement as و written on it does', () => {
    expect(bodies('وقال حزب العدالة و التنمية إن الانتخابات نزيهة.')).toEqual(['حزب العدالة و التنمية'])
    expect(bodies('وقالت وزارة الصحة و السكان إن الحالات تراجعت.')).toEqual(['وزارة الصحة و السكان'])
  })

  it('joins no second body and no people', () => {
    expect(bodies('وقالت وزارة الصحة و الهيئة العامة للاستثمار إن الحالات تراجعت.')).toEqual([
      'وزارة الصحة',
      'الهيئة العامة للاستثمار',
    ])
    expect(bodies('واجتمع مجلس الأمناء و المواطنين في القاعة.')).not.toContain('مجلس الأمناء و المواطنين')
  })
})

describe('إدارة, a directorate and the verbal noun of managing', () => {
  it('names a directorate by its domain', () => {
    expect(organizations('أعلنت إدارة المرور المركزية إغلاق الطريق.')).toEqual(['إدارة المرور المركزية'])
    expect(organizations('قال مدير إدارة الجوازات والهجرة إن المعاملات تضاعفت.')).toEqual([
      'إدارة الجوازات والهجرة',
    ])
  })

  it('names no body where a preposition or a board governs it', () => {
    expect(organizations('ناقش الاجتماع سبل التعاون في إدارة الأزمة المالية.')).toEqual([])
    expect(organizations('شكلت الحكومة لجنة لإدارة المدينة القديمة.')).toEqual([])
    expect(organizations('وافق مجلس إدارة الشركة الوطنية للكهرباء على الميزانية.')).toEqual([
      'الشركة الوطنية للكهرباء',
    ])
  })
})

describe('a body of function whose complement after ل is a construct', () => {
  it('runs the name to the construct’s definite noun', () => {
    expect(organizations('بحسب المركز الوطني لأبحاث علوم البحار فإن المياه دافئة.')).toEqual([
      'المركز الوطني لأبحاث علوم البحار',
    ])
  })

  it('leaves a committee named by its task out', () => {
    expect(organizations('شكلت الحكومة اللجنة الوزارية لمتابعة الملف أمس.')).toEqual([])
  })
})

describe('faculties and unions', () => {
  it('names a faculty and a union by their field', () => {
    expect(organizations('قال عميد كلية الهندسة إن الامتحانات ستبدأ.')).toEqual(['كلية الهندسة'])
    expect(organizations('دعت نقابة الأطباء إلى اجتماع طارئ.')).toEqual(['نقابة الأطباء'])
  })

  it('leaves a kidney to its sentence', () => {
    expect(organizations('أجريت للطفل عملية زراعة كلية ناجحة في المستشفى.')).toEqual([])
  })
})

describe('a verbal noun after a body’s definite complement', () => {
  it('is the verb’s object, though it opens as an elative does', () => {
    expect(organizations('أعلنت نقابة المعلمين الإضراب الشامل.')).toEqual(['نقابة المعلمين'])
    expect(organizations('قرر المجلس الأعلى الاجتماع غدا.')).toEqual(['المجلس الأعلى'])
  })
})

describe('a government named by its seat', () => {
  it('reads حكومة before a known place as that government, the place named too', () => {
    const { entities } = extract('اعتبرت حكومة صنعاء أي تواجد أجنبي عدوانا.')
    expect(entities.map((e) => `${e.kind}:${e.name}`)).toEqual(['organization:حكومة صنعاء', 'location:صنعاء'])
  })

  it('leaves the government of a pronoun and the common noun alone', () => {
    expect(organizations('وقال إن حكومة بلاده ترفض ذلك.')).toEqual([])
    expect(organizations('قالت الحكومة إنها سترد.')).toEqual([])
  })
})

describe('an ordinal after a body’s complement', () => {
  it('numbers the body, a compound ordinal whole', () => {
    expect(organizations('عقد المجلس النيابي السادس عشر جلسته الأولى.')).toEqual([
      'المجلس النيابي السادس عشر',
    ])
    expect(organizations('أصدرت دائرة الاستئناف الثانية حكمها أمس.')).toEqual(['دائرة الاستئناف الثانية'])
  })

  it('leaves any court of first instance unnamed', () => {
    expect(organizations('ألغت المحكمة حكم محكمة الدرجة الأولى.')).not.toContain('محكمة الدرجة الأولى')
  })
})

describe('a second body after و', () => {
  it('opens at a definite head of function, و written apart or on it', () => {
    expect(organizations('أشاد بدور الاتحاد الدولي للملاكمة و الشركة الوطنية للأدوية في البطولة.')).toEqual([
      'الاتحاد الدولي للملاكمة',
      'الشركة الوطنية للأدوية',
    ])
    expect(organizations('أعلن حزب العدالة و التنمية فوزه.')).toEqual(['حزب العدالة و التنمية'])
  })
})

describe('a body’s one-word name that is also a common noun', () => {
  it('is the noun where an indefinite adjective of size follows it', () => {
    expect(organizations('انطلقت المواجهة بحماس كبير من الطرفين.')).toEqual([])
    expect(organizations('قالت حماس إن الاتفاق قريب.')).toEqual(['حماس'])
  })
})

describe('a body named after a person and the person’s lineage', () => {
  it('takes the whole name, the person no entity of the text', () => {
    const { entities } = extract('افتتح مستشفى عائشة بنت حمد العطية أمس.')
    expect(entities.map((e) => `${e.kind}:${e.name}`)).toEqual(['organization:مستشفى عائشة بنت حمد العطية'])
    expect(organizations('تخرج الطلاب من جامعة محمد بن راشد أمس.')).toEqual(['جامعة محمد بن راشد'])
  })
})

describe('where a body named by its head ends, round 17', () => {
  it('ends a national team’s name after its state unless an epithet, a sport or a category follows', () => {
    const text =
      'سعى منتخب قطر للاحتفاظ باللقب، وتأهل المنتخب المغربي الفائز على منافسه، وشارك منتخب الجزائر لكرة القدم ' +
      'والمنتخب التونسي للأواسط في البطولة.'
    expect(organizations(text)).toEqual([
      'منتخب قطر',
      'المنتخب المغربي',
      'منتخب الجزائر لكرة القدم',
      'المنتخب التونسي للأواسط',
    ])
  })

  it('ends the name before a definite noun after its place and before a participle of allegiance', () => {
    expect(organizations('قررت بلدية صفاقس التدخل لإزالة الأنقاض.')).toEqual(['بلدية صفاقس'])
    expect(organizations('تبنت حركة الشباب الموالية لتنظيم القاعدة الهجوم.')).toEqual([
      'حركة الشباب',
      'تنظيم القاعدة',
    ])
  })

  it('reads تنظيم before an ordinary word as organising it, and a group the lists know as that group', () => {
    const text =
      'ساهمت الوزارة في تنظيم المؤتمر، وشهدت البلاد تنظيم الجولة الثانية. وأعلن تنظيم القاعدة مسؤوليته.'
    expect(organizations(text)).toEqual(['تنظيم القاعدة'])
  })
})

describe('و after the place or nisba that closes a body’s name', () => {
  it('joins a second noun of the clause, not a complement of the body', () => {
    expect(organizations('وأعلن المجلس العسكري السوداني والحكومة المدنية اتفاقا جديدا.')).toEqual([
      'المجلس العسكري السوداني',
    ])
    expect(organizations('وتعادل فريق بلدية صفاقس والنادي الإفريقي في الجولة الأولى.')[0]).toBe('بلدية صفاقس')
  })

  it('keeps complements joined by و before the place', () => {
    expect(organizations('وأعلنت وزارة الصحة والسكان المصرية نتائج الفحوص.')).toEqual([
      'وزارة الصحة والسكان المصرية',
    ])
  })
})

describe('a rank after a body’s name', () => {
  it('leaves a definite noun with its ordinal to the clause', () => {
    expect(organizations('وحقق ائتلاف دولة العدالة المرتبة الثانية في الانتخابات.')).toEqual([
      'ائتلاف دولة العدالة',
    ])
    expect(organizations('وحل الحزب الليبي الديمقراطي المركز الرابع في الاقتراع.')).toEqual([
      'الحزب الليبي الديمقراطي',
    ])
  })

  it('keeps an ordinal that numbers the body itself', () => {
    expect(organizations('وقضت دائرة الاستئناف الثانية برفض الطعن.')).toEqual(['دائرة الاستئناف الثانية'])
  })
})

describe('the office or management of a body named by its function', () => {
  it('names the body, not its management or office', () => {
    expect(organizations('وقال مكتب اللجنة الوطنية للانتخابات إن النتائج تأخرت.')).toEqual([
      'اللجنة الوطنية للانتخابات',
    ])
    expect(organizations('وقالت إدارة المركز الطبي الجامعي إن المرضى نقلوا.')).toEqual([])
  })

  it('reads a troupe, a battalion and a deanship named by what follows them as bodies', () => {
    const text = 'قدمت فرقة النهضة للفنون عرضا بدعوة من عمادة شؤون الطلاب، وحضرت كتيبة الدرك الثالثة.'
    expect(entityNames(text, 'organization')).toEqual([
      'فرقة النهضة للفنون',
      'عمادة شؤون الطلاب',
      'كتيبة الدرك الثالثة',
    ])
    expect(entityNames('شاركت فرقة موسيقية في الحفل، ووصلت كتيبة من الجنود.', 'organization')).toEqual([])
  })

  it('reads a library and a secondary school named by what follows them as bodies', () => {
    const text = 'نظمت مكتبة قطر الوطنية ندوة حضرها طلاب ثانوية النجاح.'
    expect(entityNames(text, 'organization')).toEqual(['مكتبة قطر الوطنية', 'ثانوية النجاح'])
    expect(entityNames('اشترى كتبا من مكتبة صغيرة قرب ثانوية عامة.', 'organization')).toEqual([])
  })
})

describe('the occupation forces, round 33', () => {
  it('reads قوات الاحتلال as the Israeli army, one body with جيش الاحتلال', () => {
    const bodies = extract(
      'داهمت قوات الاحتلال الإسرائيلي حي الشيخ رضوان صباح اليوم، ثم انسحب جيش الاحتلال من الحي.',
    ).entities.filter((e) => e.kind === 'organization')
    expect(bodies.map((e) => e.name)).toEqual(['الجيش الإسرائيلي'])
    expect(bodies[0]?.aliases).toEqual(expect.arrayContaining(['قوات الاحتلال الإسرائيلي', 'جيش الاحتلال']))
  })

  it('leaves the speaker of a quote that follows a clause about the forces', () => {
    const { quotes } = extract(
      'وقال رئيس البلدية سامر حداد إن قوات الاحتلال تواصل حصارها للحي منذ الصباح. وأضاف: "لن نترك السكان وحدهم".',
    )
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['سامر حداد', 'سامر حداد'])
  })
})

describe('a body named in a hashtag, round 33', () => {
  it('reads the words an underscore joins as one name, shown with spaces', () => {
    expect(organizations('وأعلنت #وزارة_الصحة حملة تلقيح جديدة في المدارس.')).toEqual(['وزارة الصحة'])
    expect(organizations('وطالب #اتحاد_العمال برفع الأجور هذا العام.')).toEqual(['اتحاد العمال'])
  })

  it('keeps an underscore with a space after it a separator', () => {
    expect(organizations('وزارة_ الصحة غائبة عن المشهد.')).not.toContain('وزارة الصحة')
  })
})

describe('a quoted name apposed to a described body, round 33', () => {
  it('names the body by the marks, its description another form of it', () => {
    const body = extract('ووقعت شركة الاتصالات الحكومية "ماروتل" اتفاقا مع البلدية.').entities[0]
    expect([body?.kind, body?.name, body?.aliases]).toEqual([
      'organization',
      'ماروتل',
      ['شركة الاتصالات الحكومية'],
    ])
  })

  it('leaves words said, ordinary words and a definite description to the other rules', () => {
    expect(organizations('وقالت هيئة الانتخابات "نرفض التأجيل".')).toEqual(['هيئة الانتخابات'])
    expect(organizations('ووصفت وزارة الخارجية "الخطوة الخطيرة".')).toEqual(['وزارة الخارجية'])
    expect(organizations('أعلنت وزارة الصحة "تسجيل 5 إصابات" جديدة.')).toEqual(['وزارة الصحة'])
    expect(organizations('وقالت المحكمة العليا "ترفض الطعن".')).toEqual(['المحكمة العليا'])
  })

  it('leaves a person’s name in the marks to the person, round 34', () => {
    const text = 'وقال الناطق باسم وزارة الصحة « محمد علي الشابي » في تصريح للإذاعة إن الوضع مستقر.'
    expect(organizations(text)).toEqual(['وزارة الصحة'])
    expect(entityNames(text, 'person')).toEqual(['محمد علي الشابي'])
  })
})

describe('a head counted by a number, round 33', () => {
  it('names no body after a count', () => {
    expect(organizations('وأعادت الوزارة العمل في 12 مستشفى هدمتها الحرب.')).toEqual([])
    expect(organizations('وأغلقت السلطات 4 شركة صرافة الأسبوع الماضي.')).toEqual([])
  })

  it('reads a body after a date’s day or a year', () => {
    expect(organizations('2024-05-14 بنك الخليج الأول يعلن أرباحه')).toEqual(['بنك الخليج الأول'])
  })
})

describe('a body whose name ends in بلا حدود, round 33', () => {
  it('keeps the ending in the name, not an adjective after حدود', () => {
    expect(organizations('ووزعت جمعية الأمل بلا حدود سلالا غذائية.')).toEqual(['جمعية الأمل بلا حدود'])
    expect(organizations('وتعمل منظمة الصحة العالمية بلا حدود زمنية.')).toEqual(['منظمة الصحة العالمية'])
  })
})

describe('a municipality named inside a council’s name, round 34', () => {
  it('reads the council and the municipality as two bodies, and the town', () => {
    const text = 'واجتمع أعضاء المجلس البلدي لبلدية الخريبة أمس لبحث المشاريع.'
    expect(organizations(text)).toEqual(['المجلس البلدي', 'بلدية الخريبة'])
    expect(entityNames(text, 'location')).toEqual(['الخريبة'])
  })
})

describe('a place’s nisba with a hamza on its alef after an indefinite head, round 34', () => {
  it('reads no body from a head and the nisba, but the place', () => {
    const text = 'وطورت شركة ألمانية اللقاح الجديد.'
    expect(organizations(text)).toEqual([])
    expect(entityNames(text, 'location')).toEqual(['ألمانيا'])
  })

  it('keeps a complement with a hamza on its alef', () => {
    expect(organizations('وقال اتحاد ألعاب القوى إن البطولة تأجلت.')).toEqual(['اتحاد ألعاب القوى'])
  })
})

describe('the management of a thing named by its common noun', () => {
  it('reads no body in إدارة and one definite noun alone', () => {
    // Main read each as a body.
    expect(entityNames('وقررت إدارة المستشفى نقل المرضى إلى مبنى آخر.', 'organization')).toEqual([])
    expect(entityNames('قررت إدارة المهرجان تمديد العروض أسبوعا آخر.', 'organization')).toEqual([])
    expect(entityNames('وقالت إدارة النادي إن اللاعب سيغيب عن المباراة.', 'organization')).toEqual([])
  })

  it('still reads a department named by its task or with its adjective', () => {
    expect(entityNames('وقالت إدارة مكافحة المخدرات إن الشحنة ضبطت.', 'organization')).toEqual([
      'إدارة مكافحة المخدرات',
    ])
    expect(entityNames('وقالت إدارة التجنيد العامة إن الموعد تغير.', 'organization')).toEqual([
      'إدارة التجنيد العامة',
    ])
  })
})

describe('a body’s state after its name', () => {
  it('leaves elected, in session and outgoing out of the name', () => {
    // Main kept each adjective in the name.
    expect(organizations('وقالت رئيسة المفوضية الأفريقية المنتخبة إن العمل بدأ.')).toEqual([
      'المفوضية الأفريقية',
    ])
    expect(
      extract('وشهدت جلسة البرلمان العراقي المنعقد أمس نقاشا حادا.').entities[0]?.mentions[0]?.text,
    ).toBe('البرلمان العراقي')
    expect(organizations('وقال نواب في البرلمان الكندي الخارج إن القانون تأخر.')).toEqual(['البرلمان الكندي'])
  })
})
