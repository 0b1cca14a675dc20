import type { ArticleInput } from '@marsad/core'

// A news-like corpus of any size, recombined from sentences written for this benchmark. A seeded generator makes
// every run search the same articles.

const PEOPLE = [
  'سامر الخطيب',
  'ليلى منصور',
  'يوسف الحداد',
  'نادية العلي',
  'كريم عبد الله',
  'هدى السالم',
  'طارق النجار',
  'رنا الأحمد',
  'مازن الشامي',
  'سلمى القاسم',
  'عمر الزين',
  'دينا الخوري',
  'فراس العمري',
  'جمانة حداد',
]
const ROLES = [
  'وزير الخارجية',
  'وزيرة الصحة',
  'رئيس البلدية',
  'المتحدث باسم الحكومة',
  'مدير الميناء',
  'رئيس اللجنة الاقتصادية',
  'وزير الطاقة',
  'محافظ البنك المركزي',
  'نقيب المهندسين',
  'مديرة التعليم',
]
const PLACES = [
  'عمّان',
  'بيروت',
  'دمشق',
  'القاهرة',
  'تونس',
  'الرباط',
  'بغداد',
  'الدوحة',
  'حلب',
  'صيدا',
  'إربد',
  'الإسكندرية',
  'طرابلس',
  'نابلس',
  'الموصل',
  'وهران',
]
const TOPICS = [
  'المياه',
  'الطاقة',
  'التعليم',
  'النقل',
  'الصحة',
  'الزراعة',
  'السياحة',
  'الإسكان',
  'الموانئ',
  'الاتصالات',
]
const ORGS = [
  'الأمم المتحدة',
  'جامعة الدول العربية',
  'البنك الدولي',
  'الصليب الأحمر',
  'منظمة الصحة العالمية',
  'الاتحاد الأوروبي',
]
const OUTLETS = ['صحيفة الرصد', 'وكالة الخبر', 'موقع المشهد', 'إذاعة الصباح', 'قناة الأفق', 'نشرة الاقتصاد']

const SENTENCES = [
  'أعلن {role} {person} في {place} عن خطة جديدة لقطاع {topic} تمتد على {n} سنوات.',
  'وقال {person} إن الحكومة ستخصص {n} مليون دولار لدعم مشاريع {topic} في المناطق الريفية.',
  'وأشار إلى أن المفاوضات مع {org} ما زالت جارية بشأن تمويل المرحلة الثانية من المشروع.',
  'وأكد {role} أن العمل سيبدأ خلال الأسابيع المقبلة في {place} وضواحيها.',
  'ويأتي الإعلان بعد أشهر من الانتقادات التي وجهها سكان {place} لتردي خدمات {topic}.',
  'وبحسب بيان صادر عن {org}، فإن الدعم يشمل تدريب {n} موظف على أنظمة حديثة.',
  'من جهتها، رحبت {org} بالخطوة ووصفتها بأنها «بداية جادة لإصلاح طال انتظاره».',
  'وشهدت {place} خلال الصيف الماضي انقطاعات متكررة دفعت البلدية إلى إعلان حالة الطوارئ.',
  'ولفت {person} إلى أن نسبة الإنجاز في مشاريع {topic} بلغت {n} في المئة حتى الآن.',
  'وطالب نواب في البرلمان بنشر تفاصيل العقود الموقعة مع الشركات المنفذة.',
  'وكان {role} قد زار {place} الأسبوع الماضي واجتمع بممثلي القطاع الخاص.',
  'وتتوقع الحكومة أن يوفر المشروع نحو {n} فرصة عمل مباشرة للشباب.',
  'في المقابل، حذر خبراء من أن الخطة تفتقر إلى جدول زمني واضح وآليات للرقابة.',
  'وأضاف {person} أن {org} أبدت استعدادها لتقديم خبرات فنية إضافية.',
  'وتعاني {place} منذ سنوات من ضعف البنية التحتية ونقص الاستثمارات في {topic}.',
  'وشدد {role} على أن الأولوية ستكون للأحياء الأكثر فقراً والمناطق الحدودية.',
  'واعتبر مراقبون أن المفاوضات الجارية قد تفضي إلى اتفاق شامل قبل نهاية العام.',
  'وأوضح البيان أن اللجنة المشتركة ستعقد اجتماعها المقبل في {place} بحضور ممثلين عن {org}.',
  'وقالت مصادر مطلعة إن الخلاف يتركز على توزيع التكاليف بين الحكومة والبلديات.',
  'وتمنى {person} أن تسهم المبادرة في تحسين حياة المواطنين في {place} ومحيطها.',
]
const TITLES = [
  'خطة جديدة لقطاع {topic} في {place}',
  '{org} تدعم مشاريع {topic}',
  '{role} يعلن إصلاحات في {place}',
  'مفاوضات حول تمويل {topic}',
  'انتقادات لتأخر مشاريع {topic} في {place}',
]

/** mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The `index`-th article of the corpus: the same for the same index, whatever the corpus size. */
export function benchArticle(index: number): ArticleInput {
  const next = random(index * 2654435761 + 17)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!
  const fill = (template: string) =>
    template
      .replaceAll('{person}', () => pick(PEOPLE))
      .replaceAll('{role}', () => pick(ROLES))
      .replaceAll('{place}', () => pick(PLACES))
      .replaceAll('{topic}', () => pick(TOPICS))
      .replaceAll('{org}', () => pick(ORGS))
      .replaceAll('{n}', () => String(2 + Math.floor(next() * 400)))
  const sentences = Array.from({ length: 5 + Math.floor(next() * 5) }, () => fill(pick(SENTENCES)))
  const paragraphs: string[] = []
  for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '))
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 730) * 86_400_000)
  return {
    id: `bench-${index}`,
    title: fill(pick(TITLES)),
    source: { name: pick(OUTLETS) },
    publishedAt: day.toISOString().slice(0, 10),
    text: paragraphs.join('\n'),
  }
}

/** What readers search for: names, places, topics, phrases, common and rare words. */
export const BENCH_QUERIES = [
  'المياه',
  'الطاقة عمان',
  '"وزير الخارجية"',
  'الأمم المتحدة',
  'ليلى منصور',
  'مفاوضات',
  'البنية التحتية حلب',
  'فرصة عمل للشباب',
  'الاتحاد الاوروبي الموانئ',
  'انقطاعات الطوارئ',
  'محافظ البنك المركزي',
  'العقود الموقعة',
]
