import { analyzeArticle, contentId, parseArticle, resolveOutlet } from '@marsad/core'

// A probe written for this purpose: a heading fused to its paragraph, a title and role, an alias, a quote with its
// speaker, a place, a district of the registered lists (`@marsad/core/places`: Node registers them, the Worker not),
// a date relative to publication, a plan year, an attribution, diacritics, a seated hamza, a rarer hamza alef (ٲ)
// and numbers, and page clutter around the body (breadcrumbs, a byline, a "read also" list, a copyright line):
// whatever the parser, the extractor or the analyser changes, some of it shows here.
const PROBE = {
  id: 'model-probe',
  title: 'وزيرة الصحة تفتتح مستشفى جديداً في إربد',
  source: { name: 'صحيفة الرصد' },
  publishedAt: '2025-01-15',
  text: `الرئيسية » أخبار » محليات
كتب: سامر الحمد
افتتحت وزيرة الصحة الأردنية هالة النمر أمس مستشفى جديداً في مدينة إربد بسعة 250 سريراً.افتتاح رسميوقالت النمر إن المستشفى «سيخدم أكثر من مليون مواطن في الشمال»، مضيفةً أن العمل بدأ في كانون الثاني/يناير 2023.
وبحسب وكالة الأنباء الرسمية، بلغت الكلفة 3.5 مليون دينار، وصُنعت أسرّته في بلدة عين ولمان الجزائرية. وٲكد مُحافظ إربد، أحد المسؤولين عن المشروع، أن الطرق المؤدية إلى المستشفى ستُوسَّع قريباً ضمن خطة الطرق لعام 2030.
اقرأ أيضاً
افتتاح جسر جديد في عمّان
© 2025 صحيفة الرصد`,
}

const OUTLET_PROBES = [
  { name: 'الجزيره نت' },
  { name: 'eremnews-fe-app-production.azurewebsites.net' },
  { url: 'https://www.reuters.com/world/' },
  { name: 'صحيفة الرصد', url: 'https://example.org/a' },
]

let fingerprint: string | undefined

/** 16 hex digits that change whenever what the core makes of an article changes. */
export function modelFingerprint(): string {
  if (fingerprint === undefined) {
    const article = parseArticle(PROBE)
    // Stored outlet names and keys come from the core's table of outlets: a change to it re-derives them too.
    const outlets = OUTLET_PROBES.map(resolveOutlet)
    fingerprint = contentId(JSON.stringify([article, analyzeArticle(article), outlets]))
  }
  return fingerprint
}
