import { describe, expect, it } from 'vitest'
import { entityNames } from './extract/test-helpers.ts'
import { registerWordLists } from './lists.ts'

const persons = (text: string) => entityNames(text, 'person')

describe('registerWordLists', () => {
  const sentence = 'وصل غروندبرغ إلى العاصمة صباح الأحد لبحث التهدئة مع الأطراف.'

  it('leaves out a list it is told to, and registers it on a later call', () => {
    registerWordLists({ people: false })
    expect(persons(sentence)).toEqual([])
    registerWordLists()
    expect(persons(sentence)).toEqual(['هانس غروندبرغ'])
  })
})
