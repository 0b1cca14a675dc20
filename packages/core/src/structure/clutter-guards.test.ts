import { describe, expect, it } from 'vitest'
import { lineKind, lineShape } from './clutter-line.ts'
import { kindsOf } from './test-helpers.ts'

// Written for these tests.
const isContent = (kind: string | undefined) => kind === 'paragraph' || kind === 'heading'
const LEAD =
  'افتتح وزير الثقافة صباح اليوم الدورة الجديدة لمعرض الكتاب بمشاركة أكثر من ثلاثمئة دار نشر من عشرين بلداً.'

describe('article lines the rules keep', () => {
  it('keeps the paragraphs of a page that writes no full stop above its first sentence, and still reads the links under it', () => {
    const paragraphs = [
      'أعلن وزير الزراعة، صباح اليوم، إطلاق حملة وطنية لزراعة مليون شجرة في المحافظات الجنوبية',
      'وأكد الوزير أن الحملة تشمل المدارس والجامعات والبلديات في كل المحافظات',
      'وأشار إلى أن الوزارة وفرت الشتلات مجاناً لكل من يطلبها من المواطنين والجمعيات',
    ]
    const links = [
      'الحكومة تقر موازنة العام المقبل بعجز أقل',
      'ارتفاع أسعار الخضار في الأسواق الشعبية',
      'منتخب الشباب يتأهل إلى نهائي البطولة العربية',
    ]
    const text = `وزير الزراعة يطلق حملة لزراعة مليون شجرة
الرباط - نشرة الحقول
${paragraphs.join('\n')}
ويأمل القائمون على الحملة أن تسهم الأشجار الجديدة في الحد من التصحر الذي يهدد الواحات والقرى الجنوبية، وأن توفر ظلاً للمدارس والطرق خلال أشهر الصيف الطويلة، وأن تصبح غرس الأشجار عادة سنوية لدى الأسر والمدارس.
${links.join('\n')}`
    const kinds = kindsOf(text)
    for (const line of paragraphs) expect(isContent(kinds.get(line)), line).toBe(true)
    for (const line of links) expect(kinds.get(line), line).toBe('navigation')
    expect(kinds.get('الرباط - نشرة الحقول')).toBe('byline')
  })

  it('keeps the title a header’s list ran into, its date line and outlet under it read as a date line', () => {
    const title = 'المجلس البلدي يقر خطة لتوسيع شبكة النقل في المدينة'
    const dated = 'الخميس 3 أبريل 2025 الساعة 9 صباحاً / نشرة الواحة'
    const text = `آخر الأخبار
الرئيسية   محليات
${title}
${dated}
أقر المجلس البلدي، في جلسته الأسبوعية، خطة لتوسيع شبكة النقل العام في المدينة تشمل ثلاثة خطوط جديدة للحافلات.
وقال رئيس المجلس إن الخطة تبدأ مطلع الصيف المقبل وتستمر عامين.`
    const kinds = kindsOf(text)
    expect(isContent(kinds.get(title))).toBe(true)
    expect(kinds.get(dated)).toBe('dateline')
  })

  it('still reads a run of short headlines above the body as links: a paragraph is a sentence long', () => {
    const items = ['وفاة فنان كبير', 'وصول الوفد', 'وقف إطلاق النار']
    const text = `${items.join('\n')}
وزير الزراعة يطلق حملة لزراعة مليون شجرة
${LEAD}
ويأمل القائمون على الحملة أن تسهم الأشجار الجديدة في الحد من التصحر.`
    const kinds = kindsOf(text)
    for (const line of items) expect(kinds.get(line), line).toBe('navigation')
  })

  it('keeps two opening paragraphs that trail off at about one width: two is chance, three a site’s teasers', () => {
    const first = `يستعد سكان الواحة لموسم جني التمور الذي يبدأ مطلع الخريف ويستمر أسابيع طويلة بين النخيل ${'والبساتين المتجاورة '.repeat(3)}…`
    const second = `ويعول المزارعون على هذا الموسم لتعويض خسائر العام الماضي التي خلفتها موجة الحر والجفاف الطويل ${'والرياح الموسمية '.repeat(3)}…`
    const text = `${first}
${second}
ويأمل المزارعون أن تتحسن أسعار البيع هذا العام، وأن تفتح الأسواق المجاورة أبوابها أمام منتجاتهم.`
    expect(Math.abs(first.length - second.length)).toBeLessThanOrEqual(12)
    const kinds = kindsOf(text)
    expect(isContent(kinds.get(first))).toBe(true)
    expect(isContent(kinds.get(second))).toBe(true)
  })

  it('keeps two headings and a line broken off at a comma under the body: no list of links ends in a comma', () => {
    const text = `معرض الكتاب يفتح أبوابه
${LEAD}
وأضاف الوزير أن المعرض يستقبل زواره يومياً من العاشرة صباحاً حتى العاشرة مساءً طوال أيامه العشرة.
دور النشر العربية في المعرض
أجنحة جديدة هذا العام
سجّلت إدارة المعرض مشاركة واسعة لدور النشر[1]،`
    const kinds = kindsOf(text)
    for (const line of text.split('\n').slice(3)) expect(isContent(kinds.get(line)), line).toBe(true)
  })

  it('keeps the page’s last line when it opens as a paragraph does and holds a comma', () => {
    const cut = 'تقول سلمى، الطالبة في كلية الآداب، إن الروايات المترجمة'
    const text = `معرض الكتاب يفتح أبوابه
${LEAD}
وأضاف الوزير أن المعرض يستقبل زواره يومياً من العاشرة صباحاً حتى العاشرة مساءً طوال أيامه العشرة.
زوار في أروقة المعرض
ازدحام في اليوم الأول
${cut}`
    const kinds = kindsOf(text)
    expect(isContent(kinds.get(cut))).toBe(true)
    expect(isContent(kinds.get('ازدحام في اليوم الأول'))).toBe(true)
  })

  it('keeps a long unpunctuated lead that opens with the outlet’s credit and a dash: a ticker has no credit', () => {
    const lead =
      `نشرة الحقول - ينتظر ${'أن يبدأ حصاد القمح في السهول الوسطى والغربية خلال الأيام المقبلة '.repeat(4)}`.trim()
    const text = `${lead}
السهل الأوسط الوادي الكبير الهضبة الغربية التلال الشمالية
كما يشمل الحصاد حقول الشعير في الهضبة والتلال.`
    expect(isContent(kindsOf(text).get(lead))).toBe(true)
  })

  it('keeps the points printed between the title’s date line and its byline, where no list of links stands', () => {
    const points = [
      'مدير الميناء: ثلاث أرصفة جديدة قبل نهاية العام',
      'حركة الحاويات تضاعفت خلال خمس سنوات',
      'الربط السككي أولوية المرحلة المقبلة للميناء',
    ]
    const text = `مدير الميناء في حديث مطول: التوسعة تكتمل العام المقبل
الأحد, 15 فبراير 2026, 12:26
${points.join('\n')}
صحيفة الساحل – سليم أبو خالد
قال مدير الميناء في حديث مطول إن أعمال التوسعة تسير وفق الجدول المقرر وإنها تكتمل في الربع الأخير من العام المقبل.`
    const kinds = kindsOf(text)
    for (const point of points) expect(isContent(kinds.get(point))).toBe(true)
  })

  it('keeps the title printed again without the word the page set before it, rather than a caption', () => {
    const text = `أخبار البلدية: المجلس يقر موازنة العام المقبل بالإجماع
البلدية: المجلس يقر موازنة العام المقبل بالإجماع
الاثنين 02 مارس 2025
أقر المجلس البلدي في جلسته الأخيرة موازنة العام المقبل بالإجماع بعد نقاش استمر ثلاث ساعات بين الأعضاء.`
    expect(kindsOf(text).get('البلدية: المجلس يقر موازنة العام المقبل بالإجماع')).not.toBe('caption')
  })

  it('keeps the title printed again without the site name the head title ends with, rather than a caption', () => {
    const copy = 'المجلس يقر موازنة العام المقبل بالإجماع'
    const text = `${copy} - صوت المدينة
${copy}
المدينة – صوت المدينة
أقر المجلس البلدي في جلسته الأخيرة موازنة العام المقبل بالإجماع بعد نقاش استمر ثلاث ساعات بين الأعضاء.`
    expect(isContent(kindsOf(text).get(copy))).toBe(true)
    // A shorter line that repeats the title's first words with no dash after them is still a caption's text.
    const part = 'المجلس يقر موازنة العام المقبل'
    const caption = text.replace(`${copy}\n`, `${part}\n`).replace(' - صوت المدينة', '')
    expect(kindsOf(caption).get(part)).toBe('caption')
  })

  it('keeps a paragraph of over forty words with no comma that opens as a paragraph does, where a ticker stands', () => {
    const opening =
      'أحياء المدينة الجنوبية تستعيد حركتها شيئاً فشيئاً بعد أن رجعت المياه والكهرباء إلى البيوت وفتحت الأسواق أبوابها أمام السكان العائدين من مناطق النزوح في الشمال بعد شهور طويلة من الانتظار في المخيمات والمدارس التي تحولت إلى مراكز للإيواء طوال فصل الشتاء الماضي'
    const paragraph =
      'في هذا السياق زار محافظ المدينة صباح الأحد عدداً من المواقع شملت الأسواق والمستشفيات والمدارس في الأحياء الجنوبية واطلع خلالها على سير العمل في مشروعات إعادة التأهيل التي تنفذها البلدية منذ أشهر واستمع إلى شكاوى السكان عن نقص المياه وانقطاع الكهرباء ووعدهم بحلها في أقرب وقت ممكن'
    const notice = 'لمعرفة التفاصيل كاملة، تفضلوا بزيارة صفحة المحافظة عبر هذا الرابط.'
    const kinds = kindsOf([opening, 'جولة ميدانية لمحافظ المدينة', paragraph, notice].join('\n'))
    expect(paragraph.split(' ').length).toBeGreaterThan(40)
    expect(kinds.get(paragraph)).toBe('paragraph')
    // A line that opens with a noun, as glued headlines do, is still read as a ticker there.
    expect(kinds.get(opening)).toBe('navigation')
  })

  it('keeps a long lead with no comma under the title: a ticker of glued headlines stands above the title', () => {
    const lead =
      'شاركت فرق الدفاع المدني صباح اليوم في حملة واسعة لتنظيف مجاري المياه في الأحياء المنخفضة من المدينة استعداداً لموسم الأمطار الذي يبدأ عادة في منتصف الشهر المقبل وتستمر الحملة أسبوعين كاملين بمشاركة متطوعين من الجمعيات المحلية وطلاب المدارس الثانوية الذين تطوعوا للعمل في عطلة نهاية الأسبوع'
    const text = `الدفاع المدني يطلق حملة لتنظيف مجاري المياه قبل الأمطار
مراسل الساحل / متابعة
${lead}
أضف تعليق
هذا الموقع يستخدم خدمة لتقليل التعليقات المزعجة. اعرف المزيد عن كيفية معالجة بياناتك.`
    expect(lead.split(' ').length).toBeGreaterThan(40)
    expect(kindsOf(text).get(lead)).toBe('paragraph')
  })
})

