import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const kinds = (text: string) => extract(text).entities.map((e) => `${e.kind}:${e.name}`)

describe('an outlet after a newsroom noun', () => {
  it('reads a known outlet whose bare name is also a place as the outlet', () => {
    expect(kinds('وأفاد مراسل الجزيرة بأن القصف استمر حتى الفجر.')).toEqual(['media:الجزيرة'])
    expect(kinds('ونقلت كاميرا الجزيرة صور الدمار في الحي.')).toEqual(['media:الجزيرة'])
  })

  it('keeps the newsroom noun out of the name and the place where no newsroom noun stands', () => {
    const outlet = extract('وقالت مراسلة رويترز إن الطريق أغلق.').entities[0]
    expect([outlet?.name, outlet?.aliases]).toEqual(['رويترز', []])
    expect(kinds('زار الوفد ولاية الجزيرة أمس.')).toEqual(['location:الجزيرة'])
  })
})
