import { describe, expect, it } from 'vitest'
import { registerPlaces } from '../../index.ts'
import { arabPlaces } from '../../places.ts'
import { parseArticle } from '../../structure/parse-article.ts'
import { countries } from './countries.ts'
import { entries, writtenPlaceGroups, writtenPlaces } from './written-places.ts'

const places = (text: string) =>
  parseArticle({ id: 'written-places', text })
    .entities.filter((entity) => entity.kind === 'location')
    .map((entity) => entity.name)

describe('the team’s place lists', () => {
  it('names a state of `countries` for each list, and lists no name twice in a group', () => {
    const states = new Set(countries.map((country) => country.name))
    for (const list of writtenPlaceGroups) {
      expect(states.has(list.country), list.country).toBe(true)
      for (const group of [list.towns, list.names, list.cued]) {
        const names = entries(group)
        expect(
          names.filter((name, i) => names.indexOf(name) !== i),
          list.country,
        ).toEqual([])
      }
    }
  })

  it('gives a `cued` name neither as a town nor as a name taken without a head', () => {
    for (const list of writtenPlaces) {
      const cued = new Set(list.cued.split('|'))
      expect(
        list.names.split('|').filter((name) => cued.has(name)),
        list.country,
      ).toEqual([])
      expect(
        (list.towns ?? '').split('|').filter((name) => cued.has(name)),
        list.country,
      ).toEqual([])
    }
  })

  it('is exported by @marsad/core/places beside the maintained lists', async () => {
    expect((await import('../../places.ts')).writtenPlaces).toBe(writtenPlaces)
  })
})

// One file, one order: registration first.
describe('registered, the team’s places', () => {
  it('names a town alone where the article names its state', () => {
    registerPlaces([...arabPlaces, ...writtenPlaces])
    expect(places('وصل الوفد إلى القامشلي قادماً من دمشق.')).toContain('القامشلي')
    expect(places('تعرضت عيتا الشعب لقصف مدفعي في لبنان.')).toContain('عيتا الشعب')
    expect(places('وقال مسؤول عراقي إن القوات دخلت قضاء تلعفر.')).toContain('تلعفر')
  })

  it('names a `cued` name that is an ordinary word only after a head noun', () => {
    expect(places('شنت طائرات غارة على بلدة الخيام في جنوب لبنان.')).toContain('الخيام')
    expect(places('نصب المتطوعون الخيام للنازحين في لبنان.')).toEqual(['لبنان'])
    expect(places('وأعلن السفيرة الأمريكية في دمشق أن السفارة ستفتح.')).not.toContain('السفيرة')
    expect(places('تحدث القائم بالأعمال العراقي عن التبني في سوريا والعراق.')).toEqual(['العراق', 'سوريا'])
  })
})
