import { describe, expect, it } from 'vitest'
import { parseArticle } from './index.ts'
import { registerWordLists } from './lists.ts'

const persons = (text: string) =>
  parseArticle({ id: 'own', text })
    .entities.filter((entity) => entity.kind === 'person')
    .map((entity) => entity.name)

describe('registerWordLists', () => {
  const sentence = 'وصل غروندبرغ إلى العاصمة صباح الأحد لبحث التهدئة مع الأطراف.'

  it('leaves out a list it is told to, and registers it on a later call', () => {
    registerWordLists({ people: false })
    expect(persons(sentence)).toEqual([])
    registerWordLists()
    expect(persons(sentence)).toEqual(['هانس غروندبرغ'])
  })
})
