import { describe, expect, it } from 'vitest'
import { registerPeople } from '../index.ts'
import { isUnknownNameWord } from './name-words.ts'
import { wordsOf } from './test-helpers.ts'

describe('isUnknownNameWord', () => {
  it('answers a spelling asked again as it answered it first, at a name’s start and inside one', () => {
    const words = wordsOf('بوغدانوف بنظام وورلي انطلق بوغدانوف بنظام وورلي انطلق')
    const first = words.slice(0, 4).map((word) => [isUnknownNameWord(word), isUnknownNameWord(word, true)])
    expect(first).toEqual([
      [true, true],
      [false, false],
      [false, true],
      [true, false],
    ])
    const again = words.slice(4).map((word) => [isUnknownNameWord(word), isUnknownNameWord(word, true)])
    expect(again).toEqual(first)
  })

  it('asks the known family names at each call: a list registered after a spelling was answered still counts', () => {
    const [word] = wordsOf('بنظيره')
    expect(isUnknownNameWord(word!)).toBe(false)
    registerPeople('سامي بنظيره + بنظيره')
    expect(isUnknownNameWord(word!)).toBe(true)
    expect(isUnknownNameWord(wordsOf('بنظيره')[0]!, true)).toBe(true)
  })
})
