import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isContentBlock } from '../model/article.ts'
import { isSpaceLike } from '../segment/marks.ts'
import { parseArticle } from './parse-article.ts'
import { kindsOf } from './test-helpers.ts'

// A page as a scraper returns it: menu, breadcrumbs, title, byline, date, photo, body with an embedded post, a
// "read also" list, tags, share bar and footer. Written for this test.
const PAGE = `الرئيسية
محليات
اقتصاد
رياضة
منوعات
الرئيسية » أخبار » محليات
**بلدية الزرقاء تطلق خطة لتأهيل شبكة المياه**
كتب: سامر العمري
تاريخ النشر: الخميس 16 أكتوبر 2025 - 10:30 ص
![](https://example.org/uploads/2025/10/pipes-zarqa.jpg)
NewNewsGBIN.jpg
صورة أرشيفية
أعلنت بلدية الزرقاء، اليوم الخميس، إطلاق خطة لتأهيل شبكة المياه في الأحياء الشرقية بكلفة تبلغ أربعة ملايين دينار.
[ad_1]
وقال رئيس البلدية إن الأعمال ستبدأ مطلع الشهر المقبل وتستمر ثمانية أشهر.
مراحل التنفيذ
وأوضح أن المرحلة الأولى تشمل استبدال الأنابيب القديمة في ثلاثة أحياء، تليها أعمال الصيانة في بقية المناطق.
الأمطار الأولى تصل إلى الزرقاء اليوم pic.twitter.com/AbCdEf1234
— دائرة الأرصاد (@meteo_jo) October 16, 2025
اقرأ أيضاً
ارتفاع أسعار الخضار في السوق المركزي
افتتاح مدرسة جديدة في الرصيفة
إغلاق طريق عمان الزرقاء للصيانة
وأكد المهندس المسؤول عن المشروع أن الخطة «ستنهي شكاوى الانقطاع المتكرر» في الصيف.
كلمات دلالية: الزرقاء | المياه | البلدية
شارك
فيسبوك تويتر واتساب
1,250 مشاهدة
تابعونا على فيسبوك وتويتر
إعلان
أضف تعليق
العودة للأعلى
© 2025 صحيفة الرصد. جميع الحقوق محفوظة`

