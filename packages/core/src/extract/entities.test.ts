import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

const entity = (text: string, id: string) => extract(text).entities.find((e) => e.id === id)
const ids = (text: string) => extract(text).entities.map((e) => e.id)
const organizations = (text: string) => entityNames(text, 'organization')
const outlets = (text: string) => entityNames(text, 'media')
const places = (text: string) => entityNames(text, 'location')
const people = (text: string) => extract(text).entities.filter((e) => e.kind === 'person')
const peopleWithAliases = (text: string) => people(text).map((e) => [e.name, ...e.aliases])
const peopleWithMentions = (text: string) =>
  people(text).map((e) => [e.name, ...e.mentions.map((m) => m.text)])

describe('people', () => {
  it('takes the name after a title, with the title as a role', () => {
    const person = entity(
      'استقبل وزير الخارجية العُماني بدر الهنائي نظيره الإيراني أمس.',
      'person:بدر-الهنائي',
    )
    expect(person?.name).toBe('بدر الهنائي')
    expect(person?.roles).toEqual(['وزير الخارجية العماني'])
  })

  it('makes a name with a compound of عبد written apart and joined one person', () => {
    const text = 'وقالت الروائية سلمى عبدالرحمن إن الرواية جديدة. وتحدثت الروائية سلمى عبد الرحمن عن الجائزة.'
    expect(peopleWithAliases(text)).toEqual([['سلمى عبدالرحمن', 'سلمى عبد الرحمن']])
  })

  it('makes a name cut short, the first words of one longer name, that person', () => {
    const text =
      'افتتحت محاكمة الرئيس السابق سامر ولد عبد الكريم أمس. وتأخرت محاكمة الرئيس السابق سامر ولد عبد بسبب الإجراءات.'
    expect(peopleWithAliases(text)).toEqual([['سامر ولد عبد الكريم', 'سامر ولد عبد']])
  })

  it('makes ولد and the family name, the names between left out, the one longer name that holds them', () => {
    const text =
      'قال الرئيس سامر ولد الشيخ الحمداني إن البلاد مستقرة. وأشاد الرئيس ولد الحمداني بالجهود المبذولة.'
    expect(peopleWithAliases(text)).toEqual([['سامر ولد الشيخ الحمداني', 'ولد الحمداني']])
  })

  it('makes a given name alone after a title the shortest full name it opens when that name opens the others', () => {
    const text =
      'وحضر الدكتور سامي ناجي مؤلف رواية الغد. وتحدث الدكتور سامي ناجي عن الرواية. وعندما سألت الدكتور سامي عن الأدب قال إنه ممتع.'
    const owner = people(text).find((e) => e.aliases.includes('سامي'))
    expect(owner?.name).toBe('سامي ناجي')
    expect(people(text).filter((e) => e.name === 'سامي')).toEqual([])
  })

  it('keeps a father named alone apart from his son, whose name holds the father’s after بن', () => {
    const text = 'وأكد الأمير سلطان، في كلمته، أن الزيارة ناجحة. وحضر اللقاء نجله الأمير فيصل بن سلطان.'
    expect(peopleWithMentions(text)).toEqual([
      ['سلطان', 'سلطان'],
      ['فيصل بن سلطان', 'فيصل بن سلطان'],
    ])
  })

  it('makes a name of fewer forebears the same person as the longer one it opens', () => {
    const text =
      'استقبل الأمير نواف بن خالد بن عبدالله وفداً من التجار. وقال الأمير نواف بن خالد إن الغرفة ستدعم المعرض.'
    expect(peopleWithMentions(text)).toEqual([
      ['نواف بن خالد بن عبدالله', 'نواف بن خالد بن عبدالله', 'نواف بن خالد'],
    ])
  })

  it('still takes the last word alone after the Mauritanian ولد as the family’s name', () => {
    const text = 'وصل الرئيس سامر ولد الشيخاني إلى المطار أمس. وقال الرئيس الشيخاني إن الزيارة ناجحة.'
    expect(peopleWithAliases(text)).toEqual([['سامر ولد الشيخاني', 'الشيخاني']])
  })

  it('makes later and earlier short forms aliases and mentions of the full name', () => {
    const text =
      'وقال الهاشمي إن الاتفاق قريب. وكان وزير التجارة سليم الهاشمي قد زار القاهرة. وأكد الهاشمي ذلك.'
    const person = entity(text, 'person:سليم-الهاشمي')
    expect(person?.aliases).toEqual(['الهاشمي'])
    expect(person?.mentions.map((m) => [m.text, m.form])).toEqual([
      ['الهاشمي', 'alias'],
      ['سليم الهاشمي', 'name'],
      ['الهاشمي', 'alias'],
    ])
  })

  it('knows a king and a crown prince by their names with their house, as one person each', () => {
    const text =
      'وجرى الحفل برعاية الملك سلمان بن عبد العزيز آل سعود. وحضر الأمير محمد بن سلمان بن عبدالعزيز الافتتاح.'
    const found = people(text)
    expect(found.map((e) => e.name)).toEqual(['سلمان بن عبد العزيز', 'محمد بن سلمان'])
    expect(found[0]?.aliases).toContain('سلمان بن عبد العزيز آل سعود')
  })

  it('cuts the clause off a family name the article gave with a full name', () => {
    const people = (text: string) =>
      extract(text)
        .entities.filter((e) => e.kind === 'person')
        .map((e) => [e.name, ...e.aliases])
    expect(people('استقبل الرئيس كمال شدياق الوفد أمس. وقام الرئيس شدياق بقص الشريط في الحفل.')).toEqual([
      ['كمال شدياق', 'شدياق'],
    ])
    // The second word opens a name elsewhere: حسني مبارك is a name of its own beside فاروق حسني.
    expect(
      people(
        'وقال الوزير فاروق حسني إن الزيارة مهمة. وحضر الرئيس حسني مبارك الافتتاح. وقام الرئيس مبارك بقص الشريط.',
      ),
    ).toEqual([['فاروق حسني'], ['حسني مبارك', 'مبارك']])
  })

  it('makes a given name alone after a title the one person whose full name opens with it', () => {
    const person = entity(
      'زار الوزير نبيل شدياق المعرض. وقال العميد نبيل إن الوضع مستقر.',
      'person:نبيل-شدياق',
    )
    expect(person?.aliases).toEqual(['نبيل'])
    expect(extract('زار الوزير نبيل شدياق المعرض. وقال العميد نبيل إن الوضع مستقر.').entities).toHaveLength(1)
  })

  it('keeps a sovereign’s or sheikh’s title with the name as one of its written forms', () => {
    const person = entity(
      'وأشاد الوزير بتوجيهات الشيخ ناصر الحمود في الاجتماع. وكان ناصر الحمود قد زار الموقع.',
      'person:ناصر-الحمود',
    )
    expect(person?.name).toBe('ناصر الحمود')
    expect(person?.aliases).toContain('الشيخ ناصر الحمود')
  })

  it('makes the last words of exactly one longer name its short form', () => {
    const text = 'سالم ولد محمود رئيسا للجمهورية. وفاز الرئيس حامد سالم ولد محمود بالانتخابات.'
    const found = people(text)
    expect(found.map((e) => e.name)).toEqual(['حامد سالم ولد محمود'])
    expect(found[0]?.mentions.map((m) => m.form)).toContain('alias')
  })

  it('makes one person of a family name written with its article and with ل alone (Maghrebi spelling)', () => {
    const text =
      'وقال الوزير الأول نذير العمراوي إن الصالون ناجح. وأشرف الوزير الأول نذير لعمراوي على الافتتاح.'
    const found = people(text)
    expect(found.map((e) => e.name)).toEqual(['نذير العمراوي'])
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(['نذير العمراوي', 'نذير لعمراوي'])
  })

  it('leaves attached particles out of names and mentions', () => {
    const text = 'وتمنى الوزير النجاح لأحمد الخطيب في مهمته الجديدة.'
    const person = entity(text, 'person:احمد-الخطيب')
    expect(person?.name).toBe('أحمد الخطيب')
    const [mention] = person!.mentions
    expect(text.slice(mention!.start, mention!.end)).toBe('أحمد الخطيب')
  })

  it('gives the same id to a name with and without hamza and diacritics', () => {
    expect(ids('قال الطبيب أحمد السالم إن الوضع مستقر.')).toContain('person:احمد-السالم')
    expect(ids('قال الطبيب احمد السالم إن الوضع مستقر.')).toContain('person:احمد-السالم')
    expect(ids('قال الطبيب أَحْمَد السّالم إن الوضع مستقر.')).toContain('person:احمد-السالم')
  })

  it('knows well-known people by their short name, with the gazetteer name as the id', () => {
    expect(entity('وقال بوتين إن بلاده مستعدة للحوار.', 'person:فلاديمير-بوتين')?.name).toBe('فلاديمير بوتين')
  })

  it('makes a role standing alone a mention of the one person who holds it', () => {
    const text = 'التقى الرئيس اللبناني نبيل سركيس وفداً أوروبياً. وشدد الرئيس اللبناني على أهمية الدعم.'
    const person = entity(text, 'person:نبيل-سركيس')
    expect(person?.mentions.map((m) => m.form)).toEqual(['name', 'role'])
  })

  it('rewrites a possessive title as a role: مبعوثه الخاص → المبعوث الخاص', () => {
    const person = entity('وأرسل الرئيس مبعوثه الخاص لليمن ماجد الحربي إلى عدن.', 'person:ماجد-الحربي')
    expect(person?.roles).toEqual(['المبعوث الخاص لليمن'])
  })

  it('does not take a title followed by a common noun for a person', () => {
    expect(
      extract('استقبل رئيس الوزراء الوزير الضيف في مكتبه.').entities.filter((e) => e.kind === 'person'),
    ).toEqual([])
  })
})

