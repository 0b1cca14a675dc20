import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

describe('a person named in the name of a site or a body', () => {
  it('is the body’s or the site’s namesake, not a person of the text', () => {
    const school = 'وافتتح المحافظ مدرسة سامر الحلبي للتعليم الأساسي بعد ترميمها.'
    expect(entityNames(school, 'person')).toEqual([])
    expect(entityNames(school, 'organization')).toEqual(['مدرسة سامر الحلبي للتعليم الأساسي'])
    const hospital = 'ونقل المصابون إلى مستشفى خالد العمري الجامعي لتلقي العلاج.'
    expect(entityNames(hospital, 'person')).toEqual([])
    expect(entityNames(hospital, 'organization')).toEqual(['مستشفى خالد العمري الجامعي'])
    const mosque = 'وأقيمت صلاة الجنازة في مسجد “عمر بن الخطاب” وسط البلدة.'
    expect(entityNames(mosque, 'person')).toEqual([])
    expect(entityNames(mosque, 'location')).toContain('مسجد عمر بن الخطاب')
  })

  it('reads past the site’s definite adjectives and a complement of the body, and goes on from a name read up to the title', () => {
    const stadium = 'وتقام المباراة على أرضية الملعب البلدي سامي الخوري مساء الجمعة.'
    expect(entityNames(stadium, 'person')).toEqual([])
    expect(entityNames(stadium, 'location')).toEqual(['الملعب البلدي سامي الخوري'])
    const school = 'وافتتح المحافظ ثانوية الشهيد سامر الحلبي بعد ترميمها.'
    expect(entityNames(school, 'organization')).toEqual(['ثانوية الشهيد سامر الحلبي'])
    const house = 'وتقدم دار الثقافة سامر الحلبي عرضا مسرحيا.'
    expect(entityNames(house, 'person')).toEqual([])
  })

  it('leaves a person the text speaks of after a head: a director, an owner, a means', () => {
    expect(entityNames('وقال مدير المستشفى الميداني الدكتور خالد العمري إن الوضع صعب.', 'person')).toEqual([
      'خالد العمري',
    ])
    expect(entityNames('وزار الوفد دار الشيخ خالد العمري في القرية.', 'person')).toEqual(['خالد العمري'])
    expect(entityNames('وتقدم الفريق عن طريق اللاعب سامي الخوري في الدقيقة 20.', 'person')).toEqual([
      'سامي الخوري',
    ])
  })
})
