import { describe, expect, it } from 'vitest'
import { encodeSingleByte, testPage } from '../test/pages.ts'
import { decodeHtml } from './decode-html.ts'
import { extractHtmlArticle } from './extract-html-article.ts'

const paragraphs = (text: string) => text.split('\n\n')

describe('extractHtmlArticle: the body', () => {
  const page = extractHtmlArticle(testPage('json-ld-graph'), 'https://alwadi-news.example/news/x?utm=1')

  it('keeps the article paragraphs and subheading, in order, one per block', () => {
    expect(paragraphs(page.text)).toEqual([
      'افتتح رئيس بلدية الوادي، صباح الأحد، الجسر الجديد فوق النهر بعد عامين من العمل المتواصل، بحضور عدد من المسؤولين والأهالي.',
      'وقال رئيس البلدية في كلمته إن «الجسر سيخفف الزحام عن وسط المدينة، ويختصر الطريق إلى المنطقة الصناعية بنحو عشرين دقيقة».',
      'خطة النقل',
      'وأوضح مدير الأشغال العامة أن الجسر جزء من خطة أوسع للنقل تشمل ثلاثة جسور أخرى وطريقاً دائرياً حول المدينة.',
      'ويتوقع أن تنتهي أعمال المرحلة الثانية قبل نهاية العام المقبل، وفق الجدول الذي أعلنته البلدية.',
    ])
    expect(page.headings).toEqual([
      { start: page.text.indexOf('خطة النقل'), end: page.text.indexOf('خطة النقل') + 9 },
    ])
  })

  it('leaves out menus, share bars, captions, a "read also" line, related links, tags, comments, ads and footer', () => {
    for (const clutter of [
      'الرئيسية',
      'فيسبوك',
      'تصوير',
      'اقرأ أيضاً',
      'أعمال تنظيف مجرى النهر',
      'أخبار ذات صلة',
      'مواعيد إغلاق الطريق',
      'التعليقات',
      'مشروع ممتاز',
      'الأكثر قراءة',
      'إعلان',
      'جميع الحقوق',
    ]) {
      expect(page.text).not.toContain(clutter)
    }
  })

  it('leaves out a tag list', () => {
    expect(paragraphs(page.text).some((paragraph) => paragraph.includes('جسور النقل'))).toBe(false)
  })

  it('splits text a page separates with <br> runs and keeps a bold-only short paragraph as a heading', () => {
    const og = extractHtmlArticle(testPage('open-graph'), 'https://sahel-today.example/a/5521')
    expect(paragraphs(og.text)).toHaveLength(5)
    expect(paragraphs(og.text)[1]).toBe(
      'وقالت الوزارة في بيان إن الحملة تستهدف الأراضي المتضررة من الحرائق، وإن المتطوعين سيشاركون فيها إلى جانب فرق الوزارة.',
    )
    expect(og.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'مشاركة المدارس',
    ])
    expect(og.text).not.toContain('فيسبوك')
    expect(og.text).not.toContain('معرض الكتاب')
  })

  it('keeps list items, quotations and h3 headings that are part of the article', () => {
    const page = extractHtmlArticle(testPage('time-element'), 'https://masrah.example/2025/festival')
    expect(page.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    expect(page.text).toContain('فرقة الشباب بعرض كوميدي عن الحياة في المدينة.')
    expect(page.text).toContain('المسرح يعيش ما دام هناك جمهور')
    expect(page.text).not.toContain('نشر في')
    expect(page.text).not.toContain('اتصل بنا')
  })

  it('finds no body on a page that only lists links', () => {
    const page = extractHtmlArticle(testPage('no-article'), 'https://alwadi-news.example/local')
    expect(page.text).toBe('')
    expect(page.blocks).toEqual([])
    expect(page.source).toBe('صحيفة الوادي')
  })

  it('never throws on markup that is not a page', () => {
    for (const html of [
      '',
      'نص بلا وسوم',
      '<<<>>>',
      '<p>',
      '<script>alert(1)',
      '\u0000\uFFFF',
      '<div>'.repeat(5000),
    ]) {
      expect(() => extractHtmlArticle(html, 'https://example.org/')).not.toThrow()
    }
  })
})

