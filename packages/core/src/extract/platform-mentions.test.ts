import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const kinds = (text: string) => extract(text).entities.map((e) => `${e.kind}:${e.name}`)

describe('a social platform', () => {
  it('is no entity where it is only where something was posted', () => {
    expect(kinds('ونشرت الوزارة على صفحتها في فيسبوك صور الحريق.')).toEqual([])
    expect(kinds('وكتب المدرب في تغريدة عبر تويتر أن الفريق جاهز.')).toEqual([])
    expect(kinds('ونشر اللاعب صورته عبر منصة إكس مساء الأحد.')).toEqual([])
    expect(kinds('ونشر اللاعب صورته عبر منصة X مساء الأحد.')).toEqual([])
  })

  it('is an organisation where the text names the company', () => {
    expect(kinds('وأعلنت شركة فيسبوك أنها ستغلق الحسابات المزيفة.')).toEqual(['organization:شركة فيسبوك'])
  })

  it('leaves an outlet that cites the platform an outlet', () => {
    expect(kinds('وقالت وكالة رويترز في منشور على فيسبوك إن الطريق أغلق.')).toEqual(['media:رويترز'])
  })
})