describe('places, bodies and outlets', () => {
  it('finds a place behind a particle: للشرق الأوسط → الشرق الأوسط', () => {
    const text = 'عيّنت الأمم المتحدة مبعوثاً جديداً للشرق الأوسط.'
    const place = entity(text, 'location:الشرق-الاوسط')
    expect(place?.name).toBe('الشرق الأوسط')
    const [mention] = place!.mentions
    expect(text.slice(mention!.start, mention!.end)).toBe(mention!.text)
    expect(mention!.text).toBe('لشرق الأوسط')
  })

  it('links nisba adjectives to their place', () => {
    const russia = entity('وقال مسؤول روسي إن خبراء روس سيزورون الموقع مع الجانب الروسي.', 'location:روسيا')
    expect(russia?.mentions.map((m) => [m.text, m.form])).toEqual([
      ['روسي', 'nisba'],
      ['روس', 'nisba'],
      ['الروسي', 'nisba'],
    ])
  })

  it('names bodies by their head and what specifies them, and joins a short form to the full name', () => {
    const text = 'قرر البنك المركزي المصري رفع الفائدة. وقال البنك المركزي إن القرار مؤقت.'
    const bank = entity(text, 'organization:البنك-المركزي-المصري')
    expect(bank?.mentions.map((m) => m.text)).toEqual(['البنك المركزي المصري', 'البنك المركزي'])
    expect(ids('أعلنت وزارة الصحة الفلسطينية ارتفاع عدد الإصابات.')).toContain(
      'organization:وزارة-الصحة-الفلسطينية',
    )
  })

  it('names an outlet from its head and quote marks, with the nisba after it as gloss', () => {
    const outlet = entity('ونشر موقع "ذا ناشيونال" الإماراتي تقريراً مطولاً.', 'media:ذا-ناشيونال')
    expect(outlet?.gloss).toBe('الإمارات')
  })

  it('tells Amman from Oman by the shadda', () => {
    expect(ids('وصل الوفد إلى عمّان مساء أمس.')).toContain('location:عمان')
    expect(entity('وصل الوفد إلى عمّان مساء أمس.', 'location:عمان')?.name).toBe('عمّان')
    expect(entity('وصل الوفد إلى سلطنة عُمان مساء أمس.', 'location:عمان')?.name).toBe('عُمان')
  })

  it('finds nothing in text without Arabic', () => {
    expect(extract('The minister said on Monday that talks would resume.').entities).toEqual([])
  })
})

