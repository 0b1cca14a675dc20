import { describe, expect, it } from 'vitest'
import { splitLines } from '../segment/lines.ts'
import { classifyLines } from './clutter.ts'
import { lineShape } from './clutter-line.ts'
import { isHardWrapped, joinWrappedLines } from './clutter-wrap.ts'
import { parseArticle } from './parse-article.ts'
import { kindsOf } from './test-helpers.ts'

// Written for these tests: a report wrapped at about sixty characters, as a printed or e-mailed page is.
const WRAPPED = `القاهرة - نشرة المدينة
افتتحت مديرية التربية في المحافظة صباح اليوم مدرسة جديدة في
حي الزيتون بعد عامين من العمل وتستقبل المدرسة ألف
تلميذ في مراحل التعليم الأساسي.
وقال مدير التربية إن المدرسة هي الثالثة التي تفتحها المديرية
هذا العام.
المدارس التي
تفتتح العام المقبل
وأضاف المدير أن المديرية تعمل على بناء أربع مدارس أخرى في
الأحياء الشرقية والجنوبية، وأن أعمال البناء تسير وفق الجدول المحدد لها تماماً.
وأشار إلى أن المديرية ستعين مئة معلم جديد في المدارس الأربع
قبل بداية العام الدراسي، حيث ينتظر أن`

const isContent = (kind: string | undefined) => kind === 'paragraph' || kind === 'heading'

