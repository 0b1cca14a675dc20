import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

const speakers = (text: string) =>
  extract(text).quotes.map((q) => q.speaker?.entity ?? q.speaker?.name ?? null)
const mentionsOf = (text: string, id: string) =>
  extract(text)
    .entities.find((e) => e.id === id)
    ?.mentions.map((m) => [m.text, m.form])

describe('a title without a name refers to the person introduced with it', () => {
  it('links a shorter title with the same head and a fitting nisba', () => {
    const text =
      'التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الفرنسي في الرياض. وقال الوزير السعودي إن المحادثات "كانت مثمرة وبناءة جداً".'
    expect(speakers(text)).toEqual(['person:فيصل-بن-فرحان'])
    expect(mentionsOf(text, 'person:فيصل-بن-فرحان')).toContainEqual(['الوزير السعودي', 'role'])
  })

  it('links the head noun alone to the last person who holds it', () => {
    const text =
      'واستقبل وزير الزراعة سامي الحداد الوفد. ثم التقى وزير المالية كمال العبيدي رجال الأعمال. وقال الوزير إن الميزانية "ستدعم المزارعين هذا العام".'
    expect(speakers(text)).toEqual(['person:كمال-العبيدي'])
  })

  it('links the head alone to the holder a fuller title named last, not to one named once in between', () => {
    const text =
      'افتتح وزير الثقافة خالد المنصوري المعرض، بحضور الدكتور سامي الحداد وزير التخطيط. وأضاف وزير الثقافة أن المعرض يضم ألف عمل فني. وشدد الوزير على أن الثقافة جسر بين الشعوب.'
    expect(speakers(text)).toEqual(['person:خالد-المنصوري', 'person:خالد-المنصوري'])
  })

  it('links the head alone to the holder of the head or an adjective title before one whose head governs a noun', () => {
    const text =
      'افتتح رئيس الجمهورية سالم الهاشمي المؤتمر بحضور رئيس مجلس الوزراء نادر القاسمي. وقال الرئيس إن "الحكومة ستمضي في الطريق حتى النهاية".'
    expect(mentionsOf(text, 'person:سالم-الهاشمي')).toContainEqual(['الرئيس', 'role'])
    expect(speakers(text)).toEqual(['person:سالم-الهاشمي'])
    // With no such holder, the head alone still refers to the one whose head governs a noun.
    const only =
      'التقى رئيس مجلس الوزراء نادر القاسمي الوفد. وقال الرئيس إن "الحكومة ستمضي في الطريق حتى النهاية".'
    expect(speakers(only)).toEqual(['person:نادر-القاسمي'])
  })

  it('lets a body named by a shorter form fit the title (لأرامكو for لشركة أرامكو)', () => {
    const text =
      'وقال الرئيس التنفيذي لشركة أرامكو السعودية أمين الناصر إن الطلب قوي. وأوضح الرئيس التنفيذي لأرامكو السعودية أن "الأسواق ستتعافى قريباً".'
    expect(speakers(text)).toEqual(['person:امين-الناصر', 'person:امين-الناصر'])
  })

  it('does not link a title whose other words the person’s title lacks', () => {
    const text =
      'وقال وزير الخارجية الأردني أيمن الصفدي إن الاجتماع مهم. وأكد وزير الداخلية أن "الحدود آمنة تماماً الآن".'
    expect(speakers(text)[1]).not.toBe('person:ايمن-الصفدي')
  })
})

describe('a head noun alone refers to the last body named with it', () => {
  it('links الوزارة and الشركة to their bodies, as head mentions', () => {
    const text =
      'وأعلنت وزارة الصحة الأردنية تسجيل إصابات جديدة، فيما قالت شركة البوتاس العربية إن الإنتاج مستقر. وقالت الوزارة في بيان إن الوضع "تحت السيطرة الكاملة". وأضافت الشركة أن "الصادرات سترتفع خلال الربع المقبل".'
    const ids = speakers(text)
    expect(ids).toContain('organization:وزارة-الصحة-الاردنية')
    expect(ids).toContain('organization:شركة-البوتاس-العربية')
    expect(mentionsOf(text, 'organization:وزارة-الصحة-الاردنية')).toContainEqual(['الوزارة', 'head'])
  })

  it('links الوكالة and الصحيفة to the outlet named after that head, and to no body of another head', () => {
    const text =
      'وذكرت وكالة رويترز أن الاجتماع انتهى مساء. وأضافت الوكالة أن الوفود غادرت. وقالت صحيفة الأهرام إن الجلسة تأجلت. وذكرت الصحيفة أن الموعد لم يحدد.'
    expect(speakers(text)).toEqual(['media:رويترز', 'media:رويترز', 'media:الاهرام', 'media:الاهرام'])
    expect(mentionsOf(text, 'media:رويترز')).toContainEqual(['الوكالة', 'head'])
  })

  it('leaves a head noun that names a body of its own (الهيئة العامة …) alone', () => {
    const text = 'وأصدرت هيئة الطيران المدني قراراً. وقالت الهيئة العامة للطيران إن الرحلات "ستعود قريباً جداً".'
    expect(speakers(text)).not.toContain('organization:هيئة-الطيران-المدني')
  })
})

describe('a given name alone refers to the full name before it', () => {
  it('links خالد to خالد فتح الرحمن, a compound name', () => {
    const text =
      'وقال وزير المالية خالد فتح الرحمن إن العجز تراجع. وأكد خالد أن "الإصلاحات ستستمر رغم الصعوبات".'
    expect(speakers(text)).toEqual(['person:خالد-فتح-الرحمن', 'person:خالد-فتح-الرحمن'])
  })

  it('links فيصل to فيصل بن فرحان', () => {
    const text =
      'وصل الأمير فيصل بن فرحان إلى القاهرة مساء أمس. وقال فيصل للصحفيين إن "العلاقات بين البلدين متينة".'
    expect(speakers(text)).toEqual(['person:فيصل-بن-فرحان'])
  })
})

describe('a statement speaks for whoever issued it', () => {
  it('resolves البيان to the body that issued a statement before', () => {
    const text =
      'وأصدرت وزارة الداخلية المغربية بياناً صباح اليوم حول الحادث. وأضاف البيان أن "التحقيقات جارية لكشف الملابسات".'
    expect(speakers(text)).toEqual(['organization:وزارة-الداخلية-المغربية'])
  })

  it('takes the body named inside the statement’s phrase', () => {
    const text =
      'وأظهر البنك المركزي المصري تراجع الأسعار. وقال بيان التضخم في البنك المركزي المصري إن "الضغوط تراجعت بشكل واضح".'
    expect(speakers(text)).toEqual(['organization:البنك-المركزي-المصري'])
  })
})

describe('a kind of state alone', () => {
  it('reads المملكة and السلطنة as the state of that kind the article names, else as a place of their own', () => {
    const saudi = extract('وأكد ولي العهد السعودي أن المملكة ماضية في خططها.').entities
    expect(saudi.filter((e) => e.kind === 'location').map((e) => [e.name, e.aliases])).toEqual([
      ['السعودية', ['المملكة']],
    ])
    const oman = extract('وزار الوزير سلطنة عمان أمس، وقال إن السلطنة حققت فائضاً.').entities
    expect(oman.find((e) => e.name === 'عُمان')?.aliases).toEqual(['سلطنة عمان', 'السلطنة'])
    expect(entityNames('وقال الوزير إن المملكة تواصل دعم الاقتصاد.', 'location')).toEqual(['المملكة'])
    expect(entityNames('وزار الوزير المملكة المتحدة أمس.', 'location')).toEqual(['بريطانيا'])
  })
})
