import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const places = (text: string) => entityNames(text, 'location')

describe('a place named inside a competition’s name, round 34', () => {
  it('is no place of the text', () => {
    expect(places('وتستعد الفرق لبطولة كأس آسيا المقبلة في الرياض.')).toEqual(['الرياض'])
    expect(places('وتأهل المنتخب إلى نهائيات كأس أمم إفريقيا المقبلة.')).toEqual([])
    expect(places('وخسر الفريق في دوري أبطال آسيا أمس.')).toEqual([])
  })

  it('is a place where the text names it elsewhere', () => {
    expect(places('وسافر الوفد إلى آسيا للمشاركة في كأس آسيا.')).toEqual(['آسيا'])
  })
})
