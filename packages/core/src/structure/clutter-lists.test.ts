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

// Written for these tests: a weather bulletin whose numbered details go on past the body's last full sentence.
const WEATHER_LEAD =
  'يسيطر طقس ربيعي معتدل على البلاد اليوم مع انخفاض ملحوظ في درجات الحرارة وأجواء غائمة جزئياً في معظم المناطق.'

describe('a list the body ends in', () => {
  it('keeps the numbered items after the last sentence: the next numbers are the article list, not links', () => {
    const text = `تراجع درجات الحرارة مع نهاية الأسبوع
${WEATHER_LEAD}
تفاصيل النشرة:
١- الحرارة بين ١٥ و ٢٣ درجة على الساحل.
٢- الجو غائم جزئياً مع ضباب على المرتفعات.
٣- الرياح: جنوبية غربية معتدلة السرعة
٤- الرطوبة: بين ٥٥ و ٨٥ بالمئة
٥- البحر: متوسط ارتفاع الموج`
    const kinds = kindsOf(text)
    expect(isContent(kinds.get('٣- الرياح: جنوبية غربية معتدلة السرعة'))).toBe(true)
    expect(isContent(kinds.get('٤- الرطوبة: بين ٥٥ و ٨٥ بالمئة'))).toBe(true)
    expect(isContent(kinds.get('٥- البحر: متوسط ارتفاع الموج'))).toBe(true)
  })

  it('keeps bulleted items that say تعليق (a suspension, not a comment) after a bulleted line of the body', () => {
    const text = `البرلمان يقر حزمة قوانين الهجرة الجديدة
أقر البرلمان مساء الخميس حزمة تشريعية شاملة لتنظيم الهجرة بعد نقاش استمر أسابيع بين الكتل النيابية المختلفة.
أبرز ما جاء في الحزمة
• تشديد شروط الإقامة: يشترط القانون الجديد إقامة متواصلة مدتها خمس سنوات قبل تقديم طلب الجنسية، ويعفي الطلاب من الشرط.
• تعليق لم الشمل: يعلق القانون لم شمل الأسر مدة عامين
• تعليق برامج الاستقبال الطوعية
• مراجعة الطلبات المعلقة`
    const kinds = kindsOf(text)
    expect(isContent(kinds.get('• تعليق لم الشمل: يعلق القانون لم شمل الأسر مدة عامين'))).toBe(true)
    expect(isContent(kinds.get('• تعليق برامج الاستقبال الطوعية'))).toBe(true)
  })

  it('follows a bullet the page put on a line of its own over each item', () => {
    const text = `تفكيك شبكة احتيال في العاصمة
كشفت الشرطة اليوم تفاصيل عملية أمنية أسفرت عن تفكيك شبكة احتيال إلكتروني تنشط منذ عامين في عدة أحياء.
وخلال المداهمة حجزت الوحدات الأمنية:
-
أجهزة حاسوب: عشرات الأجهزة المستعملة في إرسال الرسائل المزيفة إلى الضحايا في أنحاء البلاد كافة.
-
بطاقات مصرفية: مئات البطاقات المسروقة
شارك`
    expect(isContent(kindsOf(text).get('بطاقات مصرفية: مئات البطاقات المسروقة'))).toBe(true)
  })

  it('still reads a bulleted list of links below a body that ends in a sentence as links', () => {
    const text = `تراجع درجات الحرارة مع نهاية الأسبوع
${WEATHER_LEAD}
اقرأ أيضاً
• افتتاح معرض الكتاب في دورته الجديدة
• وزير النقل يتفقد مشروع الطريق السريع`
    expect(kindsOf(text).get('• وزير النقل يتفقد مشروع الطريق السريع')).toBe('navigation')
  })
})

// Written for these tests: an election notice, then the site's links to its other stories.
const NOTICE = `المفوضية تعتمد الدوائر الانتخابية للمجالس البلدية
أعلنت المفوضية العليا للانتخابات اليوم اعتماد الدوائر الانتخابية للمجالس البلدية في دورتها المقبلة بعد مراجعة الطعون المقدمة.
وأكدت المفوضية أن القرار يدخل حيز التنفيذ فور صدوره، على أن ينشر في الجريدة الرسمية خلال أسبوع.`

describe('a bulleted list of links', () => {
  it('reads bulleted titles straight after a closed paragraph as links to other articles', () => {
    const links = [
      '- المجلس الرئاسي يهنئ المواطنين بحلول عيد الفطر',
      '- مباحثات ثنائية لتعزيز التعاون القنصلي بين البلدين',
      '- افتتاح الطريق الساحلي بعد أشهر من الصيانة',
    ]
    const kinds = kindsOf(`${NOTICE}\n${links.join('\n')}`)
    for (const link of links) expect(kinds.get(link)).toBe('navigation')
  })

  it('keeps a list the article introduces with a colon, and a list of details (`label: value`)', () => {
    const introduced = `${NOTICE.replace(/أسبوع\.$/, 'أسبوع، وشمل القرار:')}
- الدوائر الحضرية في المدن الكبرى
- الدوائر الريفية في الجنوب
- الدوائر المستحدثة في الشرق`
    expect(isContent(kindsOf(introduced).get('- الدوائر الريفية في الجنوب'))).toBe(true)
    const details = `${NOTICE}
• الموعد: الأحد المقبل
• المكان: مقر المفوضية
• المشاركون: ممثلو الأحزاب`
    expect(isContent(kindsOf(details).get('• المكان: مقر المفوضية'))).toBe(true)
  })

  it('follows a header’s bulleted links through a title that ends with ! or holds a quotation', () => {
    const text = `Latest News
- الحكومة تحدد مهلة جديدة لتسوية غرامات الضرائب
- مستشفى “الأمل” يحقق إنجازاً طبياً جديداً … إليكم التفاصيل!
- وفد رسمي يزور ضريح الرئيس الراحل في ذكرى رحيله
${NOTICE}`
    const kinds = kindsOf(text)
    expect(kinds.get('- مستشفى “الأمل” يحقق إنجازاً طبياً جديداً … إليكم التفاصيل!')).toBe('navigation')
    expect(kinds.get('- وفد رسمي يزور ضريح الرئيس الراحل في ذكرى رحيله')).toBe('navigation')
  })
})