describe('extractHtmlArticle: metadata', () => {
  it('reads title, date, outlet and author from JSON-LD in an @graph, and the canonical link made absolute', () => {
    const page = extractHtmlArticle(testPage('json-ld-graph'), 'https://alwadi-news.example/news/x?utm=1')
    expect(page).toMatchObject({
      title: 'افتتاح جسر الوادي الجديد بعد عامين من العمل',
      publishedAt: '2025-10-12T21:40:00+03:00',
      dateBasis: 'json-ld',
      source: 'صحيفة الوادي',
      author: 'سلمى الحداد',
      canonicalUrl: 'https://alwadi-news.example/news/2025/10/bridge-opening',
      url: 'https://alwadi-news.example/news/x?utm=1',
      language: 'ar',
    })
  })

  it('reads OpenGraph and article:published_time, takes the h1 the metadata agrees with over the logo h1', () => {
    const page = extractHtmlArticle(testPage('open-graph'), 'https://sahel-today.example/a/5521')
    expect(page).toMatchObject({
      title: 'وزارة الزراعة تطلق حملة لزراعة مليون شجرة',
      publishedAt: '2025-03-04T09:15:00Z',
      dateBasis: 'meta',
      source: 'الساحل اليوم',
      author: 'كريم منصور',
      canonicalUrl: 'https://sahel-today.example/article/5521',
    })
  })

  it('reads a <time datetime>, and names an unknown outlet by its host', () => {
    const page = extractHtmlArticle(testPage('time-element'), 'https://www.masrah.example/2025/festival')
    expect(page).toMatchObject({
      title: 'مهرجان المسرح العربي يختتم دورته الخامسة عشرة',
      publishedAt: '2025-11-20',
      dateBasis: 'time',
      source: 'masrah.example',
      sourceKnown: false,
      author: undefined,
    })
  })

  it('reads an Arabic dateline when the metadata has no date, and names a known outlet from its domain', () => {
    const page = extractHtmlArticle(
      testPage('dateline'),
      'https://www.aljazeera.net/ebusiness/2025/10/12/cotton',
    )
    expect(page).toMatchObject({
      publishedAt: '2025-10-12',
      dateBasis: 'dateline',
      source: 'الجزيرة',
      sourceKnown: true,
    })
  })

  it('reads a windows-1256 page once decodeHtml has its bytes', () => {
    const html = testPage('dateline').replace('charset="utf-8"', 'charset="windows-1256"')
    const page = extractHtmlArticle(
      decodeHtml(encodeSingleByte('windows-1256', html)),
      'https://cotton.example/1',
    )
    expect(page.title).toBe('ارتفاع صادرات القطن في الموسم الجديد')
    expect(paragraphs(page.text)).toHaveLength(3)
  })
})

