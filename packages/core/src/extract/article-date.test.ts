import { describe, expect, it } from 'vitest'
import { ArticleDateSchema, ArticleSchema } from '../model/article.ts'
import { articleJsonSchema } from '../model/json-schema.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { inferArticleDate } from './article-date.ts'

const dateOf = (text: string, publishedAt?: string) => {
  const article = parseArticle({ text, ...(publishedAt !== undefined && { publishedAt }) })
  return (
    article.date && {
      value: article.date.value,
      basis: article.date.basis,
      text: text.slice(article.date.start, article.date.end),
    }
  )
}

describe('the date an undated article gives itself', () => {
  it('reads a dateline with its place, weekday and agency', () => {
    expect(
      dateOf(
        'الرياض، الأربعاء 15 أكتوبر 2025 (واس) - أعلنت هيئة الطيران المدني افتتاح صالة جديدة في المطار.',
      ),
    ).toEqual({ value: '2025-10-15', basis: 'dateline', text: 'الأربعاء 15 أكتوبر 2025' })
    expect(
      dateOf('القاهرة - 15 أكتوبر 2025\nافتتحت وزارة الثقافة معرضاً للخط العربي بمشاركة عشرين فناناً.'),
    ).toEqual({
      value: '2025-10-15',
      basis: 'dateline',
      text: '15 أكتوبر 2025',
    })
  })

  it('reads a header line that labels the date, in Arabic or in English', () => {
    expect(
      dateOf('تاريخ النشر: 3 مارس 2024\nوقعت البلدية عقداً لتوسعة شبكة المياه في الأحياء الشرقية.'),
    ).toEqual({
      value: '2024-03-03',
      basis: 'header',
      text: '3 مارس 2024',
    })
    expect(dateOf('date 2025-10-16\nأطلقت الجامعة برنامجاً جديداً لتعليم البرمجة لطلاب السنة الأولى.')).toEqual(
      {
        value: '2025-10-16',
        basis: 'header',
        text: '2025-10-16',
      },
    )
  })

  it('reads a header that labels only the month, and a stamp with a bare weekday written month first', () => {
    expect(dateOf(' date 2024-05 أعلنت البلدية اليوم الأحد افتتاح سوق للمزارعين في الساحة الكبرى.')).toEqual({
      value: '2024-05',
      basis: 'header',
      text: '2024-05',
    })
    const stamped = (line: string) =>
      dateOf(`افتتاح سوق للمزارعين\n\n${line}\n\nافتتحت البلدية صباح اليوم الأحد سوقاً للمزارعين.`)
    expect(stamped('أحد, 05/19/2024 - 10:15')).toEqual({
      value: '2024-05-19',
      basis: 'dateline',
      text: '05/19/2024',
    })
    expect(stamped('أحد, 19/05/2024 - 10:15')).toMatchObject({ value: '2024-05-19', basis: 'dateline' })
  })

  it('takes no day at the top that falls on another weekday than the one the text calls today', () => {
    const viewed =
      'الجمعة , 13 مارس 2026\nالبرلمان\nحل المجلس البلدي\n\nأعلنت الحكومة اليوم الخميس حل المجلس البلدي للعاصمة.'
    expect(dateOf(viewed)).toBeUndefined()
    const published =
      'الخميس , 12 مارس 2026\nالبرلمان\nحل المجلس البلدي\n\nأعلنت الحكومة اليوم الخميس حل المجلس البلدي للعاصمة.'
    expect(dateOf(published)).toMatchObject({ value: '2026-03-12' })
  })

  it('reads a day, month and year joined by dashes after the outlet’s name at the top', () => {
    expect(dateOf('المرصد 19-05-2024 افتتحت البلدية صباح اليوم الأحد سوقاً للمزارعين.')).toEqual({
      value: '2024-05-19',
      basis: 'top',
      text: '19-05-2024',
    })
  })

  it('dates the article by the page’s stamp, which is no date mention of its text', () => {
    const text =
      'افتتاح مكتبة عامة\n\nالخميس، 6 يونيو 2024 10:30\n\nافتتحت البلدية أمس مكتبة عامة في وسط المدينة.'
    const article = parseArticle(text)
    expect(article.date).toMatchObject({ value: '2024-06-06' })
    expect(article.dates.map((date) => date.text)).toEqual(['أمس'])
  })

  it('counts the top from the article’s first block, below the page’s menus', () => {
    const lines: [string, string][] = [
      ['navigation', 'الرئيسية'],
      ['navigation', 'محليات'],
      ['navigation', 'اقتصاد'],
      ['navigation', 'رياضة'],
      ['heading', 'افتتاح مكتبة عامة'],
      ['byline', 'كتب: سامي الخطيب'],
      ['dateline', 'تاريخ النشر: الخميس 6 يونيو 2024'],
      ['paragraph', 'افتتحت البلدية مكتبة عامة في وسط المدينة.'],
    ]
    const text = lines.map(([, line]) => line).join('\n')
    const blocks = lines.map(([kind, line]) => ({
      kind,
      start: text.indexOf(line),
      end: text.indexOf(line) + line.length,
    }))
    const sentences = [{ start: blocks[7]!.start, end: blocks[7]!.end, block: 7 }]
    const start = text.indexOf('الخميس')
    const stamp = { start, end: start + 'الخميس 6 يونيو 2024'.length, value: '2024-06-06' }
    expect(inferArticleDate({ text, blocks, sentences }, [stamp])).toMatchObject({
      value: '2024-06-06',
      basis: 'header',
    })
    // Were the four lines above the title the article's paragraphs, the date line would be below its top.
    const paragraphs = blocks.map((block, i) => (i < 4 ? { ...block, kind: 'paragraph' } : block))
    expect(inferArticleDate({ text, blocks: paragraphs, sentences }, [stamp])).toBeUndefined()
  })

  it('takes a full date near the top before the dates of the body', () => {
    expect(
      dateOf(
        'شهدت العاصمة يوم الخميس 6 يونيو 2024 افتتاح أكبر مكتبة عامة. وكانت المكتبة القديمة قد أغلقت في 12 مايو 2019.',
      ),
    ).toMatchObject({ value: '2024-06-06', basis: 'top' })
  })

  it('prefers the most specific date of the lead, a day over the year it falls in, and reads no further', () => {
    const lead =
      'خلّف الزلزال الذي ضرب البلاد عام 2023 دماراً واسعاً في القرى الجبلية، وهو الأعنف منذ عقود. ' +
      'وقالت السلطات إن الهزة الأولى وقعت ليل 9 سبتمبر 2023 وتبعتها هزات ارتدادية.'
    const padded = `${'وتواصل فرق الإغاثة عملها في المناطق المنكوبة وسط ظروف صعبة. '.repeat(6)}${lead}`
    expect(dateOf(lead)).toMatchObject({ value: '2023-09-09' })
    expect(dateOf(`تقرير خاص\n${padded}`)).toBeUndefined()
  })

  it('never takes a plan or deadline year', () => {
    expect(dateOf('أعلنت الحكومة مخطط التنمية العمرانية لعام 2052 في مؤتمر صحافي بالعاصمة.')).toBeUndefined()
    expect(dateOf('تسعى الوزارة إلى مضاعفة عدد السياح بحلول عام 2030 ضمن رؤية وطنية طموحة.')).toBeUndefined()
    expect(
      dateOf('تعمل الشركة حتى عام 2035 على تطوير الميناء، وقد بدأت الأعمال في عام 2024 بتمويل حكومي.'),
    ).toMatchObject({ value: '2024', basis: 'lead' })
  })

  it('is absent when the publication date is given, and the model stays valid', () => {
    expect(dateOf('القاهرة - 15 أكتوبر 2025\nافتتحت الوزارة معرضاً.', '2025-10-15T09:00:00Z')).toBeUndefined()
    const article = parseArticle('القاهرة - 15 أكتوبر 2025\nافتتحت الوزارة معرضاً.')
    expect(article.date).toMatchObject({ inferred: true })
    expect(() => ArticleSchema.parse(article)).not.toThrow()
    expect(() => ArticleDateSchema.parse({ ...article.date, inferred: false })).toThrow()
  })

  it('is described in the JSON Schema', () => {
    const defs = (articleJsonSchema() as { $defs: Record<string, { properties: Record<string, unknown> }> })
      .$defs
    expect(Object.keys(defs.ArticleDate!.properties)).toEqual(['value', 'inferred', 'basis', 'start', 'end'])
    expect(defs.DateMention!.properties).toHaveProperty('target')
  })
})
