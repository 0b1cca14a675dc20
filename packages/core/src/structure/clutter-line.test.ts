import { describe, expect, it } from 'vitest'
import { lastWordIsFunctionWord, lineShape } from './clutter-line.ts'

describe('lastWordIsFunctionWord', () => {
  it('tells a line cut after a function word from one that ends on a noun', () => {
    expect(lastWordIsFunctionWord(lineShape('وصل الوفد الرسمي إلى'))).toBe(true)
    expect(lastWordIsFunctionWord(lineShape('قال الوزير إن'))).toBe(true)
    expect(lastWordIsFunctionWord(lineShape('وصل الوفد الرسمي إلى العاصمة'))).toBe(false)
    expect(lastWordIsFunctionWord(lineShape(''))).toBe(false)
  })
})
