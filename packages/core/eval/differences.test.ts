import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.ts'
import { showsItem } from './differences.ts'

const a = parseArticle({
  id: 'a',
  text: 'انطلقت في المدينة أعمال الدورة العادية الثانية والثلاثين لمجلس الجامعة. وقال الأمين العام إن القمة الـ32 ناجحة.',
})
const b = parseArticle({ id: 'b', text: 'اختتمت في المدينة أعمال القمة العربية الـ33 بحضور القادة.' })
const span = (article: typeof a, text: string) => {
  const start = article.text.indexOf(text)
  return { id: article.id, start, end: start + text.length }
}
const value = (article: typeof a, text: string, number: string) => ({
  articleId: article.id,
  text,
  start: article.text.indexOf(text),
  end: article.text.indexOf(text) + text.length,
  value: number,
})
const item = {
  kind: 'number' as const,
  subject: 'ordinal of the summit',
  a: span(a, 'الثانية والثلاثين'),
  b: span(b, 'الـ33'),
}

describe('showsItem', () => {
  it('takes a shown number for the annotated one when it is the same value written another way in that article', () => {
    const shows = showsItem([a, b])
    const difference = (shown: string) => ({
      kind: 'number' as const,
      subject: 'القمة',
      values: [value(a, 'الـ32', shown), value(b, 'الـ33', '33')],
    })
    expect(shows(difference('32'), item)).toBe(true)
    expect(shows(difference('31'), item)).toBe(false)
  })
})
