import type { ArticleInput } from '@marsad/core'

/**
 * A synthetic news corpus for the build benchmark: events (two countries' officials meet) reported by several
 * outlets, each outlet rewording the shared facts in its own way and adding facts of its own, some outlets
 * carrying another's wire copy word for word. Every sentence is a template written for this benchmark; names of
 * people and outlets are invented, countries and capitals are facts.
 */

type Country = { name: string; nisba: string; capital: string }

const countries: Country[] = [
  { name: 'مصر', nisba: 'المصري', capital: 'القاهرة' },
  { name: 'الأردن', nisba: 'الأردني', capital: 'عمّان' },
  { name: 'العراق', nisba: 'العراقي', capital: 'بغداد' },
  { name: 'السعودية', nisba: 'السعودي', capital: 'الرياض' },
  { name: 'الإمارات', nisba: 'الإماراتي', capital: 'أبوظبي' },
  { name: 'قطر', nisba: 'القطري', capital: 'الدوحة' },
  { name: 'الكويت', nisba: 'الكويتي', capital: 'الكويت' },
  { name: 'عُمان', nisba: 'العُماني', capital: 'مسقط' },
  { name: 'لبنان', nisba: 'اللبناني', capital: 'بيروت' },
  { name: 'سوريا', nisba: 'السوري', capital: 'دمشق' },
  { name: 'تونس', nisba: 'التونسي', capital: 'تونس' },
  { name: 'المغرب', nisba: 'المغربي', capital: 'الرباط' },
  { name: 'الجزائر', nisba: 'الجزائري', capital: 'الجزائر' },
  { name: 'السودان', nisba: 'السوداني', capital: 'الخرطوم' },
  { name: 'تركيا', nisba: 'التركي', capital: 'أنقرة' },
  { name: 'فرنسا', nisba: 'الفرنسي', capital: 'باريس' },
  { name: 'ألمانيا', nisba: 'الألماني', capital: 'برلين' },
  { name: 'اليابان', nisba: 'الياباني', capital: 'طوكيو' },
  { name: 'الصين', nisba: 'الصيني', capital: 'بكين' },
  { name: 'إسبانيا', nisba: 'الإسباني', capital: 'مدريد' },
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
]
const familyNames = ['الحداد', 'النجار', 'الخطيب', 'العطار', 'الزين', 'البدري', 'القاسم', 'السعدي', 'الرفاعي']
const ministries = ['وزير الخارجية', 'وزير الاقتصاد', 'وزير الطاقة', 'وزير التجارة', 'وزير النقل']
const topics = ['التعاون الاقتصادي', 'أمن الحدود', 'ملف المياه', 'مشاريع الطاقة المتجددة', 'التبادل التجاري']
const fields = ['الطاقة', 'الزراعة', 'النقل', 'الصحة', 'التعليم', 'السياحة', 'الاتصالات', 'الصناعة']
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

type Event = {
  a: Country
  b: Country
  p1: string
  p2: string
  role: string
  topic: string
  field1: string
  field2: string
  agreements: number
  value: number
  months: number
  years: number
  day: number
}

type Slots = Event & { role1: string; role2: string }

/** The preposition لـ joined to a name: لمصر، للأردن. */
const to = (name: string) => (name.startsWith('ال') ? `لل${name.slice(2)}` : `ل${name}`)

/** Each shared fact in several wordings; an outlet picks one wording per fact. */
const sharedFacts: ((e: Slots) => string)[][] = [
  [
    (e) => `التقى ${e.role1} ${e.p1} في ${e.a.capital} ${e.role2} ${e.p2}، لبحث ${e.topic} بين البلدين.`,
    (e) => `بحث ${e.role1} ${e.p1} مع ${e.role2} ${e.p2} في ${e.a.capital} ${e.topic}.`,
    (e) => `استقبل ${e.p1} في ${e.a.capital} نظيره ${e.p2} لمناقشة ${e.topic} بين ${e.a.name} و${e.b.name}.`,
  ],
  [
    (e) => `وقال ${e.p1} إن المحادثات كانت «صريحة ومثمرة».`,
    (e) => `وأكد ${e.p1} أن المحادثات كانت "مثمرة وبناءة".`,
  ],
  [
    (e) => `ووقّع الجانبان ${e.agreements} اتفاقيات في مجالات ${e.field1} و${e.field2}.`,
    (e) => `وأسفر اللقاء عن توقيع ${e.agreements} اتفاقيات تشمل ${e.field1} و${e.field2}.`,
  ],
  [
    (e) => `وتبلغ قيمة المشاريع المشتركة نحو ${e.value} مليون دولار، بحسب بيان رسمي.`,
    (e) => `وقدّر بيان مشترك قيمة المشاريع بنحو ${e.value} مليون دولار.`,
  ],
  [
    (e) => `وأعلن ${e.p2} أن لجنة مشتركة ستجتمع في ${e.b.capital} خلال ${e.months} أشهر.`,
    (e) => `ومن المقرر أن تعقد لجنة مشتركة اجتماعها الأول في ${e.b.capital} بعد ${e.months} أشهر.`,
  ],
  [
    () => 'ودعا الوزيران إلى تعزيز التنسيق في القضايا الإقليمية.',
    () => 'واتفق الطرفان على مواصلة التنسيق بشأن الملفات الإقليمية.',
  ],
]

