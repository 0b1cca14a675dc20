import { describe, expect, it } from 'vitest'
import { registerGivenNames } from '../index.ts'
import {
  commonVerbSet,
  commonWordSet,
  functionWordSet,
  givenNameSet,
  norm,
  reportingForms,
  strictNorm,
  titleHeadSet,
} from '../lang/ar/compiled.ts'
import { decodeFrontCoded, encodeFrontCoded } from '../lang/ar/front-coding.ts'
import { arabicGivenNames } from '../names.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { sourceGivenNameSet } from './source-given-names.ts'

const people = (text: string) =>
  parseArticle({ id: 'names', text })
    .entities.filter((entity) => entity.kind === 'person')
    .map((entity) => entity.name)

// One file, one order: the first test runs before registration, the others after it.
describe('given names of @marsad/core/names', () => {
  it('leaves a name no list knows alone before they are registered', () => {
    expect(people('وأكدت غيداء الخطيب أن المعرض يفتح أبوابه غداً.')).toEqual([])
  })

  it('opens a name with a registered given name where evidence follows it', () => {
    registerGivenNames(arabicGivenNames)
    // after a reporting verb, a family name with the article
    expect(people('وأكدت غيداء الخطيب أن المعرض يفتح أبوابه غداً.')).toEqual(['غيداء الخطيب'])
    // a listed given name after it
    expect(people('وشارك في الندوة بختيار محمود وعدد من الباحثين.')).toEqual(['بختيار محمود'])
    // another registered name after it, which ends the name: such a name vouches for the word before it, not after
    expect(people('وقالت رغدة بدوي إن الفريق جاهز.')).toEqual(['رغدة بدوي'])
    // a compound with عبد after it, written apart or as one word
    expect(people('وحضر الاجتماع غيداء عبدالمعين ومدير المدرسة.')).toEqual(['غيداء عبدالمعين'])
    expect(people('وحضر الاجتماع غيداء ومدير المدرسة.')).toEqual([])
    // after و in a list of names
    expect(people('وفاز في المسابقة كل من سامر العلي وغيداء الخطيب.')).toEqual(['سامر العلي', 'غيداء الخطيب'])
  })

  it('opens no name where nothing after the word vouches for one', () => {
    // تالة is a registered name and a Tunisian town: in a list of towns it stays a place
    expect(people('وشملت الجولة مدن سبيطلة وتالة والقصرين.')).toEqual([])
    expect(people('ولاحظ الزوار أن دلال الأطفال زاد في العطلة.')).toEqual([])
  })

  it('leaves out the words news uses as ordinary ones', () => {
    for (const word of ['صافي', 'عون', 'نظام', 'صمود', 'ديوان']) {
      expect(sourceGivenNameSet.has(strictNorm(word)), word).toBe(false)
    }
    expect(people('وبلغ صافي الأرباح مليون دينار، ووصل عون الإغاثة إلى القرى.')).toEqual([])
  })

  it('ships names that no hand list gives and that are no counted ordinary word', () => {
    const names = decodeFrontCoded(arabicGivenNames)
    expect(names.length).toBeGreaterThan(1000)
    expect(names.filter((name) => givenNameSet.has(strictNorm(name)))).toEqual([])
    expect(names.filter((name) => commonWordSet.has(norm(name)))).toEqual([])
    expect(names.filter((name) => name.startsWith('ال') || norm(name).length < 4)).toEqual([])
    const otherClass = (name: string) =>
      [functionWordSet, commonVerbSet, titleHeadSet].some((set) => set.has(norm(name))) ||
      reportingForms.has(norm(name))
    expect(names.filter(otherClass)).toEqual([])
  })

  it('reads no prayer after a name as a name of the lists (رحمه الله)', () => {
    expect(people('افتتح المدرسة في عهد الملك فيصل - رحمه الله - قبل عقود.')).toEqual(['فيصل'])
    expect(people('وقال الشيخ زايد رحمه الله إن الاتحاد قوة.')).toEqual(['زايد'])
  })

  it('refuses a list whose entries are no Arabic word, and registers a list twice to no effect', () => {
    expect(() => registerGivenNames('0Rome, Paris')).toThrow(/not one word of Arabic letters/)
    const size = sourceGivenNameSet.size
    registerGivenNames(arabicGivenNames)
    registerGivenNames(encodeFrontCoded(['رغدة']))
    expect(sourceGivenNameSet.size).toBe(size)
  })

  it('takes a list of words as it takes a front-coded one', () => {
    expect(() => registerGivenNames(['رغدة', 'Rome'])).toThrow(/"rome" is not one word of Arabic letters/i)
    const size = sourceGivenNameSet.size
    registerGivenNames(['رغدة'])
    expect(sourceGivenNameSet.size).toBe(size)
  })
})
