import { describe, expect, it } from 'vitest'
import { listMark } from './clutter-lists.ts'
import { kindsOf } from './test-helpers.ts'

const isContent = (kind: string | undefined) => kind === 'paragraph' || kind === 'heading'

describe('listMark', () => {
  it('reads bullets and numbers in either digits, and whether the line holds nothing else', () => {
    expect(listMark('• الموعد: الجمعة')).toEqual({ sign: '•', number: null, bare: false })
    expect(listMark('٣- الرياح: شمالية غربية')).toEqual({ sign: '#', number: 3, bare: false })
    expect(listMark('12. البند الأخير')).toEqual({ sign: '#', number: 12, bare: false })
    expect(listMark('-')).toEqual({ sign: '-', number: null, bare: true })
  })

  it('reads no mark in a year, a dash inside a line or a line without one', () => {
    expect(listMark('2025 - عام الانتخابات')).toBeNull()
    expect(listMark('الحكومة - قرار جديد')).toBeNull()
    expect(listMark('-الحكومة')).toBeNull()
  })
})

// Written for these tests: a recipe page whose numbered steps go on past the body's last full sentence.
const RECIPE_LEAD =
  'تحضر كعكة البرتقال في أقل من ساعة بمكونات بسيطة متوفرة في كل مطبخ، وتقدم باردة مع الشاي في المساء.'

describe('a list the body ends in', () => {
  it('keeps the numbered items after the last sentence: the next numbers are the article list, not links', () => {
    const text = `كعكة البرتقال بخطوات سهلة
${RECIPE_LEAD}
طريقة التحضير:
١- يخفق البيض مع السكر حتى يصبح المزيج فاتح اللون.
٢- يضاف عصير البرتقال وقشره المبشور ويقلب جيداً.
٣- الدقيق: يضاف تدريجياً مع التقليب الخفيف
٤- الفرن: حرارة متوسطة مدة أربعين دقيقة
٥- التزيين: سكر ناعم وشرائح برتقال`
    const kinds = kindsOf(text)
    expect(isContent(kinds.get('٣- الدقيق: يضاف تدريجياً مع التقليب الخفيف'))).toBe(true)
    expect(isContent(kinds.get('٤- الفرن: حرارة متوسطة مدة أربعين دقيقة'))).toBe(true)
    expect(isContent(kinds.get('٥- التزيين: سكر ناعم وشرائح برتقال'))).toBe(true)
  })

  it('keeps bulleted items that say تعليق (a suspension, not a comment) after a bulleted line of the body', () => {
    const text = `النادي يعلن عقوبات على لاعبيه بعد الخسارة
أعلنت إدارة النادي مساء أمس جملة من العقوبات على عدد من لاعبي الفريق الأول بعد خسارته الثقيلة في الدوري.
تفاصيل العقوبات
• خصم من الرواتب: تخصم الإدارة ربع راتب الشهر من كل لاعب تغيب عن التدريبات دون عذر مقبول، وتنذر الباقين.
• تعليق المكافآت: توقف الإدارة صرف المكافآت حتى نهاية الموسم
• تعليق السفر مع الفريق الرديف
• مراجعة عقود المعارين`
    const kinds = kindsOf(text)
    expect(isContent(kinds.get('• تعليق المكافآت: توقف الإدارة صرف المكافآت حتى نهاية الموسم'))).toBe(true)
    expect(isContent(kinds.get('• تعليق السفر مع الفريق الرديف'))).toBe(true)
  })

  it('follows a bullet the page put on a line of its own over each item', () => {
    const text = `مهرجان الزيتون يختتم دورته الخامسة
اختتم مهرجان الزيتون في القرية الجبلية دورته الخامسة بحضور آلاف الزوار من المدن المجاورة ومنتجين من ثلاث محافظات.
وتوزعت جوائز المهرجان على النحو الآتي:
-
أفضل زيت: جائزة لتعاونية نسائية من السفح الشرقي بعد منافسة طويلة مع عشرين مشاركاً من كل المحافظات.
-
أفضل صابون: ورشة عائلية صغيرة
شارك`
    expect(isContent(kindsOf(text).get('أفضل صابون: ورشة عائلية صغيرة'))).toBe(true)
  })

  it('still reads a bulleted list of links below a body that ends in a sentence as links', () => {
    const text = `كعكة البرتقال بخطوات سهلة
${RECIPE_LEAD}
اقرأ أيضاً
• افتتاح معرض الكتاب في دورته الجديدة
• وزير النقل يتفقد مشروع الطريق السريع`
    expect(kindsOf(text).get('• وزير النقل يتفقد مشروع الطريق السريع')).toBe('navigation')
  })
})

// Written for these tests: a notice of a library's opening, then the site's links to its other stories.
const NOTICE = `المكتبة العامة تفتح فرعها الجديد في الحي الشمالي
افتتحت المكتبة العامة اليوم فرعها الجديد في الحي الشمالي بقاعة مطالعة تتسع لمئتي قارئ وركن خاص بكتب الأطفال.
وقالت مديرة المكتبة إن الفرع سيفتح أبوابه طوال أيام الأسبوع، وإن الاشتراك فيه مجاني لطلاب المدارس.`