describe('a hard-wrapped page', () => {
  it('keeps every wrapped line of the article, the last one cut by the stored page among them', () => {
    // The lines of one sentence make one paragraph (parse-article.wrapped.test.ts): each line is in a content block.
    const blocks = parseArticle({ text: WRAPPED }).blocks
    for (const line of WRAPPED.split('\n').slice(1)) {
      expect(isContent(blocks.find((block) => block.text.includes(line))?.kind), line).toBe(true)
    }
  })

  it('still reads the credit above the wrapped text as a byline: it ends neither on a function word nor near the width', () => {
    expect(kindsOf(WRAPPED).get('القاهرة - نشرة المدينة')).toBe('byline')
  })

  it('reads a page as wrapped only on two lines cut on a function word: one line cut on a function word may be a title', () => {
    const lines = [
      'المدارس الجديدة التي',
      'اقرأ أيضاً',
      'افتتاح مكتبة عامة في الحي الشرقي',
      'افتتحت البلدية مكتبة عامة في الحي الشرقي.',
    ]
    expect(isHardWrapped(lines.map((line) => lineShape(line)))).toBe(false)
    // Credits in brackets end on a letter (ب), and a stored page may cut its last line on a function word.
    const credited = [
      'الوزير يفتتح المعرض بحضور السفراء (أ.ف.ب)',
      'زوار في أروقة المعرض في يومه الأول (أ.ف.ب)',
      'وقال الوزير إن المعرض يستقبل زواره يومياً من',
    ]
    expect(isHardWrapped(credited.map((line) => lineShape(line)))).toBe(false)
    expect(isHardWrapped(WRAPPED.split('\n').map((line) => lineShape(line)))).toBe(true)
  })

  it('reads a page wrapped at one width as wrapped though no line ends on a function word, and keeps its lines', () => {
    // Written for these tests: two paragraphs wrapped at about fifty-five characters, each closed by a short line.
    const even = `البلدية تفتتح حديقة عامة جديدة في الحي الشمالي
افتتح رئيس بلدية المدينة صباح اليوم الحديقة العامة الجديدة
التي أنشئت على مساحة عشرة آلاف متر مربع في الحي الشمالي
بعد عامين من العمل المتواصل بمشاركة شركات محلية عديدة
ومنظمات أهلية تطوعت لزراعة الأشجار والأزهار في أرجائها
ووضع مقاعد خشبية وأعمدة إنارة تعمل بالطاقة الشمسية.
وقال رئيس البلدية إن الحديقة تضم ملعباً للأطفال ومسارات
للمشي وركوب الدراجات ومكتبة صغيرة ومقهى يديره شباب الحي
وستفتح أبوابها للزوار يومياً من الساعة الثامنة صباحاً
حتى منتصف الليل طوال أشهر الصيف والخريف المقبلة دون
رسوم دخول.`
    const lines = splitLines(even)
    expect(isHardWrapped(lines.map((line) => lineShape(even.slice(line.start, line.end))))).toBe(true)
    const kinds = classifyLines(even, lines)
    for (let i = 0; i < lines.length; i++)
      expect(kinds[i], even.slice(lines[i]!.start, lines[i]!.end)).toBeNull()
  })

  it('does not read headlines of about one length as a wrapped page: none is cut mid-sentence, none closes a paragraph', () => {
    const links = [
      'الحكومة تقر موازنة العام المقبل بعجز أقل من المتوقع',
      'ارتفاع أسعار الخضار في الأسواق الشعبية هذا الأسبوع',
      'منتخب الشباب يتأهل إلى نهائي البطولة العربية للقدم',
      'افتتاح معرض الكتاب بمشاركة ثلاثمئة دار نشر عربية',
      'تحذير من موجة حر تضرب المناطق الساحلية غداً',
    ]
    expect(isHardWrapped(links.map((line) => lineShape(line)))).toBe(false)
  })

  it('leaves a "read also" header and the links under it to the rules, wrapped page or not', () => {
    const text = `${WRAPPED.split('\n').slice(0, 6).join('\n')}
اقرأ أيضاً
افتتاح مكتبة عامة في الحي الشرقي من المدينة
تلاميذ المدارس يزرعون ألف شجرة في الحدائق العامة`
    const kinds = kindsOf(text)
    expect(kinds.get('اقرأ أيضاً')).toBe('navigation')
    expect(kinds.get('افتتاح مكتبة عامة في الحي الشرقي من المدينة')).toBe('navigation')
  })

  it('reads the width a narrow page was wrapped at from most of its lines, not from its one long line', () => {
    const narrow = `الأخبار المحلية
البلدية تفتتح حديقة عامة جديدة في الحي الشمالي للمدينة بعد عامين من العمل المتواصل
افتتح رئيس
البلدية صباح اليوم
الحديقة العامة الجديدة التي
أنشئت على مساحة
عشرة آلاف متر مربع
في الحي الشمالي.
وقال رئيس البلدية
إن الحديقة تضم
ملعباً للأطفال
ومسارات للمشي
وتفتح الحديقة أبوابها من
الصباح حتى المساء.
وأضاف أن البلدية
تعمل على إنشاء
حديقتين أخريين في
الحي الجنوبي قبل
نهاية العام.`
    const lines = splitLines(narrow)
    const kinds = classifyLines(narrow, lines)
    // From the lead's second line on (its first two words alone under the title are no different from a name).
    for (let i = 3; i < lines.length; i++)
      expect(kinds[i], narrow.slice(lines[i]!.start, lines[i]!.end)).toBeNull()
  })
  it('joins a narrow page’s short line into its paragraph when the next line’s first word would not have fit on it', () => {
    // Written for these tests: two paragraphs wrapped at thirty characters, a long word sent down twice, under a title
    // and over a header's links.
    const narrow = `المحافظ يفتتح المستشفى الجامعي الجديد
افتتح محافظ المدينة صباح اليوم
المستشفى الجامعي الجديد بحضور
عدد كبير من الخبراء
والاستشاريين والمستثمرين
والأطباء، ويضم المستشفى
ثلاثمئة سرير وقسماً للطوارئ
يعمل على مدار الساعة.
وقال المحافظ إن المستشفى سيخدم
سكان القرى المجاورة
والمستوصفات القريبة، وإن العمل
جار لافتتاح مستشفى ثان في
الجنوب قبل نهاية العام.
اقرأ أيضاً
البلدية تطلق حملة لتنظيف الشواطئ
افتتاح معرض الكتاب الدولي`
    const shapes = joinWrappedLines(narrow.split('\n').map((line) => lineShape(line)))
    const lines = narrow.split('\n')
    for (const line of ['عدد كبير من الخبراء', 'سكان القرى المجاورة'])
      expect(shapes[lines.indexOf(line)], line).toBeNull()
    for (const line of lines.slice(-3)) expect(shapes[lines.indexOf(line)], line).not.toBeNull()
  })
  it('closes a wrapped run on a sentence that announces a list with a colon, and leaves the list’s items to be read', () => {
    // Written for these tests: a lead wrapped at about forty characters that ends in a colon over three places.
    const listed = `البلدية تنظف الأحياء الشرقية
في إطار حملتها الأسبوعية لتحسين نظافة
المدينة، تولت فرق البلدية أمس التدخل
في المواقع الثلاثة التالية:
ساحة السوق القديم
محيط المدرسة الابتدائية
الطريق المؤدي إلى الملعب
وشملت الأشغال رفع الفضلات وتنظيف
الأرصفة وكنس الطرقات في الأحياء الثلاثة.`
    const lines = listed.split('\n')
    const shapes = joinWrappedLines(lines.map((line) => lineShape(line)))
    for (let i = 1; i <= 3; i++) expect(shapes[i], lines[i]).toBeNull()
    for (let i = 4; i <= 6; i++) expect(shapes[i], lines[i]).not.toBeNull()
  })

  it('does not close a wrapped run on a date line whose label the page left open, nor on a run with no comma', () => {
    const lines = [
      'والي المحافظة يعلن مواعيد جديدة لزيارة المعابر الحدودية',
      '9 نوفمبر 2019 آخر تحديث :',
      'أعلن والي المحافظة أن زيارة المعابر ستكون متاحة في أي وقت.',
    ]
    expect(joinWrappedLines(lines.map((line) => lineShape(line)))[1]).not.toBeNull()
    const plain = ['أعلن والي المحافظة صباح اليوم عن افتتاح', 'المعبر الحدودي الجديد في المواقع التالية:']
    expect(joinWrappedLines(plain.map((line) => lineShape(line))).every((shape) => shape !== null)).toBe(true)
  })

  it('never wraps an embedded post’s link into the article’s next line', () => {
    // Written for these tests: a minister's post quoted between two wrapped paragraphs.
    const quoted = `وكتب الوزير في تغريدة على حسابه الرسمي
بعد الاجتماع، معلقا على نتائجه:
اجتماع مثمر مع الشركاء اليوم حول مشاريع المياه
في المحافظة pic.twitter.com/AbCdEf1234
وأضاف الوزير أن المشاريع تشمل ثلاث محطات
جديدة لتحلية المياه في المناطق الساحلية.`
    const lines = quoted.split('\n')
    const shapes = joinWrappedLines(lines.map((line) => lineShape(line)))
    expect(shapes[3], lines[3]).not.toBeNull()
    expect(shapes[0]).toBeNull()
  })
  it('joins the last paragraph the stored page cut, with no comma in it, under a paragraph it joined', () => {
    // Written for these tests: two paragraphs wrapped at thirty characters, the second cut where the page was stored.
    const cut = `افتتح رئيس البلدية صباح اليوم
السوق الشعبي الجديد في الحي
الغربي من المدينة بحضور عدد من
التجار والسكان.
وأضاف رئيس البلدية أن السوق
يضم مئتي محل تجاري ومواقف
للسيارات وساحة للعروض وأن
البلدية تعمل على إنشاء سوقين
آخرين في الحي الشمالي والحي
الجنوبي قبل نهاية العام المقبل
بدعم`
    const shapes = joinWrappedLines(cut.split('\n').map((line) => lineShape(line)))
    expect(shapes.every((shape) => shape === null)).toBe(true)
    // Alone, with no paragraph above it and no comma, such a run may be a list's headlines: it stays read.
    const alone = cut.split('\n').slice(4)
    expect(joinWrappedLines(alone.map((line) => lineShape(line))).some((shape) => shape !== null)).toBe(true)
  })
  it('joins a paragraph that opens as the text goes on and ends with no full stop over a share bar', () => {
    // Written for these tests: two paragraphs wrapped at forty characters, the second without a full stop.
    const open = `افتتح رئيس البلدية صباح اليوم السوق
الشعبي الجديد في الحي الغربي من المدينة
بحضور عدد من التجار والسكان.
وتدعو البلدية التجار إلى الالتزام
بمواعيد فتح المحلات وإغلاقها حفاظا على
راحة سكان الحي الغربي وزوار السوق
شارك:
فيسبوك
تويتر`
    const lines = open.split('\n')
    const shapes = joinWrappedLines(lines.map((line) => lineShape(line)))
    for (let i = 0; i <= 5; i++) expect(shapes[i], lines[i]).toBeNull()
    for (let i = 6; i < lines.length; i++) expect(shapes[i], lines[i]).not.toBeNull()
  })
  it('reads a page as wrapped on three lines of one width, one with a comma, over the full stop of their short last line', () => {
    // Written for these tests: one paragraph wrapped at about sixty characters, no line cut on a function word.
    const three = `البلدية تفتتح السوق الشعبي الجديد
افتتح رئيس البلدية صباح اليوم السوق الشعبي الجديد بالحي
الغربي من المدينة، بحضور عدد كبير من التجار والسكان وممثلي
الغرف التجارية بالمحافظة وأعضاء المجلس البلدي وممثلين
عن الجمعيات الأهلية.`
    expect(isHardWrapped(three.split('\n').map((line) => lineShape(line)))).toBe(true)
  })

  it('does not read three headlines of one length over a question as a wrapped paragraph', () => {
    // Written for these tests: a most-read list whose last headline asks a question.
    const headlines = `الأكثر قراءة
الأمم المتحدة تحذر من موجة جفاف جديدة في شرق القارة
منتخب الشباب يصل إلى الدوحة للمشاركة في البطولة
أسعار الذهب ترتفع مجدداً في الأسواق المحلية اليوم
هل تنجح المفاوضات الجديدة في إنهاء الأزمة؟`
    expect(isHardWrapped(headlines.split('\n').map((line) => lineShape(line)))).toBe(false)
  })

  it('does not close a wrapped run on a teaser cut short with an ellipsis, nor wrap a post’s signature', () => {
    const teasers = [
      'البلدية تفتتح السوق الشعبي الجديد في الحي الغربي من المدينة',
      'افتتح رئيس البلدية صباح اليوم السوق الشعبي الجديد بحضور عدد من…',
      'وقال الوزير في تغريدة إن المشروع سيبدأ العام المقبل في موعده',
    ]
    expect(joinWrappedLines(teasers.map((line) => lineShape(line))).every((shape) => shape !== null)).toBe(
      true,
    )
    const post = [
      'نشكر كل من شارك في حملة التشجير اليوم في الحي الغربي من المدينة',
      '— بلدية المدينة الكبرى ومجلسها البلدي (@CityTownCouncil) March 3, 2024',
      'وقالت البلدية في بيان إن الحملة ستتواصل في الأحياء الأخرى حتى الربيع.',
    ]
    expect(joinWrappedLines(post.map((line) => lineShape(line)))[1]).not.toBeNull()
  })
})
