import type { ArticleInput } from '@marsad/core'

/**
 * A synthetic news corpus for the build benchmark: events of several kinds (officials meet, a football match, an
 * earthquake, a company's results, a municipal election) each reported by one to six outlets. Every outlet rewords
 * the shared facts in its own way and adds facts of its own; some carry another's wire copy word for word. Every
 * sentence is a template written for this benchmark; people, teams, companies and outlets are invented, countries
 * and cities are facts.
 */

type Country = { name: string; nisba: string; capital: string; city: string }

const countries: Country[] = [
  { name: 'مصر', nisba: 'المصري', capital: 'القاهرة', city: 'الإسكندرية' },
  { name: 'الأردن', nisba: 'الأردني', capital: 'عمّان', city: 'إربد' },
  { name: 'العراق', nisba: 'العراقي', capital: 'بغداد', city: 'البصرة' },
  { name: 'السعودية', nisba: 'السعودي', capital: 'الرياض', city: 'جدة' },
  { name: 'الإمارات', nisba: 'الإماراتي', capital: 'أبوظبي', city: 'دبي' },
  { name: 'قطر', nisba: 'القطري', capital: 'الدوحة', city: 'الخور' },
  { name: 'الكويت', nisba: 'الكويتي', capital: 'الكويت', city: 'الجهراء' },
  { name: 'عُمان', nisba: 'العُماني', capital: 'مسقط', city: 'صلالة' },
  { name: 'لبنان', nisba: 'اللبناني', capital: 'بيروت', city: 'طرابلس' },
  { name: 'سوريا', nisba: 'السوري', capital: 'دمشق', city: 'حلب' },
  { name: 'تونس', nisba: 'التونسي', capital: 'تونس', city: 'صفاقس' },
  { name: 'المغرب', nisba: 'المغربي', capital: 'الرباط', city: 'الدار البيضاء' },
  { name: 'الجزائر', nisba: 'الجزائري', capital: 'الجزائر', city: 'وهران' },
  { name: 'السودان', nisba: 'السوداني', capital: 'الخرطوم', city: 'بورتسودان' },
  { name: 'اليمن', nisba: 'اليمني', capital: 'صنعاء', city: 'عدن' },
  { name: 'ليبيا', nisba: 'الليبي', capital: 'طرابلس', city: 'بنغازي' },
  { name: 'تركيا', nisba: 'التركي', capital: 'أنقرة', city: 'إسطنبول' },
  { name: 'فرنسا', nisba: 'الفرنسي', capital: 'باريس', city: 'مرسيليا' },
  { name: 'ألمانيا', nisba: 'الألماني', capital: 'برلين', city: 'ميونخ' },
  { name: 'اليابان', nisba: 'الياباني', capital: 'طوكيو', city: 'أوساكا' },
  { name: 'الصين', nisba: 'الصيني', capital: 'بكين', city: 'شنغهاي' },
  { name: 'إسبانيا', nisba: 'الإسباني', capital: 'مدريد', city: 'برشلونة' },
]

const firstNames = [
  'سامر',
  'خالد',
  'ناصر',
  'يوسف',
  'عمر',
  'طارق',
  'كريم',
  'فيصل',
  'زياد',
  'وائل',
  'بسام',
  'مازن',
  'رامي',
  'هشام',
  'جمال',
  'عادل',
  'نبيل',
  'حسام',
  'أنس',
  'ماهر',
  'غسان',
  'صالح',
  'نزار',
  'إياد',
  'منذر',
  'باسل',
]
const familyNames = [
  'الحداد',
  'النجار',
  'الخطيب',
  'العطار',
  'الزين',
  'البدري',
  'القاسم',
  'السعدي',
  'الرفاعي',
  'الجابري',
  'الفارس',
  'الصباغ',
  'الأيوبي',
  'العمري',
  'الحلبي',
  'الدباغ',
  'الشريف',
  'المحمود',
  'الطحان',
  'السقا',
  'الخياط',
  'البيطار',
]
const outlets = [
  'صحيفة الرصد',
  'موقع الخبر اليوم',
  'وكالة الأنباء المستقلة',
  'قناة المشرق',
  'صحيفة الفجر الجديد',
  'موقع المدار',
  'شبكة الضفة',
  'صحيفة البيان اليومي',
]

/** The preposition لـ joined to a name: لمصر، للأردن. */
const to = (name: string) => (name.startsWith('ال') ? `لل${name.slice(2)}` : `ل${name}`)