/** Facts only one outlet adds. */
const ownFacts: ((e: Slots) => string)[] = [
  (e) => `وتأتي الزيارة بعد أشهر من التوتر بين البلدين بسبب خلافات حول ${e.topic}.`,
  (e) => `ويرى محللون أن الاتفاقيات الجديدة قد تفتح الباب أمام استثمارات أوسع في قطاع ${e.field1}.`,
  (e) => `وكانت ${e.a.name} و${e.b.name} قد وقعتا مذكرة تفاهم مماثلة قبل ${e.years} أعوام.`,
  (e) => `وشهدت ${e.a.capital} إجراءات أمنية مشددة خلال الزيارة.`,
  (e) => `ويعاني قطاع ${e.field2} في المنطقة من نقص في التمويل منذ سنوات.`,
  (e) => `وتحتل ${e.b.name} مرتبة متقدمة بين الشركاء التجاريين ${to(e.a.name)}.`,
  (e) => `وأشار ${e.p2} إلى أن وفداً من رجال الأعمال رافقه في الزيارة.`,
]

const titles: ((e: Slots) => string)[] = [
  (e) => `${e.a.name} و${e.b.name} تبحثان ${e.topic}`,
  (e) => `${e.agreements} اتفاقيات بين ${e.a.name} و${e.b.name}`,
  (e) => `لقاء ${e.a.nisba.slice(2)} ${e.b.nisba.slice(2)} في ${e.a.capital}`,
]

const headings = ['تفاصيل الاتفاقيات', 'خلفية اللقاء', 'الخطوات المقبلة']

/** mulberry32: a small seeded generator, so that the same size always gives the same corpus. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(list: readonly T[]) => list[int(list.length)]!
  return { next, int, pick }
}

const day0 = Date.UTC(2024, 0, 1)

/** `count` articles about `count / 4` events, deterministic for a given seed. */
export function generateCorpus(count: number, seed = 1): (ArticleInput & { id: string })[] {
  const r = random(seed)
  const person = () => `${r.pick(firstNames)} ${r.pick(familyNames)}`
  const articles: (ArticleInput & { id: string })[] = []
  const events = Math.max(1, Math.ceil(count / 4))
  for (let index = 0; articles.length < count; index++) {
    const a = r.pick(countries)
    let b = r.pick(countries)
    while (b === a) b = r.pick(countries)
    const role = r.pick(ministries)
    const event: Slots = {
      a,
      b,
      p1: person(),
      p2: person(),
      role,
      role1: `${role} ${a.nisba}`,
      role2: `${role} ${b.nisba}`,
      topic: r.pick(topics),
      field1: r.pick(fields),
      field2: r.pick(fields),
      // 3 to 10: the counted noun stays in the plural (اتفاقيات، أشهر، أعوام).
      agreements: 3 + r.int(8),
      value: 50 + 10 * r.int(90),
      months: 3 + r.int(7),
      years: 3 + r.int(7),
      // Events spread over two years whatever the size, so that the same pair of countries meets again later.
      day: Math.floor((index * 730) / events),
    }
    const reports = 1 + r.int(6)
    const written: { text: string; outlet: string }[] = []
    const used = new Set<string>()
    for (let report = 0; report < reports && articles.length < count; report++) {
      let outlet = r.pick(outlets)
      while (used.has(outlet) && used.size < outlets.length) outlet = r.pick(outlets)
      used.add(outlet)
      let text: string
      if (written.length > 0 && r.next() < 0.1) {
        text = r.pick(written).text
      } else {
        const sentences = sharedFacts.filter(() => r.next() < 0.8).map((wordings) => r.pick(wordings)(event))
        const own = [...ownFacts].sort(() => r.next() - 0.5).slice(0, 1 + r.int(3))
        const paragraphs: string[] = []
        const all = [...sentences, ...own.map((fact) => fact(event))]
        const unused = [...headings].sort(() => r.next() - 0.5)
        for (let at = 0; at < all.length; at += 2) {
          if (at > 0 && unused.length > 0 && r.next() < 0.25) paragraphs.push(unused.pop()!)
          paragraphs.push(all.slice(at, at + 2).join(' '))
        }
        text = paragraphs.join('\n')
      }
      written.push({ text, outlet })
      const hour = 6 + r.int(16)
      const date = new Date(day0 + (event.day + r.int(2)) * 86_400_000 + hour * 3_600_000)
      articles.push({
        id: `gen-${String(articles.length).padStart(6, '0')}`,
        title: r.pick(titles)(event),
        source: { name: outlet },
        publishedAt: date.toISOString(),
        text,
      })
    }
  }
  return articles
}
