import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wordDiff } from './word-diff.ts'

const changed = (base: string, text: string) =>
  wordDiff(base, text)
    .filter((w) => !w.same)
    .map((w) => w.text)

describe('wordDiff', () => {
  it('marks the words one outlet wrote differently, and only those', () => {
    expect(
      changed('المحادثات كانت بنّاءة وموضوعية وعملية', 'المحادثات كانت بناءة وعملية وثريّة بالمحتوى'),
    ).toEqual(['وثريّة', 'بالمحتوى'])
  })

  it('takes diacritics, hamza forms and punctuation around words as no difference', () => {
    expect(changed('قال إن «الجفاف يهدد الزراعة»', 'قال ان الجفاف يُهدِّد الزراعة.')).toEqual([])
    expect(changed('ستخصص 200 مليون دولار', 'ستخصص 300 مليون دولار')).toEqual(['300'])
  })

  it('gives back every character of the text, in order', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (base, text) => {
        const joined = wordDiff(base, text)
          .map((w) => w.text + w.space)
          .join('')
        expect(joined).toBe(text.replace(/^\s+/, ''))
      }),
    )
  })
})