// Counts of 3 to 10 keep their noun in the plural (اتفاقيات، أشهر، قتلى); larger ones take the singular.
type Random = { next: () => number; int: (max: number) => number; pick: <T>(list: readonly T[]) => T }
type Slots = Record<string, string>
type Template = (s: Slots) => string

/** One kind of event: how to draw its details, its facts in several wordings, facts one outlet adds, titles. */
type Family = {
  slots: (r: Random, person: () => string) => Slots
  shared: Template[][]
  own: Template[]
  titles: Template[]
  headings: string[]
}

const place = (r: Random) => {
  const a = r.pick(countries)
  let b = r.pick(countries)
  while (b === a) b = r.pick(countries)
  return { a, b }
}

const families: Family[] = [
  {
    slots: (r, person) => {
      const { a, b } = place(r)
      const role = r.pick(['وزير الخارجية', 'وزير الاقتصاد', 'وزير الطاقة', 'وزير التجارة', 'وزير النقل'])
      const fields = ['الطاقة', 'الزراعة', 'النقل', 'الصحة', 'التعليم', 'السياحة', 'الاتصالات', 'الصناعة']
      return {
        a: a.name,
        b: b.name,
        aTo: to(a.name),
        capA: a.capital,
        capB: b.capital,
        adjA: a.nisba.slice(2),
        adjB: b.nisba.slice(2),
        p1: person(),
        p2: person(),
        role1: `${role} ${a.nisba}`,
        role2: `${role} ${b.nisba}`,
        topic: r.pick([
          'التعاون الاقتصادي',
          'أمن الحدود',
          'ملف المياه',
          'مشاريع الطاقة المتجددة',
          'التبادل التجاري',
        ]),
        f1: r.pick(fields),
        f2: r.pick(fields),
        n: String(3 + r.int(8)),
        value: String(50 + 10 * r.int(90)),
        months: String(3 + r.int(7)),
        years: String(3 + r.int(7)),
      }
    },
    shared: [
      [
        (s) => `التقى ${s.role1} ${s.p1} في ${s.capA} ${s.role2} ${s.p2}، لبحث ${s.topic} بين البلدين.`,
        (s) => `بحث ${s.role1} ${s.p1} مع ${s.role2} ${s.p2} في ${s.capA} ${s.topic}.`,
        (s) => `استقبل ${s.p1} في ${s.capA} نظيره ${s.p2} لمناقشة ${s.topic} بين ${s.a} و${s.b}.`,
      ],
      [
        (s) => `وقال ${s.p1} إن المحادثات كانت «صريحة ومثمرة».`,
        (s) => `وأكد ${s.p1} أن المحادثات كانت "مثمرة وبناءة".`,
      ],
      [
        (s) => `ووقّع الجانبان ${s.n} اتفاقيات في مجالات ${s.f1} و${s.f2}.`,
        (s) => `وأسفر اللقاء عن توقيع ${s.n} اتفاقيات تشمل ${s.f1} و${s.f2}.`,
      ],
      [
        (s) => `وتبلغ قيمة المشاريع المشتركة نحو ${s.value} مليون دولار، بحسب بيان رسمي.`,
        (s) => `وقدّر بيان مشترك قيمة المشاريع بنحو ${s.value} مليون دولار.`,
      ],
      [
        (s) => `وأعلن ${s.p2} أن لجنة مشتركة ستجتمع في ${s.capB} خلال ${s.months} أشهر.`,
        (s) => `ومن المقرر أن تعقد لجنة مشتركة اجتماعها الأول في ${s.capB} بعد ${s.months} أشهر.`,
      ],
    ],
    own: [
      (s) => `وتأتي الزيارة بعد أشهر من التوتر بين البلدين بسبب خلافات حول ${s.topic}.`,
      (s) => `ويرى محللون أن الاتفاقيات الجديدة قد تفتح الباب أمام استثمارات أوسع في قطاع ${s.f1}.`,
      (s) => `وكانت ${s.a} و${s.b} قد وقعتا مذكرة تفاهم مماثلة قبل ${s.years} أعوام.`,
      (s) => `وشهدت ${s.capA} إجراءات أمنية مشددة خلال الزيارة.`,
      (s) => `وتحتل ${s.b} مرتبة متقدمة بين الشركاء التجاريين ${s.aTo}.`,
      (s) => `وأشار ${s.p2} إلى أن وفداً من رجال الأعمال رافقه في الزيارة.`,
    ],
    titles: [
      (s) => `${s.a} و${s.b} تبحثان ${s.topic}`,
      (s) => `${s.n} اتفاقيات بين ${s.a} و${s.b}`,
      (s) => `لقاء ${s.adjA} ${s.adjB} في ${s.capA}`,
    ],
    headings: ['تفاصيل الاتفاقيات', 'خلفية اللقاء', 'الخطوات المقبلة'],
  },
  {
    slots: (r, person) => {
      const { a } = place(r)
      const clubs = [
        'النجوم',
        'الاتحاد',
        'الشباب',
        'الوحدة',
        'الأمل',
        'الفتح',
        'النهضة',
        'الرائد',
        'الساحل',
        'الجيل',
      ]
      const home = r.pick(clubs)
      let away = r.pick(clubs)
      while (away === home) away = r.pick(clubs)
      const goalsHome = 1 + r.int(4)
      return {
        home: `نادي ${home}`,
        away: `نادي ${away}`,
        city: a.city,
        country: a.name,
        g1: String(goalsHome),
        g2: String(r.int(goalsHome)),
        scorer: person(),
        coach: person(),
        minute: String(10 + r.int(80)),
        round: String(3 + r.int(25)),
        fans: String(10 + r.int(40)),
        points: String(20 + r.int(40)),
      }
    },
    shared: [
      [
        (s) =>
          `فاز ${s.home} على ضيفه ${s.away} بنتيجة ${s.g1} مقابل ${s.g2} في المرحلة ${s.round} من الدوري.`,
        (s) => `حقق ${s.home} فوزاً على ${s.away} ${s.g1}-${s.g2} ضمن منافسات المرحلة ${s.round} من الدوري.`,
      ],
      [
        (s) => `وسجل ${s.scorer} هدف التقدم في الدقيقة ${s.minute}.`,
        (s) => `وافتتح ${s.scorer} التسجيل في الدقيقة ${s.minute} من عمر المباراة.`,
      ],
      [
        (s) => `وأقيمت المباراة في ملعب ${s.city} بحضور نحو ${s.fans} ألف متفرج.`,
        (s) => `واحتشد قرابة ${s.fans} ألف مشجع في مدرجات ملعب ${s.city}.`,
      ],
      [
        (s) => `وقال مدرب الفريق ${s.coach} إن لاعبيه "قدموا مباراة كبيرة".`,
        (s) => `وأكد ${s.coach} مدرب ${s.home} أن فريقه «قدّم أداء كبيراً».`,
      ],
      [
        (s) => `ورفع ${s.home} رصيده إلى ${s.points} نقطة.`,
        (s) => `وبهذا الفوز وصل رصيد ${s.home} إلى ${s.points} نقطة في جدول الترتيب.`,
      ],
    ],
    own: [
      (s) => `وغاب عن ${s.away} عدد من لاعبيه الأساسيين بسبب الإصابة.`,
      (s) => `وهذا الفوز الثالث على التوالي ${to(s.home)} في الدوري.`,
      (s) => `وطالبت جماهير ${s.away} بإقالة الجهاز الفني بعد المباراة.`,
      (s) => `ويستعد ${s.home} لمواجهة صعبة في كأس ${s.country} الأسبوع المقبل.`,
      (s) => `وأدار اللقاء طاقم تحكيم من ${s.country}.`,
    ],
    titles: [
      (s) => `${s.home} يتغلب على ${s.away}`,
      (s) => `فوز ${s.home} ${s.g1}-${s.g2} على ${s.away}`,
      (s) => `${s.scorer} يقود ${s.home} إلى الفوز`,
    ],
    headings: ['أجواء المباراة', 'تصريحات', 'الترتيب'],
  },
  {
    slots: (r) => {
      const { a } = place(r)
      return {
        country: a.name,
        city: a.city,
        magnitude: `${4 + r.int(3)}.${r.int(10)}`,
        km: String(10 + r.int(60)),
        dead: String(3 + r.int(8)),
        hurt: String(20 + r.int(200)),
        houses: String(30 + r.int(400)),
        depth: String(3 + r.int(8)),
      }
    },
    shared: [
      [
        (s) =>
          `ضرب زلزال بقوة ${s.magnitude} درجة منطقة تبعد ${s.km} كيلومتراً عن مدينة ${s.city} في ${s.country}.`,
        (s) => `هزّ زلزال قوته ${s.magnitude} درجة على مقياس ريختر محيط مدينة ${s.city}.`,
      ],
      [
        (s) => `وأفادت السلطات بمقتل ${s.dead} أشخاص وإصابة ${s.hurt} آخرين.`,
        (s) => `وأسفر الزلزال عن سقوط ${s.dead} قتلى و${s.hurt} جريحاً، وفق حصيلة رسمية.`,
      ],
      [
        (s) => `وتضرر نحو ${s.houses} منزلاً في القرى القريبة من مركز الهزة.`,
        (s) => `وأحصت فرق الدفاع المدني أضراراً في ${s.houses} منزلاً.`,
      ],
      [
        (s) => `وقال مرصد الزلازل إن الهزة وقعت على عمق ${s.depth} كيلومترات.`,
        (s) => `وحدد المرصد الوطني عمق الزلزال بـ${s.depth} كيلومترات.`,
      ],
      [
        () => 'وهرعت فرق الإنقاذ إلى المناطق المتضررة لانتشال العالقين.',
        () => 'ودفعت السلطات بفرق إنقاذ إلى المنطقة للبحث عن ناجين.',
      ],
    ],
    own: [
      (s) => `وشعر سكان ${s.city} بالهزة وخرج كثيرون منهم إلى الشوارع.`,
      () => 'وتبع الزلزال عدد من الهزات الارتدادية الخفيفة.',
      () => 'وأعلنت وزارة الصحة حالة الطوارئ في المستشفيات القريبة.',
      () => 'وعلقت المدارس الدراسة في المنطقة ليومين.',
      (s) => `ولم تشهد ${s.country} زلزالاً بهذه القوة منذ سنوات.`,
    ],
    titles: [
      (s) => `زلزال بقوة ${s.magnitude} يضرب قرب ${s.city}`,
      (s) => `قتلى وجرحى في زلزال ${s.city}`,
      (s) => `هزة أرضية في ${s.country}`,
    ],
    headings: ['الحصيلة', 'جهود الإنقاذ'],
  },
  {
    slots: (r, person) => {
      const { a } = place(r)
      const company = `شركة ${r.pick(['الأفق', 'المستقبل', 'الرواد', 'الواحة', 'الينابيع', 'الصخرة', 'المنارة'])} ${r.pick(['للاتصالات', 'للإسمنت', 'للطيران', 'للتأمين', 'للأغذية', 'للبتروكيماويات'])}`
      return {
        company,
        country: a.name,
        city: a.capital,
        profit: String(20 + r.int(500)),
        growth: String(2 + r.int(30)),
        quarter: r.pick(['الأول', 'الثاني', 'الثالث', 'الرابع']),
        ceo: person(),
        dividend: String(5 + r.int(20)),
        jobs: String(100 + r.int(900)),
      }
    },
    shared: [
      [
        (s) => `أعلنت ${s.company} تحقيق أرباح صافية بلغت ${s.profit} مليون دولار في الربع ${s.quarter}.`,
        (s) =>
          `سجلت ${s.company} أرباحاً صافية قدرها ${s.profit} مليون دولار خلال الربع ${s.quarter} من العام.`,
      ],
      [
        (s) => `وارتفعت إيرادات الشركة بنسبة ${s.growth} في المئة مقارنة بالفترة نفسها من العام الماضي.`,
        (s) => `ونمت الإيرادات ${s.growth} في المئة على أساس سنوي.`,
      ],
      [
        (s) => `وقال الرئيس التنفيذي ${s.ceo} إن النتائج "تعكس متانة خطة التوسع".`,
        (s) => `وأكد ${s.ceo} أن النتائج «تؤكد متانة خطة التوسع».`,
      ],
      [
        (s) => `وأوصى مجلس الإدارة بتوزيع أرباح نقدية بنسبة ${s.dividend} في المئة.`,
        (s) => `وقرر مجلس الإدارة اقتراح توزيع ${s.dividend} في المئة أرباحاً نقدية على المساهمين.`,
      ],
    ],
    own: [
      (s) => `وتخطط الشركة لتوظيف ${s.jobs} موظف جديد خلال العام المقبل.`,
      (s) => `وصعد سهم الشركة في بورصة ${s.city} عقب إعلان النتائج.`,
      () => 'ويتوقع محللون أن يتباطأ النمو في النصف الثاني بسبب ارتفاع تكاليف التمويل.',
      (s) => `وتعد الشركة من أكبر الشركات المدرجة في ${s.country}.`,
    ],
    titles: [
      (s) => `أرباح ${s.company} ترتفع في الربع ${s.quarter}`,
      (s) => `${s.company}: ${s.profit} مليون دولار أرباحاً`,
    ],
    headings: ['توزيعات الأرباح', 'الخطط المقبلة'],
  },
  {
    slots: (r, person) => {
      const { a } = place(r)
      return {
        city: a.city,
        country: a.name,
        turnout: String(20 + r.int(50)),
        list: `قائمة ${r.pick(['التنمية', 'الكرامة', 'الغد', 'الوفاق', 'البناء', 'المدينة'])}`,
        seats: String(3 + r.int(8)),
        total: String(16 + r.int(10)),
        head: person(),
        candidates: String(40 + r.int(200)),
      }
    },
    shared: [
      [
        (s) => `أعلنت لجنة الانتخابات فوز ${s.list} بـ${s.seats} مقاعد في المجلس البلدي لمدينة ${s.city}.`,
        (s) => `حصدت ${s.list} ${s.seats} مقاعد من أصل ${s.total} في انتخابات بلدية ${s.city}.`,
      ],
      [
        (s) => `وبلغت نسبة المشاركة ${s.turnout} في المئة، بحسب الأرقام الرسمية.`,
        (s) => `وقدّرت اللجنة نسبة الإقبال بنحو ${s.turnout} في المئة من الناخبين المسجلين.`,
      ],
      [
        (s) => `وقال رئيس اللجنة ${s.head} إن العملية الانتخابية جرت "في أجواء هادئة".`,
        (s) => `ووصف ${s.head} رئيس لجنة الانتخابات الاقتراع بأنه جرى «في أجواء هادئة».`,
      ],
      [
        (s) => `وتنافس ${s.candidates} مرشحاً على ${s.total} مقعداً.`,
        (s) => `وخاض السباق ${s.candidates} مرشحاً للفوز بمقاعد المجلس.`,
      ],
    ],
    own: [
      () => 'وتقدمت قوائم منافسة بطعون في نتائج عدد من مراكز الاقتراع.',
      (s) => `وهذه أول انتخابات بلدية تشهدها ${s.city} منذ سنوات.`,
      () => 'وانتشرت قوات الأمن قرب مراكز التصويت طوال اليوم.',
      () => 'ودعت منظمات محلية إلى رفع نسبة مشاركة النساء في الدورات المقبلة.',
    ],
    titles: [(s) => `${s.list} تتصدر انتخابات ${s.city}`, (s) => `نتائج الانتخابات البلدية في ${s.city}`],
    headings: ['النتائج', 'ردود الفعل'],
  },
]