describe('page clutter', () => {
  const kinds = kindsOf(PAGE)

  it('reads menus, breadcrumbs and the links after "read also" as navigation', () => {
    for (const line of ['الرئيسية', 'محليات', 'منوعات', 'الرئيسية » أخبار » محليات', 'اقرأ أيضاً']) {
      expect(kinds.get(line), line).toBe('navigation')
    }
    expect(kinds.get('افتتاح مدرسة جديدة في الرصيفة')).toBe('navigation')
    expect(kinds.get('إغلاق طريق عمان الزرقاء للصيانة')).toBe('navigation')
    expect(kinds.get('كلمات دلالية: الزرقاء | المياه | البلدية')).toBe('navigation')
  })

  it('reads a breadcrumb set off by bars or dashes as navigation, and the title printed under it as the title', () => {
    const title = 'بلدية المدينة تفتتح حديقة عامة جديدة في الحي الشرقي'
    const lead = 'افتتحت بلدية المدينة، صباح اليوم، حديقة عامة جديدة في الحي الشرقي على مساحة عشرة دونمات.'
    for (const crumb of [`الرئيسية | أخبار محلية | ${title}`, `الرئيسية - محليات - ${title}`]) {
      const page = kindsOf(`${crumb}\n${title}\n${lead}\nوقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال.`)
      expect(page.get(crumb), crumb).toBe('navigation')
      expect(page.get(title), crumb).toBe('heading')
    }
    // A section's name and a dash before the headline, not at the home page: the headline on one line.
    const section = kindsOf(`محليات - ${title}\n${lead}`)
    expect(section.get(`محليات - ${title}`)).not.toBe('navigation')
  })

  it('reads author, date, photo, ad, share and embed lines by what they are', () => {
    expect(kinds.get('كتب: سامر العمري')).toBe('byline')
    expect(kinds.get('تاريخ النشر: الخميس 16 أكتوبر 2025 - 10:30 ص')).toBe('dateline')
    expect(kinds.get('![](https://example.org/uploads/2025/10/pipes-zarqa.jpg)')).toBe('caption')
    expect(kinds.get('NewNewsGBIN.jpg')).toBe('caption')
    expect(kinds.get('صورة أرشيفية')).toBe('caption')
    expect(kinds.get('[ad_1]')).toBe('ad')
    expect(kinds.get('إعلان')).toBe('ad')
    expect(kinds.get('شارك')).toBe('share')
    expect(kinds.get('فيسبوك تويتر واتساب')).toBe('share')
    expect(kinds.get('1,250 مشاهدة')).toBe('share')
    expect(kinds.get('تابعونا على فيسبوك وتويتر')).toBe('share')
    expect(kinds.get('الأمطار الأولى تصل إلى الزرقاء اليوم pic.twitter.com/AbCdEf1234')).toBe('embed')
    expect(kinds.get('— دائرة الأرصاد (@meteo_jo) October 16, 2025')).toBe('embed')
  })

  it('reads copyright, comment prompts and back-to-top as boilerplate', () => {
    expect(kinds.get('أضف تعليق')).toBe('boilerplate')
    expect(kinds.get('العودة للأعلى')).toBe('boilerplate')
    expect(kinds.get('© 2025 صحيفة الرصد. جميع الحقوق محفوظة')).toBe('boilerplate')
  })

  it('keeps the title, the subheading and every body paragraph as content', () => {
    expect(kinds.get('**بلدية الزرقاء تطلق خطة لتأهيل شبكة المياه**')).toBe('heading')
    expect(kinds.get('مراحل التنفيذ')).toBe('heading')
    const article = parseArticle(PAGE)
    const content = article.blocks.filter((block) => isContentBlock(block.kind)).map((block) => block.text)
    expect(content).toEqual([
      '**بلدية الزرقاء تطلق خطة لتأهيل شبكة المياه**',
      'أعلنت بلدية الزرقاء، اليوم الخميس، إطلاق خطة لتأهيل شبكة المياه في الأحياء الشرقية بكلفة تبلغ أربعة ملايين دينار.',
      'وقال رئيس البلدية إن الأعمال ستبدأ مطلع الشهر المقبل وتستمر ثمانية أشهر.',
      'مراحل التنفيذ',
      'وأوضح أن المرحلة الأولى تشمل استبدال الأنابيب القديمة في ثلاثة أحياء، تليها أعمال الصيانة في بقية المناطق.',
      'وأكد المهندس المسؤول عن المشروع أن الخطة «ستنهي شكاوى الانقطاع المتكرر» في الصيف.',
    ])
  })

  it('gives sentences to content blocks only', () => {
    const article = parseArticle(PAGE)
    expect(article.sentences.every((sentence) => isContentBlock(article.blocks[sentence.block]!.kind))).toBe(
      true,
    )
    expect(article.sentences.some((sentence) => sentence.text.includes('اقرأ'))).toBe(false)
  })

  it('extracts no quote or entity from clutter, nor the writer of a byline, and dates the article by its date line', () => {
    const article = parseArticle(PAGE)
    const clutter = article.blocks.filter((block) => !isContentBlock(block.kind) && block.kind !== 'byline')
    const inClutter = (offset: number) => clutter.some((block) => offset >= block.start && offset < block.end)
    expect(article.quotes.some((quote) => inClutter(quote.start))).toBe(false)
    for (const entity of article.entities) {
      expect(
        entity.mentions.some((mention) => inClutter(mention.start)),
        entity.name,
      ).toBe(false)
    }
    expect(article.entities.some((entity) => entity.name.includes('الرصيفة'))).toBe(false)
    // The guideline counts a byline's writer as no entity.
    expect(article.entities.some((entity) => entity.name === 'سامر العمري')).toBe(false)
    expect(article.quotes.some((quote) => quote.text.includes('سامر'))).toBe(false)
    // The date line is the page's stamp of its date: it dates the article, and is no date the text names.
    expect(article.date?.value).toBe('2025-10-16')
    expect(article.dates.some((date) => inClutter(date.start))).toBe(false)
  })

  it('reads a line that is only the outlet name as boilerplate', () => {
    const text = 'صحيفة الرصد\nأعلنت الحكومة، اليوم، خطة جديدة للنقل العام في العاصمة تبدأ الشهر المقبل.'
    expect(kindsOf(text, 'صحيفة الرصد').get('صحيفة الرصد')).toBe('boilerplate')
  })
})

