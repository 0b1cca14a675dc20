import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../structure/parse-article.ts'
import { sourcePlaces } from './source-places.ts'

const places = (text: string) =>
  parseArticle({ id: 'places', text })
    .entities.filter((entity) => entity.kind === 'location')
    .map((entity) => entity.name)

describe('places from CLDR and i18n-iso-countries', () => {
  it('knows the wilayas of Algeria and the governorates of Egypt, with or without their head noun', () => {
    expect(places('غمرت الأمطار بلدات في ولاية بجاية وولاية سطيف، وامتدت إلى تيزي وزو.')).toEqual([
      'بجاية',
      'سطيف',
      'تيزي وزو',
    ])
    expect(places('استقبل محافظ أسيوط وفدا من محافظة أسوان ومن بني سويف.')).toEqual(
      expect.arrayContaining(['أسوان', 'بني سويف']),
    )
  })

  it('knows regions of Saudi Arabia, governorates of Oman and Libyan districts', () => {
    expect(places('تشمل الخطة منطقة القصيم ومحافظة مسندم وشعبية درنة.')).toEqual(['القصيم', 'مسندم', 'درنة'])
  })

  it('names a place whose bare name is an ordinary word only with its head', () => {
    expect(places('أعلنت الداخلية أن الأمطار هطلت على المنطقة الشرقية وأن العاصمة هادئة.')).toEqual([
      'المنطقة الشرقية',
    ])
  })

  it('reads a headless subdivision whose one word is an ordinary word of news as that word', () => {
    expect(
      places('امتدت الحرائق من الجنوب إلى الشمال خلال يومين، وطالب السكان بالعدل في توزيع المساعدات.'),
    ).toEqual([])
    expect(places('زار الوزير محافظة الشرقية ثم عاد إلى النجف.')).toEqual(['الشرقية', 'النجف'])
  })

  it('lets the hand gazetteer keep its entity and adds the sources’ other names to it', () => {
    const listed = sourcePlaces(
      () => false,
      () => false,
    )
    expect(listed.some((place) => place.name === 'الإمارات العربية المتحدة')).toBe(true)
    expect(places('وصل الوفد إلى دولة الإمارات العربية المتحدة قادما من الإمارات.')).toHaveLength(1)
  })

  it('leaves out names glossed in brackets or written in other scripts', () => {
    for (const place of sourcePlaces(
      () => false,
      () => false,
    )) {
      for (const name of [place.name, ...place.variants])
        expect(name).toMatch(/^[\u0621-\u064A\u0671-\u06D3 ]+$/)
    }
  })
})
