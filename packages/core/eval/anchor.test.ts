import { describe, expect, it } from 'vitest'
import { locate, nonBlankLines } from './anchor.ts'

describe('locate', () => {
  const text = 'قال الوزير إن الخطة جاهزة، وقال الوزير إن التمويل متاح.'

  it('finds the first occurrence of an anchor by default', () => {
    expect(locate(text, { text: 'قال الوزير' })).toEqual({ start: 0, end: 10 })
  })

  it('finds the nth occurrence when the annotator names it', () => {
    const span = locate(text, { text: 'قال الوزير', nth: 2 })
    expect(typeof span === 'object' && text.slice(span.start, span.end)).toBe('قال الوزير')
    expect(span).toEqual({ start: text.lastIndexOf('قال الوزير'), end: text.lastIndexOf('قال الوزير') + 10 })
  })

  it('says why an anchor cannot be placed', () => {
    expect(locate(text, { text: 'قال الرئيس' })).toMatch(/occurs 0 time/)
    expect(locate(text, { text: 'قال الوزير', nth: 3 })).toMatch(/occurs 2 time/)
    expect(locate(text, { text: '' })).toBe('empty anchor')
  })
})

describe('nonBlankLines', () => {
  it('gives each line with text its trimmed span, skipping blank lines', () => {
    const text = '  عنوان الخبر \n\n   \nالفقرة الأولى.\r\n'
    const lines = nonBlankLines(text)
    expect(lines.map(({ start, end }) => text.slice(start, end))).toEqual(['عنوان الخبر', 'الفقرة الأولى.'])
  })
})
