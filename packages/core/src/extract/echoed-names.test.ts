import { beforeAll, describe, expect, it } from 'vitest'
import { registerWordLists } from '../lists.ts'
import { entityNames } from './test-helpers.ts'

const persons = (text: string) => entityNames(text, 'person')

beforeAll(() => {
  registerWordLists()
})

// Sentences of our own: a person the article named before, named again and run on into a word of the clause.
describe('a person named again and run on into the next word', () => {
  it('is the person named before, the word after the name left to the clause', () => {
    // By the family name, before a participle with the article.
    expect(
      persons('قال وزير الخارجية خالد سليمان إن الحوار مستمر. كما حذر سليمان الموجود في جنيف من التصعيد.'),
    ).toEqual(['خالد سليمان'])
    // By the family name, before a noun the sentence goes on with.
    expect(
      persons('استقبل الرئيس كمال عباس الوفد. وقال مراقبون إن زيارة عباس دليل على تغير الموقف.'),
    ).toEqual(['كمال عباس'])
    // By the given name of the one full name it opens, before a participle in ة.
    expect(persons('التقت المراسلة ناديا كوفالسكا بسكان الحي. ثم أجابتها ناديا مرتجفة: لا أعرف.')).toEqual([
      'ناديا كوفالسكا',
    ])
    // By the whole name, before an adjective with the article.
    expect(
      persons('قال المدرب جمال سلامة إن الفريق جاهز. وأكد جمال سلامة الحريص على الفوز أن اللاعبين مستعدون.'),
    ).toEqual(['جمال سلامة'])
  })

  it('leaves another person who shares a given or a family name', () => {
    expect(persons('التقى المدير محمود سليم بالوفد. وحضر محمود جرار الاجتماع أيضا.')).toEqual([
      'محمود سليم',
      'محمود جرار',
    ])
    expect(persons('قالت الكاتبة منى حسن إن الرواية جاهزة. وقالت منى سعيدة إن الأمسية نجحت.')).toEqual([
      'منى حسن',
      'منى سعيدة',
    ])
    expect(persons('قال اللاعب يوسف زكريا إن الفريق جاهز. وشارك زكريا دراوي في الشوط الثاني.')).toEqual([
      'يوسف زكريا',
      'زكريا دراوي',
    ])
    expect(
      persons('قال الوزير رياض ياسين إن الوضع صعب. وقال ياسين الحاج رئيس البلدية إن الطريق مغلق.'),
    ).toEqual(['رياض ياسين', 'ياسين الحاج'])
  })
})