describe('clutter lines of other pages', () => {
  const body =
    'عقد مجلس الوزراء جلسته الأسبوعية اليوم برئاسة رئيس الحكومة وناقش خطة النقل العام في العاصمة والمحافظات.'
  const kindOf = (line: string, at: 'top' | 'bottom' = 'bottom') =>
    kindsOf(at === 'top' ? `${line}\n${body}\n${body}` : `${body}\n${body}\n${line}`).get(line)

  it.each([
    ['بقلم: د. هالة يوسف', 'byline'],
    ['بقلم سامي الخطيب', 'byline'],
    ['المصدر: وكالات', 'byline'],
    ['date 2025-10-16', 'dateline'],
    ['آخر تحديث: 16/10/2025 - 14:05', 'dateline'],
    ['منذ 3 ساعات', 'dateline'],
    ['الخميس، 16 أكتوبر 2025', 'dateline'],
    ['(رويترز)', 'caption'],
    ['رئيس الوزراء خلال الجلسة (أ.ف.ب)', 'caption'],
    ['تصوير: أحمد سالم', 'caption'],
    ['Advertisement', 'ad'],
    ['share To', 'share'],
    ['تعليقات 12', 'share'],
    ['View this post on Instagram', 'embed'],
    ['No stories found.', 'boilerplate'],
    ['اشترك في النشرة البريدية لتصلك أهم الأخبار', 'boilerplate'],
    ['back to top', 'boilerplate'],
    ['1 2 3 4 التالي »', 'navigation'],
    ['الصفحة 2 من 5', 'navigation'],
    ['اقرأ أيضاً: الحكومة تقر خطة جديدة للنقل العام', 'navigation'],
    ['الوسوم: النقل | الحكومة', 'navigation'],
    ['[خطة النقل العام تدخل حيز التنفيذ](https://example.org/news/123)', 'navigation'],
    ['https://example.org/news/2025/10/16/transport', 'navigation'],
    ['date 2025-10-16 محليات', 'dateline'],
    ['date 2025-10-16 18 حجم الخط', 'dateline'],
    ['09:15 صباحاً EET', 'dateline'],
    ['اليوم الخميس 16 أكتوبر 2025م10:30 بتوقيت عمان', 'dateline'],
    ['الرصد – متابعة', 'byline'],
    ['رئيس التحرير', 'boilerplate'],
    ['رئيس مجلس الإدارة: سامي الخطيب', 'boilerplate'],
    ['حجم الخط', 'boilerplate'],
    ['استمع للراديو', 'boilerplate'],
    ['#الزرقاء #المياه_للجميع', 'navigation'],
    ['أخبار_الزرقاء', 'navigation'],
    ['الصورة من افتتاح المشروع', 'caption'],
  ])('reads %s as %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind)
  })

  it("reads an embedded post's text above its signature as the embed", () => {
    const text = `${body}
نبارك للمنتخب الوطني هذا التأهل التاريخي ونتمنى له التوفيق في النهائيات
— وزارة الشباب (@youth_ministry) October 5, 2025
${body}`
    const kinds = kindsOf(text)
    expect(kinds.get('نبارك للمنتخب الوطني هذا التأهل التاريخي ونتمنى له التوفيق في النهائيات')).toBe('embed')
    expect(kinds.get(body)).toBe('paragraph')
  })

  it('reads a run of titles below the body as navigation, and a one-line section name above it', () => {
    const text = `عاجل
${body}
وأوضح الناطق باسم المجلس أن الخطة تشمل مئة حافلة جديدة تدخل الخدمة العام المقبل.
تراجع أسعار الوقود في الأسواق المحلية
افتتاح جسر جديد فوق النهر بعد عامين من العمل
فريق المدينة يتأهل إلى نهائي الكأس`
    const kinds = kindsOf(text)
    expect(kinds.get('عاجل')).toBe('navigation')
    expect(kinds.get('تراجع أسعار الوقود في الأسواق المحلية')).toBe('navigation')
    expect(kinds.get('فريق المدينة يتأهل إلى نهائي الكأس')).toBe('navigation')
  })
})

