import type { ArticleInput } from '@marsad/core'

// News-style articles written for the crash test: three events, each reported by several outlets, so that a batch
// writes search rows, entities and story links as real ingests do.
const EVENTS = [
  (n: number) =>
    `افتتح وزير النقل الطريق الدائري الجديد في عمّان صباح اليوم. وقال الوزير إن المشروع سيخفف الازدحام بنسبة ${n} في المئة.`,
  (n: number) =>
    `اجتمع مجلس إدارة البنك المركزي في القاهرة لبحث أسعار الفائدة. وقال المحافظ إن التضخم تراجع للشهر ${n} على التوالي.`,
  (n: number) =>
    `وصلت قافلة مساعدات إلى مدينة حلب تحمل ${n} طناً من الأغذية والأدوية. وأكد منسق الإغاثة «أن القافلة عبرت دون عوائق».`,
]
const OUTLETS = ['صحيفة الرصد', 'وكالة الخبر', 'إذاعة المدينة']

/** The articles of batch `b`: ids `crash-<b>-<i>`, the same for a batch whatever process makes them. */
export function crashBatch(b: number, size: number): ArticleInput[] {
  return Array.from({ length: size }, (_, i) => {
    const n = b * size + i
    return {
      id: `crash-${b}-${i}`,
      title: `تقرير رقم ${n}`,
      source: { name: OUTLETS[n % OUTLETS.length]! },
      publishedAt: `2025-04-${String((n % 28) + 1).padStart(2, '0')}`,
      text: EVENTS[n % EVENTS.length]!(n + 2),
    }
  })
}
