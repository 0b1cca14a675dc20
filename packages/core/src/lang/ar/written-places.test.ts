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

  it('names the second list’s towns of states beyond the Arab world where the article names the state', () => {
    expect(places('وصلت قافلة المساعدات إلى ديار بكر في تركيا مساء الأحد.')).toContain('ديار بكر')
    expect(places('أعلنت السلطات في نيجيريا مقتل عشرة في مايدوغوري.')).toContain('مايدوغوري')
    expect(places('زار الرئيس الإيراني مدينة سنندج ثم توجه إلى أرومية في إيران.')).toContain('أرومية')
    // Without its state the name is left alone.
    expect(places('وصلت قافلة المساعدات إلى ديار بكر مساء الأحد.')).not.toContain('ديار بكر')
  })

  it('reads a head noun and a name the list gives alone as the name, the headed form as its alternate', () => {
    const found = parseArticle({
      id: 'written-places',
      text: 'عاد النازحون إلى ناحية برطلة شرقي الموصل في العراق.',
    })
      .entities.filter((entity) => entity.kind === 'location')
      .find((entity) => entity.name === 'برطلة')
    expect(found?.aliases).toContain('ناحية برطلة')
  })

  it('keeps the second list’s ordinary words and club cities to their head noun', () => {
    expect(places('أودعت السعودية الوديعة في البنك المركزي اليمني.')).not.toContain('الوديعة')
    expect(places('خطر ببالي أن أزور إندونيسيا هذا العام.')).toEqual(['إندونيسيا'])
    expect(places('فاز باريس سان جيرمان على تولوز في الدوري الفرنسي في فرنسا.')).not.toContain('تولوز')
    expect(places('وقعت الحادثة في مدينة تولوز جنوبي فرنسا.')).toContain('تولوز')
  })
})
