import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const people = (text: string) => entityNames(text, 'person')

describe('a family name the article repeats alone vouches for the full name', () => {
  it('takes a name no list knows when its last word stands alone after a reporting verb', () => {
    expect(
      people('وبحسب ما قاله سيرو باتاني وهو موظف في البلدية. وقال باتاني لوكالة الأنباء إن الأضرار كبيرة.'),
    ).toEqual(['سيرو باتاني'])
  })

  it('takes a name whose first word stands alone, as a Chinese family name does', () => {
    expect(
      people(
        'قال وزير الخارجية تشو لانغ اليوم إن بلاده مستعدة للحوار. وقال تشو في مؤتمر صحفي إن العلاقات جيدة.',
      ),
    ).toEqual(['تشو لانغ'])
  })

  it('pairs a family name written alone with no noun after it: a word with a particle, a dual, an accusative', () => {
    const names = people(
      'وقالت الفنانة أمينة قاسو إن الجمهور كان رائعا. وأحيت قاسو سهرتين في المهرجان، واستعدت قاسو للصعود إلى المسرح.',
    )
    expect(names).not.toContain('قاسو سهرتين')
    expect(names).not.toContain('قاسو للصعود')
  })

  it('leaves words that stand alone after a verb as ordinary words when they are', () => {
    expect(people('وقال إنه وعد بإحراز تقدم. ووعد بإحراز تقدم في الاتفاق.')).toEqual([])
  })

  it('reads a long plural in ات after a verb as a noun, not a family name', () => {
    expect(
      people('خرج المحتجون إلى الساحة ورددوا شعارات ضد الفساد، ثم رفعوا شعارات أخرى تطالب بالإصلاح.'),
    ).toEqual([])
  })

  it('reads a family name spelt with و that the article writes alone after a verb of saying', () => {
    expect(
      people('أعرب سمير وراغي، مدرب الفريق، عن رضاه. وقال وراغي في المؤتمر الصحفي إن الفوز مستحق.'),
    ).toEqual(['سمير وراغي'])
    expect(people('التقى الوزير سميراً. وقال ونشر البيان إن اللقاء كان مثمراً.')).toEqual([])
  })
})