describe('clutter the rules read', () => {
  it('reads a date line that says when the page was added, by its shape alone', () => {
    expect(lineKind(lineShape('أضيف في 3 مارس 2019 الساعة 09:15'), [])).toBe('dateline')
    expect(lineKind(lineShape('أضيف بتاريخ 3 مارس 2024'), [])).toBe('dateline')
  })

  it('reads the headers, prompts and buttons of a page by their words', () => {
    const kinds: [string, string][] = [
      ['موضوعات ذات صلة:', 'navigation'],
      ['Related posts', 'navigation'],
      ['المقال التالي', 'navigation'],
      ['اعرف أكثر', 'navigation'],
      ['أنشرها:', 'share'],
      ['تعليقات', 'boilerplate'],
      ['إضافة تعليق جديد', 'boilerplate'],
      ['ابحث في الموقع', 'boilerplate'],
      ['error: Content is protected !!', 'boilerplate'],
    ]
    for (const [line, kind] of kinds) expect(lineKind(lineShape(line), []), line).toBe(kind)
  })

  it('reads a labelled date in another calendar, an illustration’s caption, a post’s signature and a news code', () => {
    const kinds: [string, string][] = [
      ['تاريخ النشر: ۲ مرداد ۱۴۰۲ - ۱۰:۱۵', 'dateline'],
      ['رسم توضيحي: خريطة الطريق الجديد بين المدينتين', 'caption'],
      ['توضيحية: سيارة إسعاف أمام المستشفى. (lens / Example.com)', 'caption'],
      ['Posted by إذاعة المدينة on Monday, March 4, 2019', 'embed'],
      ['رمز الخبر: ۲۰۴۸۱', 'boilerplate'],
    ]
    for (const [line, kind] of kinds) expect(lineKind(lineShape(line), []), line).toBe(kind)
    // A label with no date after it is a heading's words.
    expect(lineKind(lineShape('تاريخ النشر: الخطة الجديدة للحكومة'), [])).toBeNull()
  })

  it('reads an outlet’s name and a colon just above the lead as the lead’s credit', () => {
    const text = `الجنوب اليوم:
${LEAD}
وأضاف الوزير أن المعرض يستقبل زواره يومياً من العاشرة صباحاً حتى العاشرة مساءً طوال أيامه العشرة.`
    expect(kindsOf(text).get('الجنوب اليوم:')).toBe('byline')
  })

  it('reads a long sentence in Latin script alone in an Arabic page as clutter, like a short one', () => {
    const caption =
      'Visitors walk between the stands of the international book fair on its opening day in the capital, on Monday.'
    const page = `معرض الكتاب يفتح أبوابه للزوار\n${LEAD}\n${caption}\n${LEAD}`
    const kind = kindsOf(page).get(caption)
    expect(isContent(kind)).toBe(false)
  })

  it('reads a menu glued on one line, most of its words sections’ names, as navigation; not a title naming one', () => {
    const menu = 'أخبار محلية اقتصاد رياضة منوعات صور وفيديو'
    const title = 'المنتخب الوطني يفوز في مباراة ودية استعداداً للبطولة'
    // The lead names the menu's subject (الرياضة): no rule of topic reads the menu as another story's.
    const lead =
      'فاز المنتخب الوطني لكرة القدم مساء أمس في مباراة ودية أقيمت في العاصمة ضمن استعداداته للبطولة المقبلة، وسط حضور جماهيري كبير من محبي الرياضة.'
    const kinds = kindsOf(`${menu}\n${title}\n${lead}`)
    expect(kinds.get(menu)).toBe('navigation')
    expect(isContent(kinds.get(title))).toBe(true)
  })

  it('reads a mailing list prompt as boilerplate', () => {
    expect(
      kindsOf(`اشترك معنا بالقائمة البريدية
معرض الكتاب يفتح أبوابه للزوار
${LEAD}`).get('اشترك معنا بالقائمة البريدية'),
    ).toBe('boilerplate')
  })

  it('reads a section name printed above the title and again at the foot as the menu, and the links after it', () => {
    const text = `ثقافة
معرض الكتاب يفتح أبوابه للزوار
${LEAD}
ثقافة
مهرجان المسرح يعلن أسماء الفائزين بجوائزه`
    const kinds = kindsOf(text)
    expect(kinds.get('ثقافة')).toBe('navigation')
    expect(kinds.get('مهرجان المسرح يعلن أسماء الفائزين بجوائزه')).toBe('navigation')
  })
})
