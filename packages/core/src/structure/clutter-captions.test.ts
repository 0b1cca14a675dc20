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

  it('keeps the title printed twice under a ticker of glued headlines, with no paragraph above it', () => {
    const ticker = `عاجل | ${'الأمطار تغمر شوارع المدينة الساحلية.. وتعطل حركة السير في الأحياء المنخفضة عاجل | '.repeat(6)}`
    const kinds = kindsOf(`${ticker}\n${TITLE}\n${TITLE}\n${LEAD}\n${MORE}`)
    expect(isContent(kinds.get(TITLE))).toBe(true)
  })

  it('keeps the title printed twice under a one-line notice that ends with a full stop', () => {
    const notice = 'اضغط هنا إن لم ينقلك المتصفح إلى الصفحة آليًا.'
    const kinds = kindsOf(
      `×\n${notice}\n${TITLE}\n${TITLE}\nالعلاقات العامة - بلدية الساحل\n${LEAD}\n${MORE}`,
    )
    expect(isContent(kinds.get(TITLE))).toBe(true)
  })
})

describe('a line printed twice in a row under the title’s date line', () => {
  const date = 'الأحد 3 مارس 2024 10:00 ص'

  it('reads it as a photo’s caption and its alt text', () => {
    const caption = 'مدير الشركة يعرض الهاتف في المعرض'
    const kinds = kindsOf(`${TITLE}\n${date}\n${caption}\n${caption}\n${LEAD}\n${MORE}`)
    expect(kinds.get(caption)).toBe('caption')
    expect(isContent(kinds.get(TITLE))).toBe(true)
  })

  it('leaves the title printed twice above its date line to the rules of the head', () => {
    const kinds = kindsOf(`${TITLE}\n${TITLE}\n${date}\n${LEAD}\n${MORE}`)
    expect(isContent(kinds.get(TITLE))).toBe(true)
  })
})
