import { describe, expect, it } from 'vitest'
import { isContentBlock } from '../model/article.ts'
import { kindsOf } from './test-helpers.ts'

// Pages written for these tests, in the shapes scraped pages take.
const LEAD =
  'أعلنت هيئة الطرق، اليوم الاثنين، إغلاق الطريق الساحلي بين المدينتين ثلاثة أيام لإصلاح الجسر الذي تضرر في العاصفة.'
const SECOND = 'وقال مدير الهيئة إن فرق الصيانة بدأت العمل منذ الفجر وإن الحركة ستحول إلى الطريق الجبلي.'

describe('clutter told by its shape alone', () => {
  it('reads a place, a kind and a name (`PLACE- حوار: NAME`) as a byline, so the subtitles above it are no run of links', () => {
    const title = 'حوار شامل مع مدير هيئة الطرق عن خطة الصيانة'
    const subtitles = [
      'مدير الهيئة: الجسر يفتح بعد ثلاثة أيام',
      'مدير الهيئة: خطة جديدة لصيانة الطرق الساحلية',
    ]
    const kinds = kindsOf([title, ...subtitles, 'عمّان- حوار: سامي الخطيب', LEAD, SECOND].join('\n'))
    expect(kinds.get('عمّان- حوار: سامي الخطيب')).toBe('byline')
    for (const line of subtitles) expect(isContentBlock(kinds.get(line) as never)).toBe(true)
  })

  it("reads the headlines above a title printed twice as the page's header, and keeps the title and the body", () => {
    const title = 'هيئة الطرق تغلق الطريق الساحلي لإصلاح الجسر'
    const others = [
      'مدير المستشفى: أكثر من 300 مراجع في يوم واحد بسبب "الإنفلونزا" في المدينة وحدها',
      'نقابة المعلمين لـ "صوت المدينة": الإضراب مستمر حتى تنفيذ الاتفاق مع الوزارة',
    ]
    const page = [...others, title, '10:45', '320', 'مشاهدة', title, LEAD, SECOND].join('\n')
    const kinds = kindsOf(page)
    for (const line of others) expect(kinds.get(line)).toBe('navigation')
    expect(isContentBlock(kinds.get(title) as never)).toBe(true)
    expect(kinds.get(LEAD)).toBe('paragraph')
    // A sentence above the title is no headline of another story.
    const note = 'أغلقت الهيئة الطريق نفسه العام الماضي أسبوعا كاملا.'
    const noted = kindsOf([note, title, '10:45', '320', 'مشاهدة', title, LEAD, SECOND].join('\n'))
    expect(isContentBlock(noted.get(note) as never)).toBe(true)
  })

  it('reads a lone > below the article as a control of the page, not a paragraph', () => {
    const kinds = kindsOf(`${LEAD}\n${SECOND}\n>`)
    expect(kinds.get('>')).toBe('boilerplate')
    expect(kinds.get(SECOND)).toBe('paragraph')
  })

  it("reads a Latin widget message on a short Arabic page as clutter, whatever the page's line count", () => {
    const kinds = kindsOf(`إغلاق الطريق الساحلي ثلاثة أيام\n${LEAD}\nRedirecting to full article...`)
    expect(isContentBlock(kinds.get('Redirecting to full article...') as never)).toBe(false)
    expect(kinds.get(LEAD)).toBe('paragraph')
  })

  it("reads a printed page's numbered link as navigation, and keeps a sentence with a bracketed number", () => {
    const kinds = kindsOf(`إغلاق الطريق الساحلي ثلاثة أيام\nالطرق والنقل [2]\n${LEAD}\n${SECOND}`)
    expect(kinds.get('الطرق والنقل [2]')).toBe('navigation')
    const cited = 'وقدرت الهيئة كلفة الإصلاح بمليوني دينار [3]'
    expect(kindsOf(`${LEAD}\n${cited}\n${SECOND}`).get(cited)).not.toBe('navigation')
  })

  it('ends a list after an English "Check Also" header, and keeps the long lead above it', () => {
    const lead =
      'في مقابلة مع إذاعة محلية أجراها مراسلها في العاصمة شرح وزير النقل والأشغال العامة خطة الحكومة لإصلاح الطرق المتضررة ' +
      'كما تحدث عن كلفة الإصلاح ومصادر تمويله وعن الجدول الزمني للأعمال في المحافظات الساحلية والجبلية وعن الطرق البديلة ' +
      'التي ستفتح أمام المسافرين خلال فترة الإغلاق وعن تعويض أصحاب المحال التجارية المتضررين من العاصفة الأخيرة، وأكد أن الأعمال ' +
      'ستنتهي قبل موعد الامتحانات الرسمية وأن الوزارة ستنشر تقريراً أسبوعياً عن سير العمل في كل موقع من مواقع الإصلاح'
    const kinds = kindsOf(
      `${lead}\nCheck Also\nموعد افتتاح المتحف الوطني بعد الترميم\nتستعد وزارة الثقافة لافتتاح المتحف الوطني في الربيع المقبل بعد ترميم استمر عامين، بحسب ما أكدته مصادر …`,
    )
    expect(kinds.get(lead)).toBe('paragraph')
    expect(kinds.get('Check Also')).toBe('navigation')
    expect(kinds.get('موعد افتتاح المتحف الوطني بعد الترميم')).toBe('navigation')
  })
})