describe('clutter told by position', () => {
  const lead =
    'أعلنت وزارة الزراعة، اليوم الأحد، بدء موسم حصاد القمح في المحافظات الشمالية بمشاركة ألفي مزارع.'
  const second = 'وقال وزير الزراعة إن الإنتاج المتوقع يفوق إنتاج العام الماضي بنحو عشرة في المئة.'

  it('reads a masthead, a ticker of glued titles and the lines between title and lead', () => {
    const ticker = Array.from(
      { length: 6 },
      (_, i) => `افتتاح سوق جديد للخضار في الحي ${i + 1} ارتفاع أسعار الذهب`,
    ).join(' ')
    const text = `رئيس التحرير
سامي الخطيب
${ticker}
موسم حصاد القمح يبدأ في الشمال بمشاركة واسعة
الشمال - الرصد
هاني يوسف
Getty Images via AFP
مزارعون يحصدون القمح في حقل قرب المدينة
موسم حصاد القمح
${lead}
${second}`
    const kinds = kindsOf(text)
    expect(kinds.get('رئيس التحرير')).toBe('boilerplate')
    expect(kinds.get('سامي الخطيب')).toBe('boilerplate')
    expect(kinds.get(ticker)).toBe('navigation')
    expect(kinds.get('الشمال - الرصد')).toBe('byline')
    expect(kinds.get('هاني يوسف')).toBe('byline')
    expect(kinds.get('Getty Images via AFP')).toBe('caption')
    expect(kinds.get('مزارعون يحصدون القمح في حقل قرب المدينة')).toBe('caption')
    expect(kinds.get('موسم حصاد القمح')).toBe('caption')
    expect(kinds.get('موسم حصاد القمح يبدأ في الشمال بمشاركة واسعة')).toBe('heading')
    expect(kinds.get(lead)).toBe('paragraph')
  })

  it('keeps the title repeated and a subtitle under it', () => {
    const title = 'موسم حصاد القمح يبدأ في الشمال بمشاركة واسعة'
    const text = `${title}
الإنتاج المتوقع يفوق العام الماضي بعشرة في المئة
${title}
${lead}
${second}`
    const kinds = kindsOf(text)
    expect(kinds.get(title)).toBe('heading')
    expect(kinds.get('الإنتاج المتوقع يفوق العام الماضي بعشرة في المئة')).toBe('heading')
  })

  it('reads a run of titles between the title and the lead as links', () => {
    const text = `موسم حصاد القمح يبدأ في الشمال بمشاركة واسعة
وظائف شاغرة في شركة الكهرباء
ارتفاع أسعار الذهب في السوق المحلي
افتتاح جسر جديد فوق النهر
${lead}`
    const kinds = kindsOf(text)
    expect(kinds.get('وظائف شاغرة في شركة الكهرباء')).toBe('navigation')
    expect(kinds.get('افتتاح جسر جديد فوق النهر')).toBe('navigation')
    expect(kinds.get('موسم حصاد القمح يبدأ في الشمال بمشاركة واسعة')).toBe('heading')
  })

  it('reads an embedded post in Latin script, a signature above a date and the links after the footer', () => {
    const text = `${lead}
Harvest season has begun in the north.
— Ministry of Agriculture (@agri_ministry) June 1, 2025
${second}
المكتب الإعلامي لوزارة الزراعة
1 حزيران 2025
التعليقات
ارتفاع أسعار الذهب في السوق المحلي
افتتاح جسر جديد فوق النه`
    const kinds = kindsOf(text)
    expect(kinds.get('Harvest season has begun in the north.')).toBe('embed')
    expect(kinds.get('المكتب الإعلامي لوزارة الزراعة')).toBe('byline')
    expect(kinds.get('1 حزيران 2025')).toBe('dateline')
    expect(kinds.get('ارتفاع أسعار الذهب في السوق المحلي')).toBe('navigation')
    expect(kinds.get('افتتاح جسر جديد فوق النه')).toBe('navigation')
    expect(kinds.get(second)).toBe('paragraph')
  })

  it('ends a list above the page at its title, and reads a section joined by و as navigation', () => {
    const title = 'موسم حصاد القمح يبدأ في الشمال بمشاركة واسعة'
    const text = `آخر الأخبار
دولي ومحلي
${title}
الرصد | الأحد، 1 حزيران، 2025 | عدد الزيارات : 120
${lead}
${second}`
    const kinds = kindsOf(text)
    expect(kinds.get('دولي ومحلي')).toBe('navigation')
    expect(kinds.get(title)).toBe('heading')
    expect(kinds.get(lead)).toBe('paragraph')
  })

  it('ends a list above the page at its title printed twice, both copies the title’s', () => {
    const title = 'موسم حصاد القمح يبدأ في الشمال بمشاركة واسعة'
    const text = `10:39 مساءً / 1 حزيران، 2025
آخر الأخبار
${title}
${title}
${lead}
${second}`
    const blocks = parseArticle({ text }).blocks
    const copies = blocks.filter((block) => block.text === title)
    expect(copies).toHaveLength(2)
    for (const copy of copies) expect(isContentBlock(copy.kind)).toBe(true)
    expect(blocks.find((block) => block.text === 'آخر الأخبار')?.kind).toBe('navigation')
  })

  it('reads the text of an embedded post that the article quotes, above and below its signature', () => {
    const text = `وكتب الوزير في تغريدة: "بدأ موسم الحصاد في الشمال بمشاركة ألفي مزارع. نتمنى لهم موسماً وفيراً".
بدأ موسم #الحصاد في الشمال بمشاركة ألفي مزارع ..
— وزير الزراعة (@agri_minister) June 1, 2025
نتمنى لهم موسماً وفيراً ..
${second}`
    const kinds = kindsOf(text)
    expect(kinds.get('بدأ موسم #الحصاد في الشمال بمشاركة ألفي مزارع ..')).toBe('embed')
    expect(kinds.get('نتمنى لهم موسماً وفيراً ..')).toBe('embed')
    expect(kinds.get(second)).toBe('paragraph')
  })

  it("reads a gallery's short captions naming one thing between paragraphs", () => {
    const text = `${lead}
حصاد القمح
${second}
القمح في الحقول
${lead.replace('الأحد', 'الاثنين')}
القمح
${second.replace('العام', 'الموسم')}`
    const kinds = kindsOf(text)
    for (const line of ['حصاد القمح', 'القمح في الحقول', 'القمح'])
      expect(kinds.get(line), line).toBe('caption')
  })

  it('keeps short lines ending in a colon that introduce the paragraphs under them, though they share a word', () => {
    const text = `${lead}
البند 4:
${second}
البند 9 (ب):
${lead.replace('الأحد', 'الاثنين')}
البند 12:
${second.replace('العام', 'الموسم')}`
    const kinds = kindsOf(text)
    for (const line of ['البند 4:', 'البند 9 (ب):', 'البند 12:'])
      expect(kinds.get(line), line).not.toBe('caption')
  })

  it('keeps a truncated last line of the body and a short heading between paragraphs', () => {
    const text = `${lead}
الحصاد في أرقام
${second}
وأضاف الوزير أن الوزارة`
    const kinds = kindsOf(text)
    expect(kinds.get('الحصاد في أرقام')).toBe('heading')
    expect(kinds.get('وأضاف الوزير أن الوزارة')).toBe('paragraph')
  })
})

