import { encodeSingleByte } from '@marsad/web/testing'
import type { Route } from './feed-server.ts'

// A small Arabic news site of our own, for the poller's tests and the feeds demo: feeds in RSS 2.0, Atom and
// RDF, news pages, and the ways sites go wrong (broken XML, windows-1256, redirects and loops, a huge page, a
// page robots.txt keeps crawlers from). Every text here was written for Marsad.

export const OUTLET = 'نشرة المرصد التجريبية'

interface Story {
  path: string
  title: string
  date: string
  paragraphs: string[]
}

export const STORIES: Story[] = [
  {
    path: '/ar/news/bridge.html',
    title: 'افتتاح جسر جديد فوق النهر يربط ضفتي المدينة',
    date: '2026-12-05T09:30:00+03:00',
    paragraphs: [
      'افتتحت بلدية المدينة صباح السبت جسراً جديداً فوق النهر يربط الضفة الشرقية بالضفة الغربية بعد ثلاث سنوات من العمل.',
      'وقال رئيس البلدية سامر الحداد في كلمة خلال الافتتاح إن الجسر سيختصر زمن التنقل بين الضفتين إلى عشر دقائق.',
      'ويبلغ طول الجسر ستمئة متر، ويضم مساراً للدراجات وممرين للمشاة على جانبيه.',
      'وأضاف الحداد أن البلدية ستفتح الجسر أمام الحافلات مطلع الشهر المقبل بعد استكمال الإشارات.',
    ],
  },
  {
    path: '/ar/news/rain.html',
    title: 'الأمطار تعود إلى الساحل بعد أسابيع من الجفاف',
    date: '2026-12-04T18:10:00+03:00',
    paragraphs: [
      'هطلت أمطار غزيرة مساء الجمعة على المدن الساحلية بعد أسابيع من الجفاف أثرت في المحاصيل الشتوية.',
      'وقالت هيئة الأرصاد في بيان إن الأمطار ستستمر حتى صباح الأحد مع انخفاض ملحوظ في درجات الحرارة.',
      'ودعت الهيئة السائقين إلى الحذر على الطرق الجبلية بسبب تجمع المياه في المنعطفات.',
    ],
  },
  {
    path: '/ar/economy/budget.html',
    title: 'وزيرة المالية تعرض مشروع موازنة العام المقبل على البرلمان',
    date: '2026-12-03T11:00:00+03:00',
    paragraphs: [
      'عرضت وزيرة المالية ليلى منصور الثلاثاء مشروع موازنة العام المقبل على البرلمان في جلسة استمرت أربع ساعات.',
      'وقالت منصور إن الموازنة ترفع الإنفاق على التعليم والصحة وتخفض العجز إلى ثلاثة في المئة من الناتج المحلي.',
      'وطالب نواب من المعارضة بتفاصيل أوفى عن بنود الدعم قبل التصويت المقرر الأسبوع المقبل.',
    ],
  },
  {
    path: '/ar/legacy/market.html',
    title: 'سوق الخضار القديم يعود إلى العمل بعد الترميم',
    date: '2026-12-02T08:00:00+03:00',
    paragraphs: [
      'عاد سوق الخضار القديم في وسط المدينة إلى العمل صباح الأربعاء بعد ترميم استمر عاماً كاملاً.',
      'وقال تجار في السوق إن المحال الجديدة أوسع وإن السقف المرمم يحمي البضائع من الشمس والمطر.',
    ],
  },
  {
    path: '/private/draft.html',
    title: 'مسودة لم تنشر',
    date: '2026-12-05T07:00:00+03:00',
    paragraphs: ['هذه مسودة داخلية لا ينبغي لأي زاحف أن يقرأها.'],
  },
]

