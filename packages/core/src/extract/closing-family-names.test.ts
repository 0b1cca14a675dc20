import { beforeAll, describe, expect, it } from 'vitest'
import { registerWordLists } from '../lists.ts'
import { entityNames } from './test-helpers.ts'

const persons = (text: string) => entityNames(text, 'person')

beforeAll(() => {
  registerWordLists()
})

// Sentences of our own: after a title, a name's last word that only its shape would leave out (a plural's, a present
// verb's, a family name with the article after a word of no known class), before punctuation or a function word.
describe("a name's closing word that no list of verbs or count of news knows", () => {
  it('is the family name after a title where the name closes right after it', () => {
    expect(persons('أوضح الدكتور خالد عبيدات في مؤتمر صحفي أن الوضع مستقر.')).toEqual(['خالد عبيدات'])
    expect(persons('وقال المدرب الصربي زوران يوفانوفيتش عن المباراة إنها كانت صعبة.')).toEqual([
      'زوران يوفانوفيتش',
    ])
    expect(persons('أعلن رئيس البلدية سامر حنتوش الدباغ، أمس، أن المشروع سينطلق.')).toEqual([
      'سامر حنتوش الدباغ',
    ])
  })

  it('leaves out a future verb, a word news writes and a listed verb', () => {
    expect(persons('وقال الوزير محمود عباس سيطلب من اللجنة تقريرا.')).toEqual(['محمود عباس'])
    expect(persons('وقال المدير أحمد تصريحات في المؤتمر.')).toEqual(['أحمد'])
    expect(persons('صرح اللاعب يوسف يحاول في المباراة.')).toEqual(['يوسف'])
  })
})