describe('the title and the cut of the page', () => {
  it('reads short lines above the title as menus, and picks the title over a widget label', () => {
    const text = `مدينة عمان
18 ℃
أسواق
--:--
ارتفاع أسعار الخضار في الأسواق المركزية مع بداية الشتاء
فريق التحرير
سجلت أسعار الخضار ارتفاعاً ملحوظاً في الأسواق المركزية هذا الأسبوع بسبب موجة البرد الأخيرة.
وقال تجار إن الأسعار ستعود إلى مستوياتها خلال أسبوعين.`
    const kinds = kindsOf(text)
    expect(kinds.get('مدينة عمان')).toBe('navigation')
    expect(kinds.get('أسواق')).toBe('navigation')
    expect(kinds.get('--:--')).toBe('boilerplate')
    expect(kinds.get('ارتفاع أسعار الخضار في الأسواق المركزية مع بداية الشتاء')).toBe('heading')
    expect(kinds.get('فريق التحرير')).toBe('byline')
  })

  it('keeps a line that holds the whole title, even under a caption', () => {
    const text = `افتتاح جسر جديد فوق نهر العاصي في حماة
صحيفة الوادي -
صحيفة الوادي -
صحيفة الوادي - افتتاح جسر جديد فوق نهر العاصي في حماة
افتتحت محافظة حماة اليوم جسراً جديداً فوق نهر العاصي يربط الأحياء الغربية بوسط المدينة.`
    const kinds = kindsOf(text)
    expect(kinds.get('صحيفة الوادي - افتتاح جسر جديد فوق نهر العاصي في حماة')).not.toMatch(
      /caption|navigation/,
    )
  })

  it('keeps a lead without its full stop under a photo’s name as the lead, not the photo’s text', () => {
    const lead =
      'أعلنت بلدية الواحة من خلال موقعها الرسمي عن مواعيد جديدة لجمع النفايات في الأحياء الشرقية ابتداء من الشهر المقبل'
    const text = `مواعيد جديدة لجمع النفايات في الواحة
Waste Collection Oasis
${lead}
وقال رئيس البلدية إن الجدول الجديد يضيف يوماً ثالثاً في الأسبوع، وإن الشاحنات ستعمل في الصباح الباكر قبل ازدحام الطرق. وأضاف أن البلدية ستنشر الجدول في المساجد والمدارس.
وأوضح أن المواطنين يستطيعون الإبلاغ عن أي تأخير عبر الرقم المجاني للبلدية.`
    expect(kindsOf(text).get(lead)).toBe('paragraph')
    // A caption's own words under the photo's name are still its text.
    const caption = 'شاحنات البلدية في الحي الشرقي'
    expect(kindsOf(text.replace(lead, caption)).get(caption)).toBe('caption')
  })

  it('keeps the last line cut by the scraper after a photo or an embedded post', () => {
    const photo = `أعلنت الشركة عن هاتف جديد بكاميرا دوارة، وقالت إنه سيصل إلى الأسواق في الربيع المقبل.
![](https://example.org/img/phone.jpg) |
عند طيه، يبدو الهاتف بتصميم خلفي بسي`
    expect(kindsOf(photo).get('![](https://example.org/img/phone.jpg) |')).toBe('caption')
    expect(kindsOf(photo).get('عند طيه، يبدو الهاتف بتصميم خلفي بسي')).toBe('paragraph')
    const post = `ونشر النادي تهنئة بالعيد على حسابه الرسمي، وتفاعل معها آلاف المشجعين خلال ساعات قليلة.
Happy Eid to all our fans pic.twitter.com/Ab12Cd34Ef — The Club (@theclub) April 20, 2023
وجمع حساب الدوري صور اللاعبين وهم يحتف`
    expect(kindsOf(post).get('وجمع حساب الدوري صور اللاعبين وهم يحتف')).toBe('paragraph')
  })

  it('keeps the rest of a paragraph that the scraper broke before a web address', () => {
    const text = `ضبطت الشرطة شبكة لتزوير الوثائق الرسمية، وقالت إن أفرادها كانوا يعرضون خدماتهم مقابل مبالغ كبيرة على موقع
"forms-example.net".
وأحيل الموقوفون إلى النيابة العامة لاستكمال التحقيق معهم.`
    expect(kindsOf(text).get('"forms-example.net".')).toBe('paragraph')
  })
})