/** A news page as sites mark it up: navigation and related links around one article. */
export function storyPage(story: Story, charset = 'utf-8', padding = ''): string {
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="${charset}"><title>${story.title} | ${OUTLET}</title>
<meta property="og:site_name" content="${OUTLET}"><meta property="og:title" content="${story.title}">
<meta property="article:published_time" content="${story.date}"></head>
<body><header><nav><a href="/ar/">الرئيسية</a> <a href="/ar/news/">أخبار</a> <a href="/ar/economy/">اقتصاد</a></nav></header>
<main><article><h1>${story.title}</h1><time datetime="${story.date}">${story.date.slice(0, 10)}</time>
${story.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside><h2>اقرأ أيضاً</h2><ul><li><a href="/ar/news/rain.html">الأمطار تعود إلى الساحل</a></li></ul></aside>${padding}</main>
<footer>جميع الحقوق محفوظة لنشرة المرصد التجريبية</footer></body></html>`
}

const byPath = (path: string) => STORIES.find((s) => s.path === path)!

/** RSS 2.0 with a CDATA title, an entity, relative links and one item listed twice. */
export function rssFeed(): string {
  const item = (path: string, guid: string, pubDate: string) => `<item>
  <title><![CDATA[${byPath(path).title}]]></title><link>${relativeToFeed(path)}</link>
  <guid isPermaLink="false">${guid}</guid><pubDate>${pubDate}</pubDate></item>`
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${OUTLET} &amp; أخبار المدينة</title><link>/ar/</link>
${item('/ar/news/bridge.html', 'marsad-demo-1', 'Sat, 05 Dec 2026 09:30:00 +0300')}
${item('/ar/news/rain.html', 'marsad-demo-2', 'Fri, 04 Dec 2026 18:10:00 +0300')}
${item('/ar/news/bridge.html', 'marsad-demo-1', 'Sat, 05 Dec 2026 09:30:00 +0300')}
${item('/private/draft.html', 'marsad-demo-3', 'Sat, 05 Dec 2026 07:00:00 +0300')}
</channel></rss>`
}

/** `path` written relative to the RSS feed's own address, `/ar/rss.xml`. */
function relativeToFeed(path: string): string {
  return path.startsWith('/ar/') ? path.slice('/ar/'.length) : `..${path}`
}

/** Atom whose first entry is a page the RSS feed lists too. */
export function atomFeed(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${OUTLET}: اقتصاد</title><id>${base}/ar/atom.xml</id>
<updated>2026-12-05T09:30:00+03:00</updated>
<entry><id>tag:marsad.test,2026:bridge</id><title>${byPath('/ar/news/bridge.html').title}</title>
<link rel="alternate" href="${base}/ar/news/bridge.html"/><published>2026-12-05T09:30:00+03:00</published></entry>
<entry><id>tag:marsad.test,2026:budget</id><title>${byPath('/ar/economy/budget.html').title}</title>
<link rel="alternate" href="/ar/economy/budget.html"/><updated>2026-12-03T11:00:00+03:00</updated></entry>
</feed>`
}

const windows1256Bytes = (text: string) => encodeSingleByte('windows-1256', text)

/** RSS 1.0 in windows-1256, declared only in the XML declaration, listing a windows-1256 page. */
export function windows1256Feed(): Uint8Array {
  const story = byPath('/ar/legacy/market.html')
  return windows1256Bytes(`<?xml version="1.0" encoding="windows-1256"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="/ar/legacy/rdf.xml"><title>أرشيف المرصد</title></channel>
<item rdf:about="/ar/legacy/market.html"><title>${story.title}</title><link>/ar/legacy/market.html</link><dc:date>${story.date}</dc:date></item>
</rdf:RDF>`)
}

export const BROKEN_FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${OUTLET}</title>
<item><title>خبر بلا إغلاق<link>/ar/news/rain.html</link></item>
</channel></rss>`

export const ROBOTS = 'User-agent: *\nDisallow: /private/\n'

const HTML = 'text/html; charset=utf-8'
const RSS = 'application/rss+xml; charset=utf-8'

/** A feed that answers a conditional GET with 304 when it has not changed, as the ETag or the date says. */
function conditional(contentType: string, body: string, etag: string, lastModified: string): Route {
  return (request, response) => {
    const since = request.headers['if-modified-since']
    const fresh =
      request.headers['if-none-match'] === etag ||
      (request.headers['if-none-match'] === undefined &&
        since !== undefined &&
        Date.parse(since) >= Date.parse(lastModified))
    const headers = { ETag: etag, 'Last-Modified': lastModified }
    if (fresh) response.writeHead(304, headers).end()
    else response.writeHead(200, { ...headers, 'Content-Type': contentType }).end(body)
  }
}

/** The site: every page and feed, by path. The RSS and Atom feeds answer conditional GETs. */
export function sampleSite(base: string): Record<string, Route> {
  const routes: Record<string, Route> = {
    '/robots.txt': { headers: { 'Content-Type': 'text/plain' }, body: ROBOTS },
    '/ar/rss.xml': conditional(RSS, rssFeed(), '"rss-1"', 'Sat, 05 Dec 2026 06:30:00 GMT'),
    '/ar/atom.xml': conditional(
      'application/atom+xml',
      atomFeed(base),
      '"atom-1"',
      'Sat, 05 Dec 2026 06:30:00 GMT',
    ),
    '/ar/legacy/rdf.xml': { headers: { 'Content-Type': 'application/rdf+xml' }, body: windows1256Feed() },
    '/ar/broken.xml': { headers: { 'Content-Type': RSS }, body: BROKEN_FEED },
    '/ar/moved.xml': { status: 301, headers: { Location: '/ar/atom.xml' } },
    '/loop/a.xml': { status: 302, headers: { Location: '/loop/b.xml' } },
    '/loop/b.xml': { status: 302, headers: { Location: `${base}/loop/a.xml` } },
  }
  for (const story of STORIES) {
    routes[story.path] =
      story.path === '/ar/legacy/market.html'
        ? {
            headers: { 'Content-Type': 'text/html' },
            body: windows1256Bytes(storyPage(story, 'windows-1256')),
          }
        : { headers: { 'Content-Type': HTML }, body: storyPage(story) }
  }
  return routes
}
