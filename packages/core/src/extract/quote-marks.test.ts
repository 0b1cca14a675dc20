import { describe, expect, it } from 'vitest'
import { findQuotedSpans, type QuotedSpan } from './quote-marks.ts'
import { extract } from './test-helpers.ts'

const inside = (text: string, spans: readonly QuotedSpan[]) =>
  spans.map((s) => text.slice(s.open + 1, s.close))
const paragraph = (text: string) => [{ kind: 'paragraph' as const, text, start: 0, end: text.length }]

describe('findQuotedSpans', () => {
  it('pairs guillemets, curly quotes and straight quotes', () => {
    const text = 'قال «أ ب» ثم “ج د” ثم "ه و".'
    expect(inside(text, findQuotedSpans(text, paragraph(text)))).toEqual(['أ ب', 'ج د', 'ه و'])
  })

  it('opens a guillemet that a particle stretched by a tatweel reaches, with spaces inside the pair', () => {
    const text = 'محافظ البصرة سامي الحداد لـ« الأيام »: نشجع الاستثمار في الزراعة'
    expect(inside(text, findQuotedSpans(text, paragraph(text)))).toEqual([' الأيام '])
  })

  it('marks a quote inside a quote as nested', () => {
    const text = 'قال «وصف الخطة بأنها “ناجحة” تماماً»'
    const spans = findQuotedSpans(text, paragraph(text))
    expect(spans.map((s) => [text.slice(s.open + 1, s.close), s.depth])).toEqual([
      ['وصف الخطة بأنها “ناجحة” تماماً', 0],
      ['ناجحة', 1],
    ])
  })

  it('reads straight quotes by their neighbours, so a stray mark does not shift every pair', () => {
    const text = 'قال موقع "ستاندرد" البريطاني، إن "المفاوضات مستمرة".'
    expect(inside(text, findQuotedSpans(text, paragraph(text)))).toEqual(['ستاندرد', 'المفاوضات مستمرة'])
  })

  it('pairs curly quotes written reversed, and a guillemet never closes a curly mark', () => {
    const text = 'وذكرت المصادر لـ”شبكة الرصد“، أن «عشرات العمال عادوا إلى المصنع صباح اليوم».'
    expect(inside(text, findQuotedSpans(text, paragraph(text)))).toEqual([
      'شبكة الرصد',
      'عشرات العمال عادوا إلى المصنع صباح اليوم',
    ])
  })

  it('gives the guillemets after a reversed curly name the speaker before it', () => {
    const text = 'وذكرت مصادر محلية لـ”شبكة الرصد“، أن «عشرات العمال عادوا إلى المصنع صباح اليوم».'
    const quotes = extract(text).quotes
    expect(quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null])).toEqual([
      ['direct', 'عشرات العمال عادوا إلى المصنع صباح اليوم', 'مصادر محلية'],
    ])
  })

  it('reads a paragraph written with reversed guillemets', () => {
    const text = 'وقال الوزير »لن نتراجع عن قرارنا« أمس.'
    expect(inside(text, findQuotedSpans(text, paragraph(text)))).toEqual(['لن نتراجع عن قرارنا'])
  })

  it('reads reversed guillemets nested in a quote written the usual way, the outer one never closed', () => {
    const text = 'وقال القاضي «نص الحكم كما يلي، قال الشاعر»العلم نور«، وعليه حكمت المحكمة بالبراءة.'
    const spans = findQuotedSpans(text, paragraph(text))
    expect(spans.map((s) => [text.slice(s.open + 1, s.close), s.depth, s.unclosed ?? false])).toEqual([
      ['نص الحكم كما يلي، قال الشاعر»العلم نور«، وعليه حكمت المحكمة بالبراءة.', 0, true],
      ['العلم نور', 1, false],
    ])
  })

  it('pairs two closing-shaped marks, the first with a stray space after it', () => {
    const double = 'وقال في بيان له"  سيتم الإعلان عن النتائج قريبا" ثم غادر.'
    expect(inside(double, findQuotedSpans(double, paragraph(double)))).toEqual([
      '  سيتم الإعلان عن النتائج قريبا',
    ])
    const curly = 'وأضاف المحافظ : ” نشكر أهلنا على وقفتهم الكريمة” .'
    expect(inside(curly, findQuotedSpans(curly, paragraph(curly)))).toEqual([
      ' نشكر أهلنا على وقفتهم الكريمة',
    ])
  })

  it('keeps a closing mark with no opening mark out of the pairs after it', () => {
    const text = 'قال إن الحكومة ستدعم المزارعين"، وهي تسعى إلى "تغيير ذلك".'
    expect(inside(text, findQuotedSpans(text, paragraph(text)))).toEqual(['تغيير ذلك'])
  })

  it('drops a closing mark with no opening mark', () => {
    const text = 'انتهى الاجتماع» دون نتيجة.'
    expect(findQuotedSpans(text, paragraph(text))).toEqual([])
  })

  it('opens a quote with a closing glyph left last in its paragraph apart from the word before it', () => {
    const colon = 'وتابع الوزير بقوله:”الوضع مستقر في المدينة.'
    expect(inside(colon, findQuotedSpans(colon, paragraph(colon)))).toEqual(['الوضع مستقر في المدينة.'])
    const complement = 'وقال المحافظ إن ” العمل مستمر في'
    expect(inside(complement, findQuotedSpans(complement, paragraph(complement)))).toEqual([
      ' العمل مستمر في',
    ])
    const glued = 'قال إن الحكومة ستدعم المزارعين” وغادر.'
    expect(findQuotedSpans(glued, paragraph(glued))).toEqual([])
    const numbers = 'وصلت القوات إلى المربعات ” 7، 8، 12″ صباحا.'
    expect(findQuotedSpans(numbers, paragraph(numbers))).toEqual([])
  })

  it('keeps a quote continued over paragraphs, and one that lost its closing mark', () => {
    const text = 'وقال: «الجزء الأول من الكلام.\n«والجزء الثاني».\nوأضاف أن "النتائج تضاعفت'
    let start = 0
    const blocks = text.split('\n').map((line) => {
      const block = { kind: 'paragraph' as const, text: line, start, end: start + line.length }
      start += line.length + 1
      return block
    })
    const spans = findQuotedSpans(text, blocks)
    expect(spans.map((s) => [text.slice(s.open + 1, s.close), s.continued, s.unclosed ?? false])).toEqual([
      ['الجزء الأول من الكلام.', true, false],
      ['والجزء الثاني', false, false],
      ['النتائج تضاعفت', false, true],
    ])
  })
})

