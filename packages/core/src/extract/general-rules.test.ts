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

describe('the phrase of who speaks', () => {
  it('leaves out the outlet people spoke to', () => {
    expect(
      speakers('وقالت مصادر أمنية ومحلية لوكالة الأنباء الفلسطينية إن القوات اقتحمت البلدة فجراً.'),
    ).toEqual(['مصادر أمنية ومحلية'])
    expect(speakers('وقال النواب لوكالة الأنباء الكويتية إن الجلسة ستعقد الأسبوع المقبل.')).toEqual([
      'النواب',
    ])
  })

  it("keeps an outlet that a body's head noun belongs to", () => {
    expect(speakers('وقال المكتب الإعلامي لوكالة الأنباء الفلسطينية إن البث سيتوقف يومين.')).toEqual([
      'المكتب الإعلامي لوكالة الأنباء الفلسطينية',
    ])
  })

  it("reads a body's construct chain up to the body that ends it", () => {
    expect(speakers('وقال مجلس إدارة البنك المركزي إن التضخم تراجع في الربع الأخير.')).toEqual([
      'مجلس إدارة البنك المركزي',
    ])
    expect(speakers('وقالت هيئة مياه ولاية الخرطوم إن الإمداد يتحسن رغم الأعطال.')).toEqual([
      'هيئة مياه ولاية الخرطوم',
    ])
  })

  it('does not run a name into the title after it', () => {
    const text = 'وقال أرنولد مدرب المنتخب التونسي إن الضغط على لاعبيه "كبير".'
    expect(speakers(text)).not.toContain('أرنولد مدرب المنتخب التونسي')
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

describe('rules from held-out batch 4', () => {
  it('links the nisba of every country the gazetteer lists, Ghana among them', () => {
    const person = extract('ويعد اللاعب ثالث صفقات الفريق بعد المهاجم الغاني كوفي منساه.').entities
    expect(person.map((e) => e.id)).toEqual(expect.arrayContaining(['location:غانا', 'person:كوفي-منساه']))
  })

  it('reads سيدي as the honorific of a name, not a future verb', () => {
    expect(ids('وقضت محكمة سيدي امحمد بسجنه عامين.')).toContain('organization:محكمة-سيدي-امحمد')
  })

  it('dates a part of a year named before its digits', () => {
    const { dates } = extract('ونستهدف خمسة ملايين مستخدم بحلول نهاية 2026.')
    expect(dates.map((d) => [d.text, d.value])).toEqual([['نهاية 2026', '2026']])
  })

  it('gives a role the name in apposition after it, introduced by a nisba, and makes that person the speaker', () => {
    const text =
      'وكان مدرب الفريق، الإسباني ماركو فيرنانديز، قد طالب بلاعبين، مؤكداً أن "الفريق يحتاج إلى دعم".'
    expect(speakers(text)).toEqual(['ماركو فيرنانديز'])
    expect(extract(text).entities.find((e) => e.kind === 'person')?.roles).toContain('مدرب الفريق')
    const after = 'وقالت القيّمة على المعرض، الفنانة البحرينية مريم الصيرفي، إن الفكرة "ولدت من الشعر".'
    expect(speakers(after)).toEqual(['مريم الصيرفي'])
  })

  it('ends a family name introduced by آل or بن before a word of the clause', () => {
    const found = ids(
      'توج الفارس ناصر آل مسعود بلقب البطولة، ونقلت الوكالة عن الأمير خالد بن منصور قوله إنها ناجحة.',
    )
    expect(found).toEqual(expect.arrayContaining(['person:ناصر-ال-مسعود', 'person:خالد-بن-منصور']))
  })

  it('names a person after a definite nisba standing as a noun, not a noun behind a particle', () => {
    const found = ids('وحل متقدماً على الكويتية دانة العنزي والإماراتي سيف النعيمي.')
    expect(found).toEqual(expect.arrayContaining(['person:دانة-العنزي', 'person:سيف-النعيمي']))
    expect(
      ids('وأعلنت الحكومة السورية بمشاركة القوى المحلية خطة.').some((id) => id.startsWith('person:')),
    ).toBe(false)
  })

  it('reads a month that is also a man’s name as the name after a title', () => {
    expect(ids('وأشار محافظ الشمال ربيع الأيوبي إلى أن الأعمال بدأت.')).toContain('person:ربيع-الايوبي')
    expect(extract('وتبدأ الأعمال في ربيع الأول المقبل.').entities.some((e) => e.kind === 'person')).toBe(
      false,
    )
  })

  it('reads والي as a governor, and وإلى written with its marks as the preposition', () => {
    const text = 'وقال والي شمال دارفور المكلف احمد ابراهيم النور إن السلطات "مستعدة للتعاون".'
    expect(speakers(text)).toEqual(['احمد ابراهيم النور'])
    expect(extract('وسافر الوفد إلى جنيف وإلى نيويورك أحمد.').entities.some((e) => e.kind === 'person')).toBe(
      false,
    )
  })

  it('keeps a role and its name together across a bracketed acronym', () => {
    const text =
      'وقالت المتحدثة باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) إنغريد سفنسون إن "الوضع صعب".'
    expect(speakers(text)).toEqual(['إنغريد سفنسون'])
  })

  it('resolves a pronoun subject to the person an attribution named last', () => {
    const text =
      'وقال الطبيب سامر الحلبي إن المستشفى "يعمل بنصف طاقته". وجاء على لسان المتحدثة باسم المنظمة ليلى عثمان أن "الوضع صعب". وأشارت إلى أن التمويل لم يصل.'
    expect(extract(text).quotes.find((q) => q.kind === 'indirect')?.speaker?.name).toBe('ليلى عثمان')
  })

  it('names a country’s news agency written with للأنباء after the country', () => {
    const { entities } = extract('وقال المسؤول لوكالة السودان للأنباء إن الطريق مفتوح.')
    expect(entities.find((e) => e.kind === 'media')?.name).toBe('وكالة السودان للأنباء')
  })

  it('names bodies by the heads of security cells, commands and statistics offices, not a governed body', () => {
    const found = ids(
      'وقالت خلية الإعلام الأمني إن قيادة العمليات المشتركة أكدت ذلك. وبحسب الجهاز المركزي للإحصاء، فإن الأسعار ارتفعت.',
    )
    expect(found).toEqual(
      expect.arrayContaining([
        'organization:خلية-الاعلام-الامني',
        'organization:قيادة-العمليات-المشتركة',
        'organization:الجهاز-المركزي-للاحصاء',
      ]),
    )
    expect(ids('ووقع الاتفاق بقيادة صندوق الاستثمارات العامة.')).not.toContain(
      'organization:قيادة-صندوق-الاستثمارات-العامة',
    )
    expect(ids('وخرج مستشفى كبير عن الخدمة.').some((id) => id.startsWith('organization:'))).toBe(false)
    expect(ids('ونقل المصاب إلى مستشفى قريب من السوق.').some((id) => id.startsWith('organization:'))).toBe(
      false,
    )
  })

  it('names two places after a plural or dual head even when the gazetteer knows the first', () => {
    const found = ids('وتنشط الشبكة بين محافظتي البصرة وميسان وفي أحياء التبانة والقبة.')
    expect(found).toEqual(
      expect.arrayContaining(['location:البصرة', 'location:ميسان', 'location:التبانة', 'location:القبة']),
    )
  })

  it('takes two quoted words that open with a verb as speech, and بعد اليوم as no date', () => {
    const text = 'ورأت الخبيرة سلمى عبد الحميد أن القرار "كان متوقعاً"، وقالت: "لن نقبل بعد اليوم أي تأخير".'
    expect(
      extract(text)
        .quotes.filter((q) => q.kind === 'direct')
        .map((q) => q.text),
    ).toContain('كان متوقعاً')
    expect(extract(text, '2025-05-23').dates).toEqual([])
  })
})
