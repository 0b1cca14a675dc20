import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const people = (text: string) =>
  extract(text)
    .entities.filter((e) => e.kind === 'person')
    .map((e) => e.name)

describe('a well-known family name alone', () => {
  it('names the person after a ruler noun', () => {
    expect(people('وعانى السكان طويلاً من القمع في ظل نظام الأسد قبل سقوطه.')).toEqual(['الأسد'])
    expect(people('وتقدمت قوات حميدتي نحو أطراف المدينة مساء السبت.')).toEqual(['حميدتي'])
    expect(people('وقالت مصادر إن حكومة السوداني تدرس مشروع الموازنة.')).toEqual(['السوداني'])
  })

  it('names the person after a noun of speech', () => {
    expect(people('وبعد ساعة من دعوة الحوثي إلى التهدئة تجددت الاشتباكات.')).toEqual(['الحوثي'])
  })

  it('names the person as the subject of a reporting verb', () => {
    expect(people('وأكد السوداني أن الحكومة ماضية في خطتها لإعمار المدن.')).toEqual(['السوداني'])
  })

  it('leaves the common noun and the nisba alone', () => {
    expect(people('وشاهد الأطفال الأسد في حديقة الحيوان صباح الجمعة.')).toEqual([])
    expect(people('وفاز المنتخب السوداني على ضيفه بهدفين نظيفين.')).toEqual([])
    expect(people('وأعلنت الحكومة أن نظام الري الجديد يوفر المياه.')).toEqual([])
  })

  it('leaves a family name that the gazetteer does not know', () => {
    expect(people('وانتقد المعارضون نظام الخطيب في إدارة النادي.')).toEqual([])
  })

  it('joins the family name to the full name the article gives', () => {
    const text = 'واستقبل الرئيس السوري بشار الأسد الوفد في دمشق. وتحدث الوفد عن دعم نظام الأسد للمبادرة.'
    expect(people(text)).toEqual(['بشار الأسد'])
  })
})