describe('common lines of news pages', () => {
  it('reads stamped news lists, inline read-also links and page controls as clutter', () => {
    const text = `تجاوز إلى المحتوى الرئيسي
- 09:15افتتاح سوق الخضار الجديد في إربد
- 2025-03-02 وزير التربية يزور مدارس الشمال
- 18:40ارتفاع درجات الحرارة نهاية الأسبوع
سامر العمري (عمّان)
بلدية-إربد-تفتتح-حديقة-جديدة
افتتحت بلدية إربد اليوم حديقة عامة جديدة على مساحة عشرين دونماً في الحي الشرقي.
إقرأ: ارتفاع أسعار الأعلاف يثقل كاهل المربين
قد يهمك افتتاح معرض الزهور في حدائق الملك عبدالله
وقال رئيس البلدية إن الحديقة ستفتح أبوابها للزوار طوال أيام الأسبوع.
صور قد يعجبك:
اضف تعليقاً واقرأ تعليقات القراء
العدد 4120 - الأحد 2 مارس 2025م الموافق 2 رمضان 1446هـ`
    const kinds = kindsOf(text)
    expect(kinds.get('تجاوز إلى المحتوى الرئيسي')).toBe('boilerplate')
    expect(kinds.get('- 09:15افتتاح سوق الخضار الجديد في إربد')).toBe('navigation')
    expect(kinds.get('- 2025-03-02 وزير التربية يزور مدارس الشمال')).toBe('navigation')
    expect(kinds.get('سامر العمري (عمّان)')).toBe('byline')
    expect(kinds.get('بلدية-إربد-تفتتح-حديقة-جديدة')).toBe('caption')
    expect(kinds.get('إقرأ: ارتفاع أسعار الأعلاف يثقل كاهل المربين')).toBe('navigation')
    expect(kinds.get('قد يهمك افتتاح معرض الزهور في حدائق الملك عبدالله')).toBe('navigation')
    expect(kinds.get('صور قد يعجبك:')).toBe('navigation')
    expect(kinds.get('اضف تعليقاً واقرأ تعليقات القراء')).toBe('boilerplate')
    expect(kinds.get('العدد 4120 - الأحد 2 مارس 2025م الموافق 2 رمضان 1446هـ')).toBe('dateline')
  })

  it('keeps a cut last line that goes on with the text after an inline link', () => {
    const text = `أطلقت الشركة هاتفها الجديد في حفل أقيم في دبي، وقالت إنه يعمل بمعالج أسرع من سابقه بكثير.
اقرأ أيضاً: ميزة جديدة في الهواتف الذكية تثير اهتمام المستخدمين
وهو ما يجعل الجه`
    expect(kindsOf(text).get('وهو ما يجعل الجه')).toBe('paragraph')
  })

  it('keeps a timed entry that is a sentence, and a hyphenated name', () => {
    const text = `تابعت الوكالة تطورات الجلسة البرلمانية لحظة بلحظة منذ ساعات الصباح الأولى.
- 10:30 أعلن رئيس المجلس رفع الجلسة إلى الغد.
وأكد النواب أن التصويت على الموازنة سيجري في الجلسة المقبلة بعد استكمال النقاش.`
    expect(kindsOf(text).get('- 10:30 أعلن رئيس المجلس رفع الجلسة إلى الغد.')).toBe('paragraph')
  })
})

