import { describe, expect, it } from 'vitest'
import { parseArticle } from './parse-article.ts'

// Written for these tests: a report wrapped at about sixty characters, as a printed or e-mailed page is, with lines
// the page broke mid-sentence.
const WRAPPED = `القاهرة - نشرة المدينة
افتتحت مديرية التربية في المحافظة صباح اليوم مدرسة جديدة في
حي الزيتون بعد عامين من العمل وتستقبل المدرسة ألف
تلميذ في مراحل التعليم الأساسي.
وقال مدير التربية إن المدرسة هي الثالثة التي تفتحها المديرية
هذا العام.
وأضاف المدير أن المديرية تعمل على بناء أربع مدارس أخرى في
الأحياء الشرقية والجنوبية.
وتابع من المفترض أن تفتح المديرية
مدرستين منها قبل نهاية العام.
وأشار إلى أن المديرية ستعين مئة معلم جديد في المدارس الأربع
قبل بداية العام الدراسي، حيث ينتظر أن`

describe('a page hard-wrapped at a fixed width', () => {
  const article = parseArticle({ text: WRAPPED })

  it('reads the lines of one sentence as one paragraph, whatever their length', () => {
    const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)
    expect(paragraphs).toContain('وتابع من المفترض أن تفتح المديرية\nمدرستين منها قبل نهاية العام.')
    expect(paragraphs).toContain('وقال مدير التربية إن المدرسة هي الثالثة التي تفتحها المديرية\nهذا العام.')
  })

  it('keeps reported speech whole over the line the page wrapped it at', () => {
    const clauses = article.quotes.filter((quote) => quote.kind === 'indirect').map((quote) => quote.text)
    expect(clauses).toContain('المدرسة هي الثالثة التي تفتحها المديرية\nهذا العام')
    expect(clauses).toContain(
      'المديرية ستعين مئة معلم جديد في المدارس الأربع\nقبل بداية العام الدراسي، حيث ينتظر أن',
    )
  })

  it('starts a new paragraph after a sentence end, and keeps the credit line above apart', () => {
    const first = article.blocks.find((block) => block.text.startsWith('وتابع'))
    expect(first?.text.startsWith('وتابع من المفترض')).toBe(true)
    expect(article.blocks.some((block) => block.text.includes('نشرة المدينة\nافتتحت'))).toBe(false)
  })
})

describe('a page not wrapped', () => {
  it('keeps a short line that ends without a full stop as a line of its own', () => {
    const text = `البلدية تفتتح حديقة جديدة
افتتح رئيس البلدية صباح اليوم الحديقة العامة الجديدة في الحي الشمالي للمدينة.
خطة الحدائق
وقال رئيس البلدية إن البلدية تعمل على إنشاء حديقتين أخريين قبل نهاية العام.`
    const blocks = parseArticle({ text }).blocks.map((block) => block.text)
    expect(blocks).toContain('خطة الحدائق')
    expect(blocks.every((block) => !block.includes('\n'))).toBe(true)
  })
})

describe('a page not wrapped, with a line that ends mid-sentence', () => {
  // Written for these tests: linked names set on lines of their own, the line above ending in في or a lone ب.
  const text = `صيانة شبكة المياه

بدأت أعمال صيانة شبكة المياه في الأحياء الشرقية من المدينة مطلع الأسبوع بعد شكاوى متكررة من السكان.
وأوضح رئيس البلدية في
الزرقاء المهندس كمال النجار أن الفرق بدأت العمل ب
الحي الشمالي وستنتقل إلى الأحياء الأخرى تباعاً.
وأضاف النجار أن الأعمال ستنتهي قبل الصيف`

  it('goes on in the line under a line that ends with a preposition or a lone letter', () => {
    const article = parseArticle({ text })
    const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)
    expect(paragraphs).toContain(
      'وأوضح رئيس البلدية في\nالزرقاء المهندس كمال النجار أن الفرق بدأت العمل ب\nالحي الشمالي وستنتقل إلى الأحياء الأخرى تباعاً.',
    )
    const clauses = article.quotes.filter((quote) => quote.kind === 'indirect')
    expect(clauses.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['الفرق بدأت العمل ب\nالحي الشمالي وستنتقل إلى الأحياء الأخرى تباعاً', 'كمال النجار'],
      ['الأعمال ستنتهي قبل الصيف', 'كمال النجار'],
    ])
  })

  it('reads a preposition written with its vowels as the same preposition', () => {
    const voweled = [
      'فاز الفريق الأول في الجولة الأولى من الدوري بعد مباراة طويلة.',
      'وأكد المدرب بعد المباراة أن فريقه تغلب عَلَى',
      'ضيفه بهدفين نظيفين في الجولة الأولى.',
    ].join('\n')
    const paragraphs = parseArticle({ text: voweled }).blocks.filter((block) => block.kind === 'paragraph')
    expect(paragraphs.map((block) => block.text)).toContain(
      'وأكد المدرب بعد المباراة أن فريقه تغلب عَلَى\nضيفه بهدفين نظيفين في الجولة الأولى.',
    )
  })

  it('keeps a line that ends with a full word as its own paragraph', () => {
    const article = parseArticle({ text })
    expect(
      article.blocks.some((block) => block.text.startsWith('بدأت') && block.text.includes('وأوضح')),
    ).toBe(false)
  })
})
