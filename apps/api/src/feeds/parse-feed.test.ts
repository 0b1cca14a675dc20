import { describe, expect, it } from 'vitest'
import { FeedError } from './feed-error.ts'
import { parseFeed } from './parse-feed.ts'

const FEED_URL = 'http://127.0.0.1:9/ar/rss.xml'

describe('parseFeed', () => {
  it('reads RSS 2.0: CDATA, entities, relative links resolved against the feed, RFC 822 dates', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
  <title>أخبار المرصد &amp; التحليلات</title>
  <item>
    <title><![CDATA[افتتاح <جسر> جديد فوق النهر]]></title>
    <link><![CDATA[/ar/news/bridge?from=rss&section=محليات]]></link>
    <guid isPermaLink="false">marsad&#x2d;1001</guid>
    <pubDate>Sat, 05 Dec 2026 09:30:00 +0300</pubDate>
  </item>
  <item>
    <title>الأمطار تعود إلى الساحل &#1575;&#x644;&#1610;&#1608;&#1605;</title>
    <link>news/rain?id=7&amp;lang=ar#top</link>
    <dc:date>2026-12-04</dc:date>
  </item>
  <item><title>بلا رابط</title></item>
</channel></rss>`
    const feed = parseFeed(xml, FEED_URL)
    expect(feed.format).toBe('rss')
    expect(feed.items).toEqual([
      {
        key: 'marsad-1001',
        link: 'http://127.0.0.1:9/ar/news/bridge?from=rss&section=%D9%85%D8%AD%D9%84%D9%8A%D8%A7%D8%AA',
        publishedAt: '2026-12-05T09:30:00+03:00',
      },
      {
        key: 'http://127.0.0.1:9/ar/news/rain?id=7&lang=ar',
        link: 'http://127.0.0.1:9/ar/news/rain?id=7&lang=ar',
        publishedAt: '2026-12-04',
      },
    ])
  })

  it('takes a guid as the link when the item has none and the guid is a permalink', () => {
    const xml = `<rss version="2.0"><channel><title>ت</title>
      <item><guid>https://marsad.example/ar/1</guid><title>خبر</title></item>
      <item><guid isPermaLink="false">tag:marsad,2026:2</guid><title>بلا عنوان صفحة</title></item>
    </channel></rss>`
    expect(parseFeed(xml, FEED_URL).items.map((i) => i.link)).toEqual(['https://marsad.example/ar/1'])
  })

  it('reads Atom: the alternate link, xml:base, ISO dates, published before updated', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://127.0.0.1:9/atom/">
  <title type="html">مرصد &lt;الأخبار&gt;</title>
  <entry>
    <id>urn:uuid:0b7c2a50-0001</id>
    <title>وزير المالية يعرض الموازنة</title>
    <link rel="self" href="/self/1"/>
    <link rel="alternate" type="text/html" href="economy/budget.html"/>
    <updated>2026-12-05T10:00:00Z</updated>
    <published>2026-12-05T08:00:00+02:00</published>
  </entry>
  <entry>
    <id>urn:uuid:0b7c2a50-0002</id>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">مباراة <b>الختام</b></div></title>
    <link href="https://sport.example/ar/final"/>
    <updated>2026-12-03T21:15:00+03:00</updated>
  </entry>
</feed>`
    const feed = parseFeed(xml, FEED_URL)
    expect(feed.format).toBe('atom')
    expect(feed.items).toEqual([
      {
        key: 'urn:uuid:0b7c2a50-0001',
        link: 'http://127.0.0.1:9/atom/economy/budget.html',
        publishedAt: '2026-12-05T08:00:00+02:00',
      },
      {
        key: 'urn:uuid:0b7c2a50-0002',
        link: 'https://sport.example/ar/final',
        publishedAt: '2026-12-03T21:15:00+03:00',
      },
    ])
  })

  it('reads RSS 1.0 (RDF), whose items sit beside the channel', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://127.0.0.1:9/rdf"><title>نشرة المساء</title></channel>
  <item rdf:about="http://127.0.0.1:9/rdf/1"><title>حريق في مستودع</title><link>/rdf/1</link>
    <dc:date>2026-12-02T19:45:00+03:00</dc:date></item>
</rdf:RDF>`
    const feed = parseFeed(xml, FEED_URL)
    expect(feed).toEqual({
      format: 'rdf',
      items: [
        {
          key: 'http://127.0.0.1:9/rdf/1',
          link: 'http://127.0.0.1:9/rdf/1',
          publishedAt: '2026-12-02T19:45:00+03:00',
        },
      ],
    })
  })

  it('lists an item once when the feed repeats its guid or its link, and drops non-web links', () => {
    const xml = `<rss version="2.0"><channel><title>ت</title>
      <item><guid isPermaLink="false">a</guid><link>/1</link></item>
      <item><guid isPermaLink="false">a</guid><link>/1-again</link></item>
      <item><guid isPermaLink="false">b</guid><link>/1</link></item>
      <item><link>/2#comments</link></item>
      <item><link>/2</link></item>
      <item><link>javascript:alert(1)</link></item>
    </channel></rss>`
    expect(parseFeed(xml, FEED_URL).items.map((i) => [i.key, i.link])).toEqual([
      ['a', 'http://127.0.0.1:9/1'],
      ['http://127.0.0.1:9/2', 'http://127.0.0.1:9/2'],
    ])
  })

  it('says where XML is broken, and what a document that is not a feed is', () => {
    const broken =
      '<rss version="2.0"><channel>\n<title>خبر</title>\n<item><title>بلا إغلاق</item></channel></rss>'
    expect(() => parseFeed(broken, FEED_URL)).toThrow(FeedError)
    expect(() => parseFeed(broken, FEED_URL)).toThrow(/not well-formed XML: .*line 3/)
    // The validator passes a CDATA section left open after the root; the parser does not.
    expect(() => parseFeed('<entry></entry><![CDATA[<rss version="2.0">', FEED_URL)).toThrow(
      /^the feed is not well-formed XML: CDATA is not closed/,
    )
    expect(() => parseFeed('<html><body>صفحة</body></html>', FEED_URL)).toThrow(
      'the document is not an RSS, Atom or RDF feed (its root element is <html>)',
    )
    expect(() => parseFeed('', FEED_URL)).toThrow(FeedError)
    expect(() => parseFeed('<rss version="2.0"></rss>', FEED_URL)).toThrow(
      'the RSS document has no <channel>',
    )
  })
})
