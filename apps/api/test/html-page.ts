/** A news page written for the tests (no third-party text): a menu, the article with a subheading, related links. */
export const PAGE_URL = 'https://alwadi-news.example/news/2025/10/bridge?utm_source=feed'
export const PAGE_CANONICAL = 'https://alwadi-news.example/news/2025/10/bridge'

export function newsPage(extra = ''): string {
  return `<!doctype html><html lang="ar"><head><meta charset="utf-8">
<title>افتتاح جسر الوادي الجديد | صحيفة الوادي</title>
<meta property="og:site_name" content="صحيفة الوادي">
<meta property="article:published_time" content="2025-10-12T21:40:00+03:00">
<link rel="canonical" href="/news/2025/10/bridge"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/local">محليات</a></nav>
<article><h1>افتتاح جسر الوادي الجديد</h1>
<div class="entry-content">
<p>افتتح رئيس بلدية الوادي، صباح الأحد، الجسر الجديد فوق النهر بعد عامين من العمل المتواصل.</p>
<h2>خطة النقل</h2>
<p>وقال رئيس البلدية إن «الجسر سيخفف الزحام عن وسط المدينة» ويختصر الطريق إلى المنطقة الصناعية.${extra}</p>
<ul class="related"><li><a href="/a1">البلدية تعلن مواعيد إغلاق الطريق القديم خلال أعمال الصيانة</a></li></ul>
</div></article>
<footer>جميع الحقوق محفوظة © 2025 صحيفة الوادي</footer></body></html>`
}
