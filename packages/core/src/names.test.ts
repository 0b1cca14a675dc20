import { describe, expect, it } from 'vitest'
import { givenNameSet, strictNorm } from './extract/lexicon.ts'
import { entityNames } from './extract/test-helpers.ts'
import { parseArticle } from './index.ts'
import { writtenGivenNames as writtenList } from './lang/ar/written-given-names.ts'
import { registerWordLists } from './lists.ts'

const persons = (text: string) => entityNames(text, 'person')

const speakers = (text: string) =>
  parseArticle({ id: 'own', text }).quotes.map((quote) => quote.speaker?.name)

describe('writtenGivenNames', () => {
  it('holds single words of Arabic letters, once each, none a given name of the hand lists', () => {
    for (const name of writtenList) expect(name).toMatch(/^[\u0621-\u063A\u0641-\u064A]{3,}$/)
    expect(new Set(writtenList).size).toBe(writtenList.length)
    expect(writtenList.filter((name) => givenNameSet.has(strictNorm(name)))).toEqual([])
  })

  // Sentences of our own: a foreign given name no Arab list holds, then a transliterated family name, in the
  // subject's place after a verb of saying, with no title before it.
  const told = 'وقال ماتياس برونر إن المشروع سيكتمل قبل الصيف.'
  const closed = 'أكد داريوش كاظمي أن الطريق أعيد فتحه بعد الظهر.'
  const later = 'وصرح جواو فيريرا بأن الفريق جاهز للمباراة. وأضاف جواو: "سنقاتل على كل كرة حتى النهاية".'

  it('leaves such a name unread without the list, and reads it whole with it', () => {
    registerWordLists({ writtenNames: false })
    expect(persons(told)).toEqual([])
    expect(persons(closed)).toEqual([])
    registerWordLists()
    expect(persons(told)).toEqual(['ماتياس برونر'])
    expect(persons(closed)).toEqual(['داريوش كاظمي'])
  })

  it('gives a later quote by the given name alone to the person named in full', () => {
    registerWordLists()
    expect(persons(later)).toEqual(['جواو فيريرا'])
    expect(speakers(later)).toEqual(['جواو فيريرا', 'جواو فيريرا'])
  })
})
