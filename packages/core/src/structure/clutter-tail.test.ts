import { describe, expect, it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

// Written for this test: a match preview whose details are a bulleted list, one bullet a date.
const LEAD =
  'يستضيف ملعب المدينة مساء الجمعة لقاء القمة بين النادي الأهلي ونادي الشروق في الجولة العاشرة من الدوري.'
const SECOND =
  'ويدخل الأهلي المباراة متصدراً للترتيب بفارق ثلاث نقاط، فيما يبحث الشروق عن فوز يعيده إلى المنافسة.'

// The preview's head down to its list of details, a bullet of it a date.
const DETAILS = `قمة الجولة العاشرة بين الأهلي والشروق
${LEAD}
${SECOND}
تفاصيل المباراة
• الموعد: الجمعة 5 ديسمبر 2025
• الملعب: ملعب المدينة`

describe('the tail of the page', () => {
  it('keeps the lines after a dated bullet of the article: a date is not the page furniture', () => {
    const text = `${DETAILS}
• الحكم: سالم الراشد
متابعة اللقاء
ينقل اللقاء على القناة الرياضية الأولى`
    const kinds = kindsOf(text)
    expect(kinds.get('• الملعب: ملعب المدينة')).not.toBe('navigation')
    expect(kinds.get('• الحكم: سالم الراشد')).not.toBe('navigation')
    expect(kinds.get('متابعة اللقاء')).not.toBe('navigation')
    expect(kinds.get('ينقل اللقاء على القناة الرياضية الأولى')).not.toBe('navigation')
  })

  it('keeps a dated bullet of the article when a sentence ending in a colon carries the body past the list', () => {
    const text = `${DETAILS}
ويمكن لمشتركي الباقة الرياضية متابعة اللقاء كاملا عبر الرابط التالي:
متابعة اللقاء`
    expect(kindsOf(text).get('• الموعد: الجمعة 5 ديسمبر 2025')).not.toBe('dateline')
  })

  it('still reads the links after the page furniture as links', () => {
    const text = `قمة الجولة العاشرة بين الأهلي والشروق
${LEAD}
${SECOND}
شارك
ارتفاع أسعار التذاكر قبل النهائي
مدرب الشروق يعلن تشكيلة الفريق
افتتاح ملعب جديد في الضاحية`
    const kinds = kindsOf(text)
    expect(kinds.get('مدرب الشروق يعلن تشكيلة الفريق')).toBe('navigation')
    expect(kinds.get('افتتاح ملعب جديد في الضاحية')).toBe('navigation')
  })
})

describe('a long line without punctuation at the top', () => {
  // Written for this test: a first paragraph of 45 words with no comma or full stop, as some writers send it.
  const unpunctuated = Array.from(
    { length: 5 },
    () => 'أكد رئيس المجلس البلدي خلال زيارته للأحياء الجديدة أن أشغال التهيئة ستنطلق قريبا',
  ).join(' و')

  it('is the first paragraph when a paragraph that carries it on follows', () => {
    const text = `${unpunctuated}
كما أوضح المتحدث أن المجلس رصد ميزانية إضافية لتعبيد الطرقات وإنارة الشوارع في الأحياء المعنية خلال العام.`
    expect(kindsOf(text).get(unpunctuated)).toBe('paragraph')
  })

  it('is a ticker of glued titles when a title follows it', () => {
    const text = `${unpunctuated}
المجلس البلدي يطلق أشغال التهيئة في الأحياء الجديدة
${LEAD}
${SECOND}`
    expect(kindsOf(text).get(unpunctuated)).toBe('navigation')
  })
})

describe('short lines under the body that go on as its text', () => {
  const TITLE = 'الأهلي يستضيف الشروق في قمة الجولة العاشرة'
  const BODY = `${TITLE}
${LEAD}
${SECOND}`

  it('keeps a heading and the paragraph under it that the page cut, where the paragraph opens with و and a verb', () => {
    const lines = [
      'غيابات في صفوف الضيوف',
      'وكان الشروق قد خسر مدافعه الأول بسبب',
      'الإيقاف بعد البطاقة الحمراء في',
      'المباراة الماضية',
    ]
    const kinds = kindsOf([BODY, ...lines].join('\n'))
    for (const line of lines) expect(kinds.get(line), line).not.toBe('navigation')
  })

  it('still reads short titles under the body as links when none of them goes on as text', () => {
    const links = [
      'افتتاح الطريق الساحلي الجديد',
      'ارتفاع أسعار الخضار في الأسواق',
      'المنتخب يستعد لمباراة الجمعة',
    ]
    const kinds = kindsOf([BODY, ...links].join('\n'))
    for (const line of links) expect(kinds.get(line), line).toBe('navigation')
  })
})

describe('short lines between the title and the body that go on as text', () => {
  it('keeps the lines of a paragraph the page wrapped above the body found, where one opens with و and a verb', () => {
    const lines = ['بدأت المدينة تتوسع في عهد', 'الحاكم الجديد حين شيدت المنازل', 'وكانت الأسواق تنتقل إلى']
    const kinds = kindsOf(['تاريخ المدينة القديمة وأسواقها في عهد الحكام', ...lines, LEAD, SECOND].join('\n'))
    for (const line of lines) expect(kinds.get(line), line).not.toBe('navigation')
  })
})

describe('lines broken off before a word no sentence ends in', () => {
  const BODY = `الأهلي يستضيف الشروق في قمة الجولة العاشرة
${LEAD}
${SECOND}`

  it('keeps the page’s cut last line that ends in a lone و, though it opens as a follow prompt', () => {
    const cut = 'تابعوا معنا تفاصيل هذه المواجهة الحاسمة و'
    expect(kindsOf(`${BODY}\n${cut}`).get(cut)).toBe('paragraph')
  })

  it('keeps a short line under the body that ends in a preposition, where a list of links would stand', () => {
    // The line under it is the rest of its sentence: one paragraph.
    const kinds = kindsOf(`${BODY}\nأسعار التذاكر في\nالملعب الجديد\nحجز المقاعد`)
    expect(kinds.get('أسعار التذاكر في\nالملعب الجديد')).toBe('paragraph')
    const model = kindsOf(`${BODY}\nويتوقع المدرب أن يشارك\nالمهاجم الجديد في\nالشوط الثاني`)
    expect(model.get('المهاجم الجديد في\nالشوط الثاني')).toBe('paragraph')
  })

  it('keeps a run of short lines under the body when a line of it is broken off: a paragraph the page wrapped', () => {
    const run = ['الجماهير تنتظر المباراة', 'الحاسمة التي تقام في', 'العاصمة وسط إجراءات', 'أمنية مشددة']
    const kinds = kindsOf([BODY, ...run].join('\n'))
    expect([...kinds.values()]).not.toContain('navigation')
  })

  it('keeps a run of short lines under the body when a line of it goes on past a comma with a function word', () => {
    const run = [
      'وتعد المدينة من المدن',
      'الملتزمة بخطة النظافة',
      'رسمياً وشعبياً، ولا تسمح',
      'بإلقاء النفايات قرب البيوت',
    ]
    const kinds = kindsOf([BODY, ...run].join('\n'))
    expect([...kinds.values()]).not.toContain('navigation')
  })

  it('reads a marker’s line that ends in a preposition as the marker says', () => {
    const kinds = kindsOf(`${BODY}\nتابعنا على\nفيسبوك`)
    expect(kinds.get('تابعنا على')).toBe('share')
    expect(kinds.get('فيسبوك')).not.toBe('paragraph')
  })
})

describe('a short line right over the clutter that closes the page', () => {
  // Written for this test: a short report, a line of a few words under it, then the page's footer.
  const REPORT = `افتتاح سوق الخضار الجديد في حي الروابي
${LEAD}
${SECOND}`
  const FOOTER = 'جميع الحقوق محفوظة © 2025'

  it('is the page’s, not the article’s: a caption or a signature between the body and the footer', () => {
    const text = `${REPORT}
صورة من حفل الافتتاح
${FOOTER}`
    const kinds = kindsOf(text)
    expect(kinds.get('صورة من حفل الافتتاح')).toBe('boilerplate')
    expect(kinds.get(SECOND)).toBe('paragraph')
  })

  it('is the article’s as the page’s last line, where a stored page cuts its last paragraph', () => {
    const text = `${REPORT}
ملعب المدينة الجديد`
    expect(kindsOf(text).get('ملعب المدينة الجديد')).not.toBe('boilerplate')
  })

  it('is the article’s when it goes on as text does or under a line broken off', () => {
    const goesOn = `${REPORT}
وأكد رئيس النادي
${FOOTER}`
    expect(kindsOf(goesOn).get('وأكد رئيس النادي')).not.toBe('boilerplate')
    const broken = `افتتاح سوق الخضار الجديد في حي الروابي
${LEAD}
ويدخل الأهلي المباراة متصدراً للترتيب بفارق ثلاث نقاط في
نهاية الموسم الحالي
${FOOTER}`
    expect(kindsOf(broken).get('نهاية الموسم الحالي')).not.toBe('boilerplate')
  })
})