describe('teasers of other articles', () => {
  const teasers = [
    'أعلنت وزارة الصحة، أمس، بمعية قطاعات أخرى حملة وطنية لتلقيح الأطفال في المدارس الابتدائية والمتوسطة في كل الولايات...',
    'حدد البنك المركزي، المبلغ الأقصى المسموح بإخراجه من العملة الصعبة، من طرف المسافرين المقيمين في الخارج مرة كل عام...',
    'دعت وزارة الزراعة المزارعين إلى التسجيل في برنامج دعم البذور المحسنة قبل نهاية الشهر الحالي في كل المديريات...',
  ]

  it('reads three lines cut with … at one width, one after another, as links to other articles', () => {
    const lengths = teasers.map((teaser) => teaser.length)
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(12)
    const kinds = kindsOf(`${teasers.join('\n')}\n${LEAD}\n${SECOND}`)
    for (const teaser of teasers) expect(kinds.get(teaser)).toBe('navigation')
    expect(kinds.get(LEAD)).toBe('paragraph')
  })

  it("keeps a writer's lines that trail off at different lengths, and a single one", () => {
    const trailing = [
      'وقال أحد السائقين إن الانتظار طال كثيراً على الحاجز الذي أقيم عند مدخل الجسر...',
      'وتساءل آخر عن موعد فتح الطريق من جديد بعد أن أغلقت المحال التجارية أبوابها على جانبيه منذ الصباح الباكر حتى المساء...',
    ]
    const kinds = kindsOf(`${LEAD}\n${trailing.join('\n')}\n${SECOND}`)
    for (const line of trailing) expect(kinds.get(line)).toBe('paragraph')
    expect(kindsOf(`${teasers[0]}\n${LEAD}\n${SECOND}`).get(teasers[0]!)).toBe('paragraph')
  })
})