describe('extractHtmlArticle: markup as pages write it', () => {
  const paragraphs3 = [
    'أعلنت وزارة الصحة، مساء الخميس، عن افتتاح مستشفى جديد في الجنوب يضم مئتي سرير وقسماً للطوارئ.',
    'وقال الوزير إن المستشفى سيخدم نحو نصف مليون نسمة، وإن تجهيزه استغرق ثلاث سنوات من العمل.',
    'ومن المنتظر أن يستقبل المستشفى أول مرضاه مطلع الشهر المقبل، بعد تدريب الطواقم الطبية.',
  ]
  const body = paragraphs3.map((p) => `<p>${p}</p>`).join('')

  it('reads a page whose anchor was left open around everything as text, not links', () => {
    const more = [
      ...paragraphs3,
      'وأضاف الوزير أن الوزارة ستفتح مستشفيين آخرين في الشمال والشرق قبل نهاية العام، ضمن خطة لتقريب الخدمات من السكان.',
      'ورحب سكان المنطقة بالمشروع، وقالوا إنهم كانوا يقطعون مسافات طويلة للوصول إلى أقرب مستشفى في العاصمة.',
    ]
    const html = `<html><body><a name="top"><div class="menu"><a href="/">الرئيسية</a></div><div class="story">${more.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`
    expect(paragraphs(extractHtmlArticle(html, 'https://x.example/1').text)).toEqual(more)
  })

  it('takes a negated clutter word for none (entry-content no-share), and a part word over a page word', () => {
    const html = `<html><body><div class="entry-content no-share">${body}<div class="article_details_tags"><span>صحة</span> <span>مستشفيات</span></div></div></body></html>`
    expect(paragraphs(extractHtmlArticle(html, 'https://x.example/1').text)).toEqual(paragraphs3)
  })

  it('reads a numeric date line just above or under the title when the metadata has none', () => {
    const above = `<html><body><p><a href="/s">صحة</a> <span>2017/02/25 13:39</span></p><h1>افتتاح مستشفى جديد في الجنوب</h1><div class="text">${body}</div></body></html>`
    expect(extractHtmlArticle(above, 'https://x.example/1')).toMatchObject({
      publishedAt: '2017-02-25',
      dateBasis: 'dateline',
    })
    const under = above
      .replace('<p><a href="/s">صحة</a> <span>2017/02/25 13:39</span></p>', '')
      .replace('</h1>', '</h1><p>25-02-2017</p>')
    expect(extractHtmlArticle(under, 'https://x.example/1').publishedAt).toBe('2017-02-25')
  })

  it('names the outlet in Arabic on an Arabic page whose og:site_name is in Latin letters', () => {
    const page = (head: string, foot = '') =>
      `<html lang="ar"><head><meta property="og:site_name" content="WadiNews">${head}</head><body><h1>افتتاح مستشفى جديد في الجنوب</h1><div class="text">${body}</div>${foot}</body></html>`
    const url = 'https://wadi-news.example/1'
    expect(
      extractHtmlArticle(page('<title>افتتاح مستشفى جديد في الجنوب - أخبار الوادي</title>'), url).source,
    ).toBe('أخبار الوادي')
    const footer = '<footer><p>© 2025 جميع الحقوق محفوظة لـ أخبار الوادي Powered by CMS</p></footer>'
    expect(extractHtmlArticle(page('', footer), url).source).toBe('أخبار الوادي')
    const logo = '<div><img class="logo" src="/l.png" alt="أخبار الوادي | WadiNews"></div>'
    expect(extractHtmlArticle(page('', logo), url).source).toBe('أخبار الوادي')
    expect(extractHtmlArticle(page(''), url).source).toBe('WadiNews')
  })

  it('drops an agency credit in brackets or a writer’s name closing the body', () => {
    for (const tail of ['<p>--(وكالة الأنباء)</p>', '<p>(الرياض - الوادي)</p>', '<p>سلمى الحداد</p>']) {
      const html = `<html><body><div class="text">${body}${tail}</div></body></html>`
      expect(paragraphs(extractHtmlArticle(html, 'https://x.example/1').text), tail).toEqual(paragraphs3)
    }
  })

  it('takes no outlet, address, agency credit or single word for the author', () => {
    const page = (head: string, byline = '') =>
      `<html lang="ar"><head><meta property="og:site_name" content="أخبار الوادي">${head}</head><body><h1>افتتاح مستشفى جديد في الجنوب</h1>${byline}<div class="text">${body}</div></body></html>`
    const url = 'https://wadinews.example/1'
    for (const head of [
      '<meta name="author" content="أخبار الوادي">',
      '<meta name="author" content="wadinews">',
      '<meta name="author" content="https://www.facebook.com/wadinews">',
      '<meta name="author" content="(الرياض - أخبار الوادي)">',
    ]) {
      expect(extractHtmlArticle(page(head), url).author, head).toBeUndefined()
    }
    expect(extractHtmlArticle(page('', '<span class="author">منوعات</span>'), url).author).toBeUndefined()
    expect(extractHtmlArticle(page('', '<span class="author">بقلم: سلمى الحداد</span>'), url).author).toBe(
      'سلمى الحداد',
    )
  })
})