describe('lines that stay in the article', () => {
  it.each(['كتب جديدة في معرض الرياض', 'متابعة الأوضاع في غزة', 'آخر الأخبار من الجنوب'])(
    'keeps the subheading %s',
    (heading) => {
      const text = `افتتح الوزير اليوم معرض الكتاب في دورته الجديدة بمشاركة ثلاثمئة دار نشر عربية وأجنبية.
${heading}
وشهد اليوم الأول إقبالاً كبيراً من الزوار والطلاب على أجنحة الدور المشاركة في المعرض.`
      expect(kindsOf(text).get(heading)).toBe('heading')
    },
  )

  it('keeps a short sentence that names a newsletter or copyright', () => {
    const lines = [
      'وقالت في النشرة الإخبارية المسائية إن الطقس سيتحسن.',
      'وأكد الوزير أهمية حماية حقوق النشر للمؤلفين.',
    ]
    const text = `افتتح الوزير اليوم معرض الكتاب في دورته الجديدة بمشاركة ثلاثمئة دار نشر عربية وأجنبية.\n${lines.join('\n')}`
    const kinds = kindsOf(text)
    for (const line of lines) expect(kinds.get(line), line).toBe('paragraph')
  })

  it('keeps a bulleted list at the end of the article', () => {
    const text = `أصدرت وزارة الصحة إرشادات جديدة للوقاية من موجة الحر المتوقعة خلال الأيام المقبلة في معظم المحافظات.
- شرب الماء بكثرة
- تجنب الشمس وقت الظهيرة
- ارتداء ملابس فاتحة`
    const kinds = kindsOf(text)
    expect(kinds.get('- شرب الماء بكثرة')).not.toBe('navigation')
    expect(kinds.get('- ارتداء ملابس فاتحة')).not.toBe('navigation')
  })

  it('keeps a line mixing a source tag with body text', () => {
    const text =
      'أخبار البلد - قال الوزير إن الحكومة ستعرض الموازنة على البرلمان الأسبوع المقبل\nوأضاف أن العجز سينخفض.'
    expect(
      kindsOf(text).get('أخبار البلد - قال الوزير إن الحكومة ستعرض الموازنة على البرلمان الأسبوع المقبل'),
    ).toBe('heading')
  })

  it('keeps short paragraphs that end a sentence, quoted statements and verbs that are also markers', () => {
    const lines = [
      'وتابع الوزير جولته.',
      'كتب الرئيس على حسابه: «لن نتراجع عن الإصلاح».',
      'شارك مئات الطلاب في الحملة.',
      '"لن نقبل بأقل من ذلك"',
      'المصدر نفسه أكد أن الاجتماع سيعقد في موعده.',
      'وقد شهد الشهر الماضي ارتفاعاً في عدد الزوار بلغ 1250 زائراً.',
    ]
    const text = `افتتح الوزير اليوم معرض الكتاب في دورته الجديدة بمشاركة ثلاثمئة دار نشر عربية وأجنبية.\n${lines.join('\n')}\nواختتم الوزير زيارته بلقاء مع الناشرين.`
    const kinds = kindsOf(text)
    for (const line of lines) expect(isContentBlock(kinds.get(line) as never), line).toBe(true)
  })

  it("keeps a bulleted list the article introduces, and the body's subheadings", () => {
    const text = `أقرت الحكومة حزمة من الإجراءات لدعم المزارعين في موسم الحصاد الحالي، وفق بيان رسمي.
وتشمل الحزمة ما يلي:
- إعفاء البذور من الرسوم
- قروض ميسرة للمزارعين
- دعم أسعار الأسمدة
الأثر المتوقع
ويتوقع خبراء أن ترفع الإجراءات الإنتاج بنسبة عشرة في المئة خلال العام المقبل.
ردود الفعل
ورحب اتحاد المزارعين بالقرار، داعياً إلى تسريع تنفيذه.`
    const kinds = kindsOf(text)
    expect(kinds.get('- إعفاء البذور من الرسوم')).not.toBe('navigation')
    expect(kinds.get('- دعم أسعار الأسمدة')).not.toBe('navigation')
    expect(kinds.get('الأثر المتوقع')).toBe('heading')
    expect(kinds.get('ردود الفعل')).toBe('heading')
  })

  it('ends a list of links at a line marked up as a title', () => {
    const text = `الأكثر قراءة
ارتفاع أسعار الذهب في السوق المحلي
## افتتاح معرض الكتاب في دورته العاشرة
افتتح المحافظ اليوم معرض الكتاب في دورته العاشرة بمشاركة ثلاثمئة دار نشر عربية.`
    const kinds = kindsOf(text)
    expect(kinds.get('ارتفاع أسعار الذهب في السوق المحلي')).toBe('navigation')
    expect(kinds.get('## افتتاح معرض الكتاب في دورته العاشرة')).toBe('heading')
  })

  it('keeps a one-word section name inside the body as a heading', () => {
    const text = `عقد المجلس جلسته الأسبوعية برئاسة رئيس الوزراء وناقش عدداً من الملفات المطروحة.
اقتصاد
وأقر المجلس مشروع قانون الاستثمار الجديد بعد نقاش استمر ثلاث ساعات متواصلة.`
    expect(kindsOf(text).get('اقتصاد')).toBe('heading')
  })
})

