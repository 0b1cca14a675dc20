import { parseArticle } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { buildSearchQuery } from './query.ts'
import { highlight, snippet, toHtml } from './snippet.ts'

const article = parseArticle({
  id: 'snippet',
  text: `افتتح المحافظ معرض الكتاب في دورته العاشرة وسط حضور كبير.
وقال مدير المعرض إن الدورة تضم 300 دار نشر من عشرين بلداً، وإن الأَسْعَار ستبقى في متناول الطلاب.
وتستمر فعاليات المعرض حتى نهاية الأسبوع المقبل.`,
})

const terms = (text: string) => buildSearchQuery(text)!.terms

describe('snippet', () => {
  it('picks the sentence with the most query words and highlights them in the original spelling', () => {
    const result = snippet(article, terms('الدورة الاسعار'))
    expect(result.text).toContain('300 دار نشر')
    const marked = result.highlights.map((h) => result.text.slice(h.start, h.end))
    expect(marked).toEqual(['الدورة', 'الأَسْعَار'])
  })

  it('falls back to the first sentence, unmarked, when only the title matched', () => {
    const result = snippet(article, terms('غائبة'))
    expect(result.text).toBe(article.sentences[0]!.text)
    expect(result.highlights).toEqual([])
  })

  it('cuts a long sentence around its first match, at word boundaries, with ellipses', () => {
    const long = parseArticle({ id: 'long', text: `${'كلمة '.repeat(200)}المعرض ${'نص '.repeat(200)}.` })
    const result = snippet(long, terms('المعرض'), 120)
    expect(result.text.length).toBeLessThanOrEqual(120 + 2 * 40 + 2)
    expect(result.text.startsWith('…')).toBe(true)
    expect(result.text.endsWith('…')).toBe(true)
    const [h] = result.highlights
    expect(result.text.slice(h!.start, h!.end)).toBe('المعرض')
  })
})

describe('snippet of a scraped page', () => {
  const page = parseArticle({
    id: 'page',
    text: `الرئيسية » أخبار » ثقافة
الأكثر قراءة
معرض الكتاب يفتح أبوابه للطلاب مجاناً
**افتتاح معرض الكتاب في دورته العاشرة**
وقال مدير المعرض إن الدورة تضم 300 دار نشر من عشرين بلداً.
كلمات دلالية: المعرض | الكتاب | الطلاب`,
  })

  it('never shows a menu, a "most read" list or tags, even when only they match', () => {
    const result = snippet(page, terms('الطلاب مجانا'))
    expect(result.text).not.toContain('مجاناً')
    expect(result.text).not.toContain('كلمات دلالية')
  })

  it('shows a title line without its markdown emphasis, with its matches highlighted', () => {
    const result = snippet(page, terms('افتتاح'))
    expect(result.text).toBe('افتتاح معرض الكتاب في دورته العاشرة')
    expect(result.highlights.map((h) => result.text.slice(h.start, h.end))).toEqual(['افتتاح'])
  })
})

describe('highlight and toHtml', () => {
  it('marks matching words and escapes everything else', () => {
    const value = highlight('<b>المعرض</b> & "الكتاب"', terms('معرض'))
    expect(toHtml(value)).toBe('&#60;b&#62;<mark>المعرض</mark>&#60;/b&#62; &#38; &#34;الكتاب&#34;')
  })
})
