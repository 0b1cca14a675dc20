import type { ArticleInput } from '@marsad/core'

// Articles written for these tests in news style; none is taken from a real outlet.

export const WATER: ArticleInput = {
  id: 'water-amman',
  title: 'خطة طارئة لإصلاح شبكات المياه في عمّان',
  source: { name: 'صحيفة الرصد', url: 'https://example.org/water' },
  publishedAt: '2025-03-02',
  text: `عقد وزير المياه اجتماعاً موسعاً في عمّان مع ممثلي البلديات لبحث أزمة شح المياه في المدن الكبرى.
وقال الوزير إن الحكومة ستطلق خطة طارئة لإصلاح شبكات التوزيع قبل حلول الصيف، مضيفاً أن الخطة تشمل 40 بلدية.
وأشار إلى أن المحادثات مع الجهات المانحة ما زالت جارية لتأمين التمويل اللازم.`,
}

export const TALKS: ArticleInput = {
  id: 'talks-geneva',
  title: 'استئناف المفاوضات في جنيف',
  source: { name: 'وكالة الخبر' },
  publishedAt: '2025-03-05T09:30:00+03:00',
  text: `استأنف الوفدان في جنيف جولة جديدة من المفاوضات بعد توقف دام شهرين.
وقال المبعوث الأممي إن الأجواء كانت «إيجابية وعملية»، مشيراً إلى أن الطرفين اتفقا على جدول أعمال من خمس نقاط.
ويأمل المراقبون أن تفضي والمفاوضات الجارية إلى اتفاق لوقف إطلاق النار قبل نهاية الشهر.`,
}

export const HARAKAT: ArticleInput = {
  id: 'harakat',
  title: 'لقاء في البلدية',
  source: { name: 'صحيفة الرصد' },
  publishedAt: '2025-02-20',
  text: `اِسْتَقْبَلَ رَئِيسُ البَلَدِيَّةِ الدُّكْتُورَ مُحَمَّدَ الأَسَدِ فِي مَكْتَبِهِ صَبَاحَ اليَوْمِ.
وبحث الجانبان مشروع توسعة الحديقة العامة وسط المدينة.`,
}

export const UNDATED: ArticleInput = {
  id: 'undated-market',
  text: `شهدت أسواق الخضار إقبالاً كبيراً مع بداية الموسم الزراعي. وقال تجار إن الأسعار تراجعت بنسبة 15 في المئة.`,
}

export const ALL = [WATER, TALKS, HARAKAT, UNDATED]

/** Queries in FTS5's syntax or aimed at SQL: both runtimes must answer each as plain text. */
export const HOSTILE_QUERIES = [
  '"',
  '""',
  'NEAR(سوريا روسيا, 2)',
  'سوريا*',
  '* OR 1=1',
  "'; DROP TABLE articles; --",
  'title:سوريا',
  '^سوريا',
  '(سوريا',
  'AND OR NOT',
  '{title body}: x',
  '\u0000',
]
