import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const organizations = (text: string) =>
  extract(text)
    .entities.filter((e) => e.kind === 'organization')
    .map((e) => [e.name, ...e.aliases])

describe('a national team named by its country and by its nisba', () => {
  it('is one team, named as met first', () => {
    const text =
      'خسر منتخب المغرب أمام ضيفه في المباراة. وقال مدرب المنتخب المغربي إن اللاعبين قدموا أداء جيدا.'
    expect(organizations(text)).toEqual([['منتخب المغرب', 'المنتخب المغربي']])
  })

  it('reads الوطني as no part of the country’s key, and keeps other teams apart', () => {
    const text = 'فاز المنتخب الوطني الكويتي على منتخب قطر، وقال لاعب منتخب الكويت إن الفوز مستحق.'
    expect(organizations(text)).toEqual([['المنتخب الوطني الكويتي', 'منتخب الكويت'], ['منتخب قطر']])
  })

  it('keeps an age category in the team’s name', () => {
    expect(organizations('قال مدرب المنتخب المغربي لأقل من 20 سنة إن اللاعبين جاهزون.')[0]![0]).toBe(
      'المنتخب المغربي لأقل من 20 سنة',
    )
    expect(organizations('وتأهل منتخب الأردن تحت 23 عاما إلى الدور الثاني.')[0]![0]).toBe(
      'منتخب الأردن تحت 23 عاما',
    )
    expect(organizations('ولعب المنتخب التونسي تحت الأمطار.')).toEqual([['المنتخب التونسي']])
  })

  it('reads no team of an ordinary word after منتخب', () => {
    expect(organizations('أكد المدرب جاهزية منتخب بلاده للمباراة المقبلة.')).toEqual([])
  })
})
