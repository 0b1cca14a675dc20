import { describe, expect, it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

// Written for these tests.
const TITLE = 'شركة محلية تكشف عن هاتفها الجديد في معرض التقنية'
const LEAD =
  'كشفت شركة محلية للإلكترونيات اليوم عن هاتفها الجديد في معرض التقنية السنوي الذي يقام في العاصمة.'
const MORE = 'وقال مدير الشركة إن الهاتف يطرح في الأسواق الشهر المقبل بسعر يقل عن أسعار الهواتف المنافسة.'
const isContent = (kind: string | undefined) => kind === 'paragraph' || kind === 'heading'

describe('a line printed twice in a row inside the body', () => {
  it('reads it as a photo’s caption and its alt text, under a heading that names the same thing', () => {
    const caption = 'الهاتف الجديد بألوانه الثلاثة'
    const heading = 'مواصفات الهاتف الجديد'
    const kinds = kindsOf(`${TITLE}\n${LEAD}\n${heading}\n${caption}\n${caption}\n${MORE}`)
    expect(kinds.get(caption)).toBe('caption')
    expect(isContent(kinds.get(heading))).toBe(true)
  })

  it('keeps the title printed twice at the top, and again under a summary lead', () => {
    const kinds = kindsOf(`${TITLE}\n${TITLE}\n${LEAD}\n${TITLE}\n${TITLE}\n${MORE}`)
    expect(isContent(kinds.get(TITLE))).toBe(true)
  })
})
