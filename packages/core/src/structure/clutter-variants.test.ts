import { describe, expect, it } from 'vitest'
import { parseArticle } from './parse-article.ts'
import { kindsOf } from './test-helpers.ts'

// Lines written for these tests, in the shapes scraped pages take.
const LEAD =
  'أعلنت وزارة الزراعة، اليوم الأحد، بدء موسم حصاد القمح في المحافظات الشمالية وسط توقعات بإنتاج وفير.'
const SECOND = 'وقال المتحدث باسم الوزارة إن الصوامع جاهزة لاستقبال المحصول منذ مطلع الشهر الجاري.'
const THIRD = 'وأضاف أن الأسعار التي حددتها الحكومة للطن الواحد تغطي كلفة الإنتاج وتترك هامشاً للمزارعين.'

describe('dates, credits and captions in other shapes', () => {
  it('reads a full date after an outlet and a source set off by a colon or dash as a date line', () => {
    const kinds = kindsOf(`بدء موسم حصاد القمح في المحافظات الشمالية
صدى الريف - وكالات: الأحد 03 سبتمبر 2017 03:59 مساءً
${LEAD}
${SECOND}`)
    expect(kinds.get('صدى الريف - وكالات: الأحد 03 سبتمبر 2017 03:59 مساءً')).toBe('dateline')
    expect(kinds.get('بدء موسم حصاد القمح في المحافظات الشمالية')).toBe('heading')
  })

  it('reads numeric dates alone as date lines, and keeps a title that ends with a date after في', () => {
    const kinds = kindsOf(`انطلاق المهرجان في 15 أكتوبر 2025
15/10/2025
${LEAD}
الحصاد في 15.10.2025`)
    expect(kinds.get('15/10/2025')).toBe('dateline')
    expect(kinds.get('انطلاق المهرجان في 15 أكتوبر 2025')).toBe('heading')
  })

  it("reads agencies' initials in brackets, and a credit label that lost its value, as bylines", () => {
    const kinds = kindsOf(`${LEAD}
${SECOND}
(أ ف ب) - (د ب أ)
المصدر -`)
    expect(kinds.get('(أ ف ب) - (د ب أ)')).toBe('byline')
    expect(kinds.get('المصدر -')).toBe('byline')
  })

  it('reads a caption printed twice on one line, glued or spaced, as a caption', () => {
    const kinds = kindsOf(`حصاد القمح في سهل الغاب حصاد القمح في سهل الغاب
صوامع الحبوبصوامع الحبوب
${LEAD}
${SECOND}`)
    expect(kinds.get('حصاد القمح في سهل الغاب حصاد القمح في سهل الغاب')).toBe('caption')
    expect(kinds.get('صوامع الحبوبصوامع الحبوب')).toBe('caption')
  })

  it('reads a breadcrumb of two items with » as navigation', () => {
    expect(kindsOf(`الرئيسية » أخبار محلية\n${LEAD}`).get('الرئيسية » أخبار محلية')).toBe('navigation')
  })

  it('reads reading times, view counts in thousands and follow prompts as share lines', () => {
    const kinds = kindsOf(`${LEAD}
وقت القراءة: 3 دقائق
1.2K مشاهدة
تابعنا
انضم لقناتنا على واتساب
${SECOND}`)
    for (const line of ['وقت القراءة: 3 دقائق', '1.2K مشاهدة', 'تابعنا', 'انضم لقناتنا على واتساب'])
      expect(kinds.get(line), line).toBe('share')
    expect(kinds.get(SECOND)).toBe('paragraph')
  })
})

describe("a page's furniture", () => {
  it('reads widgets, app prompts, link headers and a name after بقلم and a slash by what they are', () => {
    const expected: Record<string, string> = {
      'بقلم / سامر العلي': 'byline',
      'اخترنا لكم': 'navigation',
      'عرض المزيد': 'navigation',
      'تم نسخ الرابط': 'share',
      'رابط مختصر': 'share',
      حفظ: 'share',
      'اضغط هنا للاشتراك': 'boilerplate',
      'حمل تطبيق صدى الريف': 'boilerplate',
    }
    const kinds = kindsOf(`${LEAD}\n${Object.keys(expected).join('\n')}\n${SECOND}`)
    for (const [line, kind] of Object.entries(expected)) expect(kinds.get(line), line).toBe(kind)
  })

  it('keeps sentences that start with the same words', () => {
    const sentence = 'اضغط هنا لقراءة التقرير كاملا.'
    const kinds = kindsOf(`${LEAD}\n${sentence}\nحفظ الأمن مسؤولية الجميع كما قال الوزير\n${SECOND}`)
    expect(kinds.get(sentence)).toBe('paragraph')
    expect(['heading', 'paragraph']).toContain(kinds.get('حفظ الأمن مسؤولية الجميع كما قال الوزير'))
  })
})