describe('a bulleted list of links', () => {
  it('reads bulleted titles straight after a closed paragraph as links to other articles', () => {
    const links = [
      '- بلدية المدينة تطلق حملة لتشجير الشوارع الرئيسية',
      '- انطلاق الموسم الثقافي بعرض مسرحي للأطفال',
      '- افتتاح الطريق الساحلي بعد أشهر من الصيانة',
    ]
    const kinds = kindsOf(`${NOTICE}\n${links.join('\n')}`)
    for (const link of links) expect(kinds.get(link)).toBe('navigation')
  })

  it('keeps a list the article introduces with a colon, and a list of details (`label: value`)', () => {
    const introduced = `${NOTICE.replace(/المدارس\.$/, 'المدارس، ويضم الفرع:')}
- قاعة للمطالعة الصامتة في الطابق الأول
- ركنا لكتب الأطفال والناشئة
- مختبرا صغيرا للحاسوب والإنترنت`
    expect(isContent(kindsOf(introduced).get('- ركنا لكتب الأطفال والناشئة'))).toBe(true)
    const details = `${NOTICE}
• الموعد: السبت المقبل
• المكان: الحي الشمالي
• الدخول: مجاني للطلاب`
    expect(isContent(kindsOf(details).get('• المكان: الحي الشمالي'))).toBe(true)
  })

  it('follows a header’s links through bullets put on lines of their own, and a title that asks a question', () => {
    const links = ['من هو المدرب الجديد للمنتخب الوطني؟', 'الجامعة تمدد فترة التسجيل للعام الدراسي الجديد']
    const text = `${NOTICE}\nأخبار متعلقة\n-\n${links[0]}\n-\n${links[1]}\n-`
    const kinds = kindsOf(text)
    for (const link of links) expect(kinds.get(link)).toBe('navigation')
  })

  it('follows a header’s bulleted links through a title that ends with ! or holds a quotation', () => {
    const text = `Latest News
- الجامعة تمدد فترة التسجيل للعام الدراسي الجديد
- فرقة “النخيل” تفوز بجائزة المهرجان … تعرفوا على أعضائها!
- معرض للصور القديمة يستعيد تاريخ الميناء
${NOTICE}`
    const kinds = kindsOf(text)
    expect(kinds.get('- فرقة “النخيل” تفوز بجائزة المهرجان … تعرفوا على أعضائها!')).toBe('navigation')
    expect(kinds.get('- معرض للصور القديمة يستعيد تاريخ الميناء')).toBe('navigation')
  })
})

// Written for these tests: a municipality's notice whose first sentence announces the streets it lists.
const NOTICE_TITLE = 'البلدية تواصل حملة النظافة في الأحياء الشمالية'
const NOTICE_STREETS = [
  'شارع الزيتون',
  'حي الورود',
  'ساحة السوق القديم',
  'نهج البحر – المرسى',
  'المنطقة الصناعية',
]
const NOTICE_BODY = [
  'وشملت الحملة رفع الفضلات المنزلية وبقايا مواد البناء، وتنظيف محيط الحاويات، مع كنس الطرقات والأرصفة.',
  'ودعت البلدية السكان إلى احترام مواعيد إخراج الفضلات، مؤكدة أنها ستتخذ الإجراءات القانونية ضد المخالفين.',
]

describe('a list the body opens with', () => {
  it('keeps the short items under a first sentence that announces them with a colon as the article’s', () => {
    const intro = 'في إطار حملتها الأسبوعية، تدخلت فرق البلدية صباح اليوم في المواقع التالية:'
    const kinds = kindsOf([NOTICE_TITLE, intro, ...NOTICE_STREETS, ...NOTICE_BODY].join('\n'))
    expect(isContent(kinds.get(intro))).toBe(true)
    for (const street of NOTICE_STREETS) expect(isContent(kinds.get(street))).toBe(true)
  })

  it('opens no body at a line of headlines run together that ends in a colon, with no comma in it', () => {
    const ticker = 'عاجل الحكومة تقر الموازنة الجديدة المنتخب يتأهل إلى النهائي ارتفاع أسعار الذهب عاجل:'
    const menu = ['الرئيسية', 'محليات', 'رياضة']
    const kinds = kindsOf([ticker, ...menu, NOTICE_TITLE, ...NOTICE_BODY].join('\n'))
    for (const item of menu) expect(isContent(kinds.get(item))).toBe(false)
  })
})

describe('a header with its links glued after the colon', () => {
  // Written for these tests: a weather report with a "read also" line inside it.
  const lead =
    'أعلن المركز الوطني للأرصاد صباح اليوم أن أمطاراً غزيرة ستهطل على المناطق الساحلية خلال الساعات المقبلة.'
  const glued =
    'اقرأ أيضاً:المنتخب يستعد لمباراته الودية أمام ضيفه الأسبوع المقبلالمدرب يعلن قائمة اللاعبين الجدد قبل المعسكر!'
  const more = 'ودعا المركز السائقين إلى الحذر على الطرق السريعة وتجنب الوديان أثناء هطول الأمطار الغزيرة.'

  it('reads the line as navigation though it is long and ends with an exclamation mark', () => {
    const kinds = kindsOf([lead, glued, more].join('\n'))
    expect(kinds.get(glued)).toBe('navigation')
    expect(kinds.get(lead)).toBe('paragraph')
    expect(kinds.get(more)).toBe('paragraph')
  })

  it('keeps a long sentence with an early colon after other words', () => {
    const said =
      'وقال المدير:إن المركز سيصدر تحديثاً جديداً للنشرة الجوية مساء اليوم بعد مراجعة صور الأقمار الصناعية!'
    expect(kindsOf([lead, said, more].join('\n')).get(said)).toBe('paragraph')
  })
})