describe('bodies named by their function', () => {
  it('takes a definite head, its adjectives and a genitive with ل as one body', () => {
    expect(organizations('وقالت المجموعة الكونفدرالية الديموقراطية للشغل إن الأجور ضعيفة.')).toEqual([
      'المجموعة الكونفدرالية الديموقراطية للشغل',
    ])
    expect(organizations('وأعلنت الشركة العامة للتجارة والصناعة رفع الأسعار.')).toEqual([
      'الشركة العامة للتجارة والصناعة',
    ])
    expect(organizations('وسجل المركز الوطني للزلازل في سوريا هزة خفيفة.')).toEqual([
      'المركز الوطني للزلازل في سوريا',
    ])
  })

  it('names the known body after ل as a body of its own, and the speaker resolves to the whole name', () => {
    const text =
      'قال المركز الإحصائي لدول مجلس التعاون لدول الخليج العربية، إن التجارة نمت. وأضاف المركز أن الصادرات زادت.'
    const { entities, quotes } = extract(text)
    expect(entities.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual([
      'المركز الإحصائي لدول مجلس التعاون لدول الخليج العربية',
      'مجلس التعاون الخليجي',
    ])
    expect(quotes.map((q) => q.speaker?.entity)).toEqual([
      'organization:المركز-الاحصائي-لدول-مجلس-التعاون-لدول-الخليج-العربية',
      'organization:المركز-الاحصائي-لدول-مجلس-التعاون-لدول-الخليج-العربية',
    ])
  })

  it('never reads a rank or a head with no genitive as a body', () => {
    expect(organizations('وحل الفريق في المركز الأول للمرة الثانية.')).toEqual([])
    expect(organizations('وافتتحت الشركة الجديدة فرعاً في المدينة.')).toEqual([])
  })
})

describe('outlets in datelines', () => {
  it('takes the outlet after a dateline’s place, before a dash, and keeps a place that ends its name', () => {
    expect(outlets('بغداد/ أخبار البلد- أصدرت وزارة الخارجية بياناً حول الزيارة.')).toEqual(['أخبار البلد'])
    const text = 'الرياض - صوت الإمارات\nأعلنت السلطات السعودية اليوم افتتاح المعرض.'
    expect(outlets(text)).toEqual(['صوت الإمارات'])
    expect(extract(text).entities.some((e) => e.name === 'الإمارات')).toBe(true)
  })

  it('reads a bracketed outlet after a date in two calendars, and never as the issuer of the statement after it', () => {
    const text =
      'مقديشو 14 ربيع الأول 1441 – الموافق 11 نوفمبر 2019 (صونا) – أصدرت الحكومة الفيدرالية بياناً صحفياً. وقال البيان إن الشعب يتطلع إلى التنمية.'
    const { entities, quotes } = extract(text)
    expect(entities.filter((e) => e.kind === 'media').map((e) => e.name)).toEqual(['صونا'])
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['البيان'])
  })
})