describe('lines told by what surrounds them', () => {
  it('reads the lines above an embedded post that write with hashtags and emoji as the post', () => {
    const kinds = kindsOf(`${LEAD}
موسم الخير في #سهل_الغاب هذا العام 🌾🌾
والصوامع امتلأت #القمح
الحمد لله على النعمة pic.twitter.com/Ab12Cd34Ef— مزارع من الغاب (@farmer_ghab) ١٤ حزيران ٢٠٢٤
${SECOND}`)
    expect(kinds.get('موسم الخير في #سهل_الغاب هذا العام 🌾🌾')).toBe('embed')
    expect(kinds.get('والصوامع امتلأت #القمح')).toBe('embed')
    expect(kinds.get(LEAD)).toBe('paragraph')
  })

  it('reads a signature dated in Eastern Arabic digits as an embed', () => {
    const kinds = kindsOf(`${LEAD}
الحصاد بدأ
— مزارع من الغاب (@farmer_ghab) ١٤ حزيران ٢٠٢٤
${SECOND}`)
    expect(kinds.get('— مزارع من الغاب (@farmer_ghab) ١٤ حزيران ٢٠٢٤')).toBe('embed')
  })

  it('reads a "may interest you" headline as navigation, even a long one ending in !, but not a sentence', () => {
    const long =
      'قد يهمك عروض حصرية على الهواتف الذكية لفترة محدودة فقط احجز الآن قبل نفاد الكمية من المتاجر!'
    const sentence = 'قد يهمك أن تعرف أن الوزارة فتحت باب التسجيل للمزارعين في كل المحافظات.'
    const kinds = kindsOf(`${LEAD}\n${long}\n${SECOND}\n${sentence}\n${THIRD}`)
    expect(kinds.get(long)).toBe('navigation')
    expect(kinds.get(sentence)).toBe('paragraph')
  })

  it('reads a teaser cut short with … in a list of related links as navigation', () => {
    const teaser = 'المزارعون يطالبون برفع سعر الطن، ويهددون بالامتناع عن التسليم …'
    const kinds = kindsOf(`${LEAD}\n${SECOND}\nاقرأ أيضاً\nارتفاع أسعار الأسمدة في الأسواق\n${teaser}`)
    expect(kinds.get(teaser)).toBe('navigation')
  })

  it('keeps the title printed again between paragraphs or under the title (the guideline labels copies title)', () => {
    const title = 'الزراعة تعلن بدء موسم حصاد القمح'
    const below = parseArticle(`${title}\n${LEAD}\n${SECOND}\n${title}\n${THIRD}`)
    expect(below.blocks.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ])
    const under = parseArticle(`${title}\n${title}\n${LEAD}\n${SECOND}`)
    expect(under.blocks.map((block) => block.kind)).toEqual(['heading', 'heading', 'paragraph', 'paragraph'])
  })

  it('keeps every copy of a title printed three times above the body as the title (the guideline labels them so)', () => {
    const title = 'الزراعة تعلن بدء موسم حصاد القمح'
    const kinds = parseArticle(`${title}\n${title}\n${title}\n${LEAD}\n${SECOND}`).blocks.map((b) => b.kind)
    expect(kinds).toEqual(['heading', 'heading', 'heading', 'paragraph', 'paragraph'])
  })

  it('keeps words alone over the lead that the lead takes up as a heading, and a name over it as a byline', () => {
    const title = 'الزراعة تعلن بدء موسم حصاد القمح في الشمال'
    const lead = 'وقدرت الوزارة الخسائر التي خلفها الجفاف في الموسم الماضي بملايين الدنانير، وفق بيان رسمي.'
    const heading = 'الخسائر الزراعية'
    expect(kindsOf(`${title}\n${heading}\n${lead}\n${SECOND}`).get(heading)).toBe('heading')
    const name = 'سامي الحداد'
    expect(kindsOf(`${title}\n${name}\n${lead}\n${SECOND}`).get(name)).toBe('byline')
    // A given name the lead also names is still the writer's.
    const writer = 'محمد الحداد'
    const about = 'وقال محمد العلي، مدير الوزارة، إن الخسائر التي خلفها الجفاف كبيرة هذا الموسم.'
    expect(kindsOf(`${title}\n${writer}\n${about}\n${SECOND}`).get(writer)).toBe('byline')
    // So is one that ends in ى or ة, which the line's words fold to ي and ه.
    for (const [given, other] of [
      ['موسى', 'عيسى'],
      ['حمزة', 'أسامة'],
    ]) {
      const named = `${given} الحداد`
      const lead = `وقال ${given} ${other}، مدير الوزارة، إن الخسائر التي خلفها الجفاف كبيرة هذا الموسم.`
      expect(kindsOf(`${title}\n${named}\n${lead}\n${SECOND}`).get(named), named).toBe('byline')
    }
  })

  it('reads a breadcrumb that ends with the title as navigation, and the title under it as the title', () => {
    const title = 'الزراعة تعلن بدء موسم حصاد القمح'
    for (const crumb of [`الرئيسية / اقتصاد / ${title}`, 'الرئيسية » هل تنقذ الأمطار موسم القمح؟!']) {
      const kinds = kindsOf(`أخبار\n${crumb}\n${title}\n${LEAD}\n${SECOND}`)
      expect(kinds.get(crumb), crumb).toBe('navigation')
      expect(kinds.get(title)).toBe('heading')
    }
    // Only the home page opens a breadcrumb: a section's name and a slash open a line of the article's.
    const kinds = kindsOf(`${title}\nاقتصاد / الزراعة تعلن بدء موسم الحصاد غدا\n${LEAD}\n${SECOND}`)
    expect(kinds.get('اقتصاد / الزراعة تعلن بدء موسم الحصاد غدا')).not.toBe('navigation')
  })

  it('keeps a word alone that names a part of the text to the article, where a name there would be a byline', () => {
    const title = 'الزراعة تعلن بدء موسم حصاد القمح'
    for (const part of ['مقدمة', 'تقديم:', 'الخاتمة']) {
      const kinds = kindsOf(`${title}\nالخميس 12 مارس 2024\n${part}\n${LEAD}\n${SECOND}`)
      expect(kinds.get(part), part).toMatch(/heading|paragraph/)
    }
    expect(kindsOf(`${title}\nالخميس 12 مارس 2024\nسامر العلي\n${LEAD}\n${SECOND}`).get('سامر العلي')).toBe(
      'byline',
    )
  })

  it('reads the title when it is a question long enough for a sentence, and the name under it as a byline', () => {
    const kinds = kindsOf(`زراعة
كيف تستعد الصوامع لاستقبال محصول القمح في موسم الحصاد الجديد هذا العام؟
سامر العلي
${LEAD}
${SECOND}`)
    expect(kinds.get('زراعة')).toBe('navigation')
    expect(kinds.get('سامر العلي')).toBe('byline')
  })

  it('reads an outlet and its source split by a slash under the title as a byline', () => {
    const kinds = kindsOf(`الزراعة تعلن بدء موسم حصاد القمح\nخاص / صدى الريف\n${LEAD}\n${SECOND}`)
    expect(kinds.get('خاص / صدى الريف')).toBe('byline')
  })

  it("reads a bulleted comment policy below the article as boilerplate, and keeps the article's own list", () => {
    const rules = [
      '- يرجى عدم تكرار إرسال التعليق',
      '- يرجى احترام آراء الآخرين.',
      '- لن تنشر التعليقات المسيئة',
    ]
    const kinds = kindsOf(`${LEAD}\n${SECOND}\n${rules.join('\n')}`)
    for (const line of rules) expect(kinds.get(line), line).toBe('boilerplate')
    const list = ['- توزيع البذور على المزارعين', '- صيانة الصوامع قبل الحصاد', '- تسعير الطن الواحد']
    const own = kindsOf(`${LEAD}\nوحددت الوزارة ثلاث أولويات:\n${list.join('\n')}`)
    for (const line of list) expect(['heading', 'paragraph'], line).toContain(own.get(line))
  })

  it('keeps a caption-less photo from taking the lead written under a caption that holds its own text', () => {
    const lead = 'بدأ موسم حصاد القمح في المحافظات الشمالية وسط توقعات بإنتاج وفير هذا العام رغم قلة الأمطار'
    const kinds = kindsOf(`الزراعة تعلن بدء موسم حصاد القمح
حصاد القمح في سهل الغاب حصاد القمح في سهل الغاب
${lead}
${SECOND}`)
    expect(kinds.get(lead)).toBe('paragraph')
  })
})