describe('clutter told by its place on the page', () => {
  it("keeps a short title that opens with a function word, under the section's name", () => {
    const text = `الصحافة المحلية\nمن الصحافة المحلية\nأبرز ما نشرته صحف الصباح عن إغلاق الطريق الساحلي\n${LEAD}\n${SECOND}`
    const kinds = kindsOf(text)
    expect(kinds.get('الصحافة المحلية')).toBe('navigation')
    expect(isContentBlock(kinds.get('من الصحافة المحلية') as never)).toBe(true)
  })

  it("keeps a speaker's line ending in a colon over the bulleted list of what he said, shaped like a byline or not", () => {
    const text = `المؤتمر الصحفي بعد مباراة الفريقين
مدرب الفريق الأول/ سامر خليل :
* لعبنا مباراة جيدة وكنا نستحق الفوز على منافس قوي.
* الإصابات أثرت على خطتنا في الشوط الثاني.
لاعب الفريق الثاني/ علي حسن :
* نبارك للفريق الأول هذا الفوز المستحق.`
    const kinds = kindsOf(text)
    expect(isContentBlock(kinds.get('مدرب الفريق الأول/ سامر خليل :') as never)).toBe(true)
    expect(isContentBlock(kinds.get('لاعب الفريق الثاني/ علي حسن :') as never)).toBe(true)
    // Without the list under it, the same shape under a title is a byline.
    const byline = kindsOf(`إغلاق الطريق الساحلي ثلاثة أيام\nالعاصمة/ سامر خليل :\n${LEAD}\n${SECOND}`)
    expect(byline.get('العاصمة/ سامر خليل :')).toBe('byline')
  })

  it("reads a section's name under an exclaiming title printed twice, before the date line and the lead", () => {
    const title = 'لن تصدقوا ما قاله مدرب المنتخب عن مباراة الغد أمام المتصدر !!'
    const text = `${title}\n${title}\nمنوعات\n2025/11/02, 04:00 م\n${LEAD}\n${SECOND}`
    const kinds = kindsOf(text)
    expect(kinds.get('منوعات')).toBe('navigation')
    expect(kinds.get(LEAD)).toBe('paragraph')
  })

  it("reads a writer's name of four words between the date line and the lead as a byline, but not above the date", () => {
    const page = (name: string) =>
      `إغلاق الطريق الساحلي ثلاثة أيام للإصلاح\nالتصنيف: محليات\n2025-11-02  05:31 ص\n${name}\n${LEAD}\n${SECOND}`
    expect(kindsOf(page('سامي عبد الله الخوري')).get('سامي عبد الله الخوري')).toBe('byline')
    const heading = `إغلاق الطريق الساحلي ثلاثة أيام للإصلاح\nخطة النقل البديلة الجديدة\n${LEAD}\n${SECOND}`
    expect(isContentBlock(kindsOf(heading).get('خطة النقل البديلة الجديدة') as never)).toBe(true)
  })
})

describe('a headline printed again with words joined to it (round 36)', () => {
  const lead =
    'افتتحت بلدية المدينة، صباح اليوم الثلاثاء، المكتبة العامة الجديدة في حي الزيتون بعد عامين من أعمال البناء والتجهيز.'
  const second =
    'وقال رئيس البلدية إن المكتبة تضم أكثر من عشرين ألف كتاب وقاعة للأطفال وأخرى للمطالعة الليلية.'

  it('reads a line ending in the headline printed under it as a breadcrumb, and keeps the headline', () => {
    const title = 'البلدية تفتتح المكتبة العامة في حي الزيتون'
    const crumb = `الرئيسية أخبار المدينة ثقافة ${title}`
    const kinds = kindsOf([crumb, title, 'بقلم: سعاد الأحمد', lead, second].join('\n'))
    expect(kinds.get(crumb)).toBe('navigation')
    expect(isContentBlock(kinds.get(title) as never)).toBe(true)
  })

  it('reads crumbs glued to a short headline as a breadcrumb, and the headline under it as the title', () => {
    const title = 'المكتبة… بيت الحي الجديد'
    const crumb = `موقع الغدأخبار البلد${title}`
    const kinds = kindsOf(['صحيفة الغد', crumb, title, 'الكاتب: منى سالم', lead, second].join('\n'))
    expect(kinds.get(crumb)).toBe('navigation')
    expect(isContentBlock(kinds.get(title) as never)).toBe(true)
  })

  it("reads the headline repeated under its date line with a photo's label as a caption", () => {
    const title = 'افتتاح المكتبة العامة الجديدة في حي الزيتون بالمدينة'
    const caption = `${title} صورة من الافتتاح`
    const kinds = kindsOf([title, 'الثلاثاء، 4 مارس 2025 10:30 ص', caption, lead, second].join('\n'))
    expect(isContentBlock(kinds.get(caption) as never)).toBe(false)
    expect(isContentBlock(kinds.get(title) as never)).toBe(true)
  })

  it('keeps the headline printed again after a dash or with a bracketed tag, and a headline under a cut teaser', () => {
    const title = 'البلدية تفتتح المكتبة العامة في حي الزيتون'
    const again = `صحيفة المدينة اليومية - ${title}`
    const tagged = `${title} (صور)`
    const kinds = kindsOf([title, again, tagged, lead, second].join('\n'))
    expect(isContentBlock(kinds.get(again) as never)).toBe(true)
    expect(isContentBlock(kinds.get(tagged) as never)).toBe(true)
    const teaser = 'البلدية تفتتح المكتبة العامة…'
    const under = `${teaser.replace('…', '')} في حي الزيتون`
    const cut = kindsOf([teaser, under, lead, second].join('\n'))
    expect(isContentBlock(cut.get(under) as never)).toBe(true)
  })
})