describe('places inside the names of bodies', () => {
  it('names the place a body is named after, right after its head, but not a state that ends a longer name', () => {
    expect(places('ونظمت بلدية غزة مسيراً في شوارع المدينة.')).toEqual(['غزة'])
    expect(places('وحققت شركة الزيت العربية السعودية أرباحاً كبيرة.')).toEqual([])
  })
})

describe('places whose name opens with a function word', () => {
  it('reads أم درمان in both spellings, and أم alone as no place', () => {
    expect(places('واندلعت الاشتباكات بمدينة أم درمان غربي العاصمة.')).toEqual(['أم درمان'])
    expect(places('وتنتشر آثار الحرب في أمدرمان والخرطوم.')).toEqual(['أم درمان', 'الخرطوم'])
    expect(places('هل يتقدم الفريق أم يتراجع في الجولة المقبلة؟')).toEqual([])
  })
})

describe('boards of bodies', () => {
  it('names the body a board governs, not the board', () => {
    expect(organizations('وقرر مجلس إدارة البنك المركزي اليمني رفع الفائدة.')).toEqual([
      'البنك المركزي اليمني',
    ])
  })
})

describe('bodies named after people', () => {
  it('takes a head, a given name and the adjective or genitive of the body’s kind', () => {
    expect(organizations('وأعلنت مؤسسة حمد الطبية افتتاح قسم جديد في مستشفى حمد العام.')).toEqual([
      'مؤسسة حمد الطبية',
      'مستشفى حمد العام',
    ])
    expect(organizations('وقال مركز الحسين للسرطان إن العلاج متاح.')).toEqual(['مركز الحسين للسرطان'])
  })

  it('takes no head and given name alone', () => {
    expect(organizations('وزار مستشفى محمد في المساء.')).toEqual([])
  })
})

describe('bodies that are outlets', () => {
  it('reads a body whose genitive names news as an outlet, ending before the verb’s object', () => {
    const { entities } = extract('وبثت الهيئة العامة للإذاعة والتلفزيون الخطاب كاملاً.')
    expect(entities.map((e) => [e.kind, e.name])).toEqual([['media', 'الهيئة العامة للإذاعة والتلفزيون']])
  })
})

describe('named sites', () => {
  it('reads a street, a square or a palace with its name, up to a preposition on a place', () => {
    expect(places('وسار المتظاهرون في شارع الحبيب بورقيبة حتى ميدان الشهداء.')).toEqual([
      'شارع الحبيب بورقيبة',
      'ميدان الشهداء',
    ])
    expect(places('ونقل الوفد إلى قصر معاشيق بمدينة كريتر.')).toEqual(['قصر معاشيق', 'كريتر'])
  })
})
