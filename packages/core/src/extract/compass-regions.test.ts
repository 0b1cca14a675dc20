import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

const places = (text: string) => entityNames(text, 'location')

describe('a compass part of a state', () => {
  it('is the state, not a place of its own, after a preposition too', () => {
    expect(places('عاد النازحون إلى الجنوب السوداني بعد الهدنة.')).toEqual(['السودان'])
    expect(places('قصفت الطائرات الشمال السوري أمس.')).toEqual(['سوريا'])
    expect(places('تراجعت الخدمات بالشرق الليبي والوسط الغربي.')).toEqual(['ليبيا', 'الوسط الغربي'])
  })

  it('is the state after a compass noun without the article, in the other spelling too', () => {
    expect(places('يعتزم الجيش شن حملة جديدة في شمال سوريا قريبا.')).toEqual(['سوريا'])
    expect(places('هز زلزال قوي مناطق واسعة في شمال سورية فجر اليوم.')).toEqual(['سوريا'])
  })

  it('names the state, so a town of its list beside it is read', () => {
    const names = places('شنت طائرات غارة على بلدة الخيام في جنوب لبنان.')
    expect(names).toEqual(expect.arrayContaining(['الخيام', 'لبنان']))
    expect(names).not.toContain('جنوب لبنان')
  })

  it('leaves a nisba after another noun', () => {
    expect(places('هتف الجمهور المغربي طويلا.')).not.toContain('الجمهور المغربي')
  })
})

describe('a region named by a known place and a direction or size adjective', () => {
  it('names the region as written, not the place', () => {
    expect(places('فُرض حظر التجول في الجزائر الكبرى وفي وهران.')).toEqual(['الجزائر الكبرى', 'وهران'])
  })

  it('leaves the adjective of the noun of surroundings before the place', () => {
    expect(places('قصفت الطائرات مواقع بريف إدلب الجنوبي.')).toEqual(['ريف إدلب'])
  })
})

describe('a compass noun before a nisba without the article', () => {
  it('names no region: the words describe a person (a South African)', () => {
    expect(entityNames('سجل الهدف لاعبه الجنوب إفريقي في الدقيقة الأخيرة.', 'location')).toEqual([])
  })
})

describe('a region named by a noun no list knows and a direction adjective', () => {
  it('names the region as written, after a preposition too', () => {
    expect(places('ضبط الجيش شحنة في البادية الشمالية فجر اليوم.')).toEqual(['البادية الشمالية'])
    expect(places('عاد آلاف السكان إلى بيوتهم بالغوطة الشرقية.')).toEqual(['الغوطة الشرقية'])
  })

  it('names none where the noun is a common word, a head or a broken plural the adjective describes', () => {
    expect(places('أغلقت الشرطة الطريق الشمالي للمدينة.')).toEqual([])
    expect(places('تقدمت الكتائب على الجبهة الشرقية ليلا.')).toEqual([])
    expect(places('انقطعت الكهرباء عن المناطق الشمالية كلها.')).toEqual([])
  })

  it('reads a part of a whole before a direction adjective as a side of a place, not as a region', () => {
    expect(places('تقع المدرسة في الجزء الجنوبي من المدينة، ويقع الملعب في القسم الشرقي منها.')).toEqual([])
  })
})

describe('the countryside of a listed place, round 33', () => {
  const placeForms = (text: string) =>
    extract(text)
      .entities.filter((e) => e.kind === 'location')
      .map((e) => [e.name, e.aliases])

  it('is a region of its own, with its noun and behind a particle', () => {
    expect(placeForms('وتعرضت قرى بريف حمص لقصف مدفعي مساء أمس.')).toEqual([['ريف حمص', []]])
  })

  it('keeps a direction adjective as another form, and the place named alone elsewhere', () => {
    expect(placeForms('ونزح الأهالي من ريف حماة الغربي إلى مدينة حماة.')).toEqual([
      ['ريف حماة', ['ريف حماة الغربي']],
      ['حماة', ['مدينة حماة']],
    ])
  })

  it('leaves the definite noun alone', () => {
    expect(placeForms('وتراجعت الزراعة في الريف السوري.')).not.toContainEqual(['ريف سوريا', []])
  })
})

describe('the countryside of a unit named with its head, round 34', () => {
  it('names the unit, not a countryside region', () => {
    expect(entityNames('وسقطت قذيفة بريف محافظة السويداء أمس.', 'location')).toEqual(['محافظة السويداء'])
    expect(entityNames('وسقطت قذيفة بريف درعا أمس.', 'location')).toEqual(['ريف درعا'])
  })
})
