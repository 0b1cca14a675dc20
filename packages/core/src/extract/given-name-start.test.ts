import { describe, expect, it } from 'vitest'
import { opensBeforeNisba } from './given-name-start.ts'
import { entityNames, wordsOf } from './test-helpers.ts'

describe('opensBeforeNisba', () => {
  it('takes a word of a name no list knows, of four letters or more', () => {
    expect(wordsOf('هويدا غيثة').map(opensBeforeNisba)).toEqual([true, true])
  })

  it('refuses the article, و, a possessive or plural, an ordinary or known word, three letters, أ before three', () => {
    const words = wordsOf('الشامي والده حكومتهم المعلمين الحكومة دور أكبر أحمد')
    expect(words.map(opensBeforeNisba)).toEqual([false, false, false, false, false, false, false, false])
  })

  it('lets through the names the rule reads before a family name in its nisba shape', () => {
    expect(entityNames('وقالت هويدا المصراتي إن الجلسة انتهت.', 'person')).toEqual(['هويدا المصراتي'])
    expect(entityNames('وشاركت غيثة العلاكي في الجلسة.', 'person')).toEqual(['غيثة العلاكي'])
  })
})