/** mulberry32: a small seeded generator, so that the same size always gives the same corpus. */
function random(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  return { next, int, pick: (list) => list[int(list.length)]! }
}

const day0 = Date.UTC(2023, 0, 1)
/** About three events a day, as a small news desk would see: the corpus spans longer as it grows. */
const EVENTS_PER_DAY = 3

/** `count` articles about `count / 3.5` events, deterministic for a given seed. */
export function generateCorpus(count: number, seed = 1): (ArticleInput & { id: string })[] {
  const r = random(seed)
  const person = () => `${r.pick(firstNames)} ${r.pick(familyNames)}`
  const articles: (ArticleInput & { id: string })[] = []
  for (let event = 0; articles.length < count; event++) {
    const family = r.pick(families)
    const slots = family.slots(r, person)
    const day = Math.floor(event / EVENTS_PER_DAY)
    const reports = 1 + r.int(6)
    const written: string[] = []
    const used = new Set<string>()
    for (let report = 0; report < reports && articles.length < count; report++) {
      let outlet = r.pick(outlets)
      while (used.has(outlet)) outlet = r.pick(outlets)
      used.add(outlet)
      let text: string
      if (written.length > 0 && r.next() < 0.1) {
        text = r.pick(written)
      } else {
        const sentences = family.shared
          .filter(() => r.next() < 0.85)
          .map((wordings) => r.pick(wordings)(slots))
        const own = [...family.own].sort(() => r.next() - 0.5).slice(0, 1 + r.int(3))
        const all = [...sentences, ...own.map((fact) => fact(slots))]
        const unused = [...family.headings].sort(() => r.next() - 0.5)
        const paragraphs: string[] = []
        for (let at = 0; at < all.length; at += 2) {
          if (at > 0 && unused.length > 0 && r.next() < 0.25) paragraphs.push(unused.pop()!)
          paragraphs.push(all.slice(at, at + 2).join(' '))
        }
        text = paragraphs.join('\n')
      }
      written.push(text)
      const hours = 6 + r.int(40)
      articles.push({
        id: `gen-${String(articles.length).padStart(6, '0')}`,
        title: r.pick(family.titles)(slots),
        source: { name: outlet },
        publishedAt: new Date(day0 + day * 86_400_000 + hours * 3_600_000).toISOString(),
        text,
      })
    }
  }
  return articles
}