describe('other ways of writing quote marks', () => {
  const direct = (text: string) =>
    extract(text)
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => [q.text, q.mark, q.speaker?.entity ?? null])

  it("reads ''…'' as a double mark and ‘…’ as single marks", () => {
    expect(direct("وقال الوزير سامي الحداد إن الحكومة ''ستدعم المزارعين هذا العام''.")).toEqual([
      ['ستدعم المزارعين هذا العام', 'double', 'person:سامي-الحداد'],
    ])
    expect(direct('وقال الوزير سامي الحداد إن الحكومة ‘ستدعم المزارعين هذا العام’.')).toEqual([
      ['ستدعم المزارعين هذا العام', 'single', 'person:سامي-الحداد'],
    ])
  })

  it("reads lone apostrophes '…' as single marks, but not an apostrophe inside a Latin word", () => {
    expect(
      direct("وقال الوزير سامي الحداد: 'ستدعم الحكومة المزارعين هذا العام'. وأضاف: 'لن نتراجع'."),
    ).toEqual([
      ['ستدعم الحكومة المزارعين هذا العام', 'single', 'person:سامي-الحداد'],
      ['لن نتراجع', 'single', 'person:سامي-الحداد'],
    ])
    const text = "وقال إن صحيفة l'Orient لم تنشر 'الخبر كاملا في عددها'."
    expect(inside(text, findQuotedSpans(text, paragraph(text)))).toEqual(['الخبر كاملا في عددها'])
  })

  it("leaves a lone apostrophe open at the paragraph's end as a quote that lost its mark", () => {
    expect(
      direct("وقال الوزير سامي الحداد: 'لن نتراجع عن القرار مهما حدث\nوفي سياق آخر افتتح المعرض."),
    ).toEqual([['لن نتراجع عن القرار مهما حدث', 'single', 'person:سامي-الحداد']])
  })

  it('does not take the outlet spoken to, in quote marks before the speech, for a quote', () => {
    expect(direct("وقال النائب سامي الحداد لـ'صوت المدينة': 'لن نتراجع عن القرار'.")).toEqual([
      ['لن نتراجع عن القرار', 'single', 'person:سامي-الحداد'],
    ])
    expect(direct('وصرح النائب سامي الحداد لـ"صوت المدينة" إن "الحكومة لن تتراجع عن القرار".')).toEqual([
      ['الحكومة لن تتراجع عن القرار', 'double', 'person:سامي-الحداد'],
    ])
  })

  it('takes the quoted words after a definite body that open with a verb as what is said of it, not its name', () => {
    const text =
      'وأوضحت الهيئة العامة للموانئ في بيان أنها أنهت الأشغال. وقال البيان إن الهيئة "تعاني نقصاً حاداً في العمال".'
    expect(direct(text)).toEqual([
      ['تعاني نقصاً حاداً في العمال', 'double', 'organization:الهيئة-العامة-للموانئ'],
    ])
    expect(
      extract(text)
        .entities.filter((e) => e.kind === 'organization')
        .map((e) => e.name),
    ).toEqual(['الهيئة العامة للموانئ'])
  })

  it('closes a quote at a mark glued to a word in ل that punctuation follows', () => {
    expect(direct('وأكد المدرب سامي الحداد:" النتيجة مؤلمة، وكنا نستحق التعادل".')).toEqual([
      ['النتيجة مؤلمة، وكنا نستحق التعادل', 'double', 'person:سامي-الحداد'],
    ])
  })

  it('closes a quote whose closing mark has a space before it', () => {
    expect(direct('وقال الوزير سامي الحداد إن الحكومة "ستدعم المزارعين هذا العام ".')).toEqual([
      ['ستدعم المزارعين هذا العام', 'double', 'person:سامي-الحداد'],
    ])
  })

  it('ends a reported quote that is never closed at its paragraph’s end', () => {
    expect(
      direct("وقال الوزير سامي الحداد: ''لن نتراجع عن القرار مهما حدث\nوفي سياق آخر افتتح المعرض."),
    ).toEqual([['لن نتراجع عن القرار مهما حدث', 'double', 'person:سامي-الحداد']])
  })

  it('ends a quote opened with a space after its mark at the paragraph end', () => {
    expect(
      direct('وقال الوزير سامي الحداد إن " الحكومة لن تتراجع عن القرار مهما حدث\nوفي سياق آخر.'),
    ).toEqual([['الحكومة لن تتراجع عن القرار مهما حدث', 'double', 'person:سامي-الحداد']])
  })

  it('does not take a quoted outlet as a quote: one that heard the words, or one spoken to', () => {
    const heard = extract('وقال مصدر أمني في تصريح تابعته "بغداد اليوم" إن القوات دخلت المدينة.')
    expect(heard.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'القوات دخلت المدينة']])
    const spokenTo = extract('وقال الخبير سامي الحداد لـ"انفراد" إن الأسعار سترتفع.')
    expect(spokenTo.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'الأسعار سترتفع']])
  })
})