describe('clutter blocks', () => {
  it('never take a line of the body, wherever clutter stands around it', () => {
    const bodyLines = [
      'أعلنت البلدية إطلاق خطة لتأهيل شبكة المياه في الأحياء الشرقية بكلفة أربعة ملايين دينار.',
      'وقال رئيس البلدية إن الأعمال ستبدأ الشهر المقبل.',
      'وأكد المهندس أن الخطة «ستنهي شكاوى الانقطاع المتكرر» في الصيف.',
      'شارك مئات الطلاب في الحملة.',
      'المصدر نفسه أكد أن الاجتماع سيعقد في موعده.',
    ]
    const clutterLines = PAGE.split('\n').filter(
      (line) =>
        !kindsOf(PAGE)
          .get(line)
          ?.match(/heading|paragraph/),
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...bodyLines), fc.constantFrom(...clutterLines)), {
          minLength: 1,
          maxLength: 14,
        }),
        (lines) => {
          const article = parseArticle(lines.join('\n'))
          for (const block of article.blocks) {
            if (bodyLines.includes(block.text)) expect(block.kind, block.text).toBe('paragraph')
          }
        },
      ),
      { seed: 7, numRuns: 300 },
    )
  })

  it('still cover every non-space character exactly once, and their spans map back', () => {
    const pieces = PAGE.split('\n')
    fc.assert(
      fc.property(
        fc.shuffledSubarray(pieces, { minLength: 1 }),
        fc.constantFrom('\n', '\n\n', '\r\n'),
        (lines, eol) => {
          const text = lines.join(eol)
          fc.pre(text.trim().length > 0)
          const article = parseArticle(text)
          const owner = new Int32Array(text.length).fill(-1)
          article.blocks.forEach((block, index) => {
            expect(text.slice(block.start, block.end)).toBe(block.text)
            for (let i = block.start; i < block.end; i++) {
              expect(owner[i]).toBe(-1)
              owner[i] = index
            }
          })
          for (let i = 0; i < text.length; i++) {
            if (!isSpaceLike(text.charCodeAt(i))) expect(owner[i]).not.toBe(-1)
          }
          for (const sentence of article.sentences) {
            expect(isContentBlock(article.blocks[sentence.block]!.kind)).toBe(true)
          }
        },
      ),
      { seed: 12, numRuns: 200 },
    )
  })
})
