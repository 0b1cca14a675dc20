import { describe, expect, it } from 'vitest'
import { findGluedBoundaries } from './glued-boundaries.ts'

const paragraphsOf = (text: string) => {
  const starts = [0, ...findGluedBoundaries(text, { start: 0, end: text.length })]
  return starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length))
}

describe('findGluedBoundaries', () => {
  it('finds a paragraph break where a sentence end touches the next letter', () => {
    expect(paragraphsOf('انتهت الجولة الأولى.وأخذ المفاوضون استراحة.')).toEqual([
      'انتهت الجولة الأولى.',
      'وأخذ المفاوضون استراحة.',
    ])
  })

  it('finds it after a closing quote too', () => {
    expect(paragraphsOf('وقال إن "الاتفاق قريب".وجرى بعدها لقاء ثان.')).toEqual([
      'وقال إن "الاتفاق قريب".',
      'وجرى بعدها لقاء ثان.',
    ])
  })

  it('ignores sentence ends followed by a space, digits, Latin text, or inside quotes', () => {
    expect(paragraphsOf('انتهى. وبدأ')).toHaveLength(1)
    expect(paragraphsOf('بلغ 3.5 مليار')).toHaveLength(1)
    expect(paragraphsOf('موقع example.com يعمل')).toHaveLength(1)
    expect(paragraphsOf('قال «انتهى.وبدأ» أمس')).toHaveLength(1)
  })

  it('ignores abbreviations glued to a name', () => {
    expect(paragraphsOf('استقبل د.سامي الوفد')).toHaveLength(1)
  })
})