describe("an outlet's name alone on a line (round 37)", () => {
  const lead =
    'افتتحت بلدية المدينة، صباح اليوم الثلاثاء، المكتبة العامة الجديدة في حي الزيتون بعد عامين من أعمال البناء والتجهيز.'
  const second =
    'وقال رئيس البلدية إن المكتبة تضم أكثر من عشرين ألف كتاب وقاعة للأطفال وأخرى للمطالعة الليلية.'
  const title = 'البلدية تفتتح المكتبة العامة في حي الزيتون'

  it("reads the site's name of a title's length over the title, under its date line, as the logo", () => {
    const logo = 'شبكة أنباء الوادي الأخضر الإخبارية'
    const kinds = kindsOf(
      ['Tuesday 4th March 2025', logo, title, 'منذ سنة في 04/مارس/2025', lead, second].join('\n'),
    )
    expect(kinds.get(logo)).toBe('boilerplate')
    expect(isContentBlock(kinds.get(title) as never)).toBe(true)
  })

  it("reads an outlet's name ending in 24 under a headline that ends as a sentence, over the lead, as its credit", () => {
    const headline = 'المكتبة الجديدة.. أبواب مفتوحة للطلاب حتى منتصف الليل..'
    const kinds = kindsOf(['أخبار المدينة', headline, 'الوادي24', lead, second].join('\n'))
    expect(kinds.get('الوادي24')).toBe('byline')
    expect(isContentBlock(kinds.get(headline) as never)).toBe(true)
  })

  it("reads a centre's name opening a page with no body, over a follow prompt, as the logo", () => {
    const logo = 'مركز الساحل للدراسات'
    const paper = 'ورقة عن المكتبات العامة في مدن الساحل الجزء الأول'
    const kinds = kindsOf(
      [
        logo,
        'تابعنا على فيسبوك',
        paper,
        'الجزء الأول',
        '· المكتبات العامة في الساحل نشأت في عشرينيات القرن الماضي',
        '· الأندية الثقافية كانت تجمع الكتب وتعيرها للقراء',
      ].join('\n'),
    )
    expect(kinds.get(logo)).toBe('boilerplate')
    expect(isContentBlock(kinds.get(paper) as never)).toBe(true)
  })

  it("keeps a headline that opens with an outlet's head, a paragraph's head and a headline's broken tail", () => {
    const headline = 'قناة السويس تسجل إيرادات قياسية'
    const opened = kindsOf(['الثلاثاء 4 مارس 2025', headline, lead, second].join('\n'))
    expect(isContentBlock(opened.get(headline) as never)).toBe(true)
    const heading = 'موقع المكتبة'
    const inside = kindsOf([title, lead, heading, second, lead.replace('الثلاثاء', 'الأربعاء')].join('\n'))
    expect(isContentBlock(inside.get(heading) as never)).toBe(true)
    const broken = kindsOf(
      ['الثلاثاء 4 مارس 2025', 'البلدية تعرض خطة المكتبات الجديدة عبر', 'منصة الوادي', lead, second].join(
        '\n',
      ),
    )
    expect(isContentBlock(broken.get('منصة الوادي') as never)).toBe(true)
  })
})