describe('quotes whose marks are written wrong', () => {
  it('closes a curly quote written with the opening glyph at both ends', () => {
    const glued = 'وقال المدير: “سنفتح ثلاث مدارس جديدة قبل الصيف“. وغادر القاعة.'
    expect(inside(glued, findQuotedSpans(glued, paragraph(glued)))).toEqual([
      'سنفتح ثلاث مدارس جديدة قبل الصيف',
    ])
    const spaced = 'وأضاف المدير “المدارس الجديدة جاهزة “.'
    expect(inside(spaced, findQuotedSpans(spaced, paragraph(spaced)))).toEqual(['المدارس الجديدة جاهزة '])
  })

  it('still nests a curly quote that opens inside another', () => {
    const text = 'قال “وصف الخطة بأنها “ناجحة” تماماً”'
    expect(inside(text, findQuotedSpans(text, paragraph(text)))).toEqual([
      'وصف الخطة بأنها “ناجحة” تماماً',
      'ناجحة',
    ])
  })

  it('opens at the colon a quote whose opening mark was lost', () => {
    const guillemet = 'وتابع رئيس البلدية قائلاً: الأشغال ستنتهي في موعدها».'
    expect(inside(guillemet, findQuotedSpans(guillemet, paragraph(guillemet)))).toEqual([
      ' الأشغال ستنتهي في موعدها',
    ])
    const curly = 'وختم المدرب: لعبنا بشجاعة حتى النهاية”.'
    expect(inside(curly, findQuotedSpans(curly, paragraph(curly)))).toEqual([' لعبنا بشجاعة حتى النهاية'])
  })

  it('opens nothing for a lone closing mark with no colon before it', () => {
    const text = 'وأضاف رئيس البلدية أن الأشغال ستنتهي في موعدها».'
    expect(findQuotedSpans(text, paragraph(text))).toEqual([])
  })

  it('gives the speaker of the verb before the colon to such a quote', () => {
    const { quotes } = extract('وتابع رئيس البلدية سمير حداد قائلاً: الأشغال ستنتهي في موعدها».')
    expect(quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['direct', 'الأشغال ستنتهي في موعدها', 'سمير حداد'],
    ])
  })
})
