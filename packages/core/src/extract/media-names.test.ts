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

describe('an outlet named by its head and the place it serves', () => {
  it('reads a broadcaster named by its head and a place, with the place nested', () => {
    expect(kinds('وبث تلفزيون السودان كلمة الوزير مساء الأحد.')).toEqual([
      'media:تلفزيون السودان',
      'location:السودان',
    ])
    expect(kinds('وقالت إذاعة دمشق إن الطريق مغلق.')).toEqual(['media:إذاعة دمشق', 'location:دمشق'])
  })

  it('needs a news word before the place or an ending after it for an agency, a network or a paper', () => {
    expect(kinds('وذكرت وكالة السودان الرسمية أن الوفد وصل.')).toEqual([
      'media:وكالة السودان الرسمية',
      'location:السودان',
    ])
    expect(kinds('وذكرت شبكة أخبار العراق أن الوفد وصل.')).toEqual([
      'media:شبكة أخبار العراق',
      'location:العراق',
    ])
    expect(kinds('ووقعت وكالة السودان اتفاقاً مع البنك.')).toEqual(['location:السودان'])
    expect(kinds('وزار الوفد موقع العراق الأثري.')).toEqual(['location:العراق'])
  })
})

describe('an outlet named by its ending', () => {
  it('reads الخبرية as الإخبارية, and no common word before it', () => {
    expect(kinds('وقال الوزير في مقابلة نشرتها وكالة نون الخبرية إن الحل قريب.')).toEqual([
      'media:نون الخبرية',
    ])
    expect(kinds('وأكد المحاضر أن الرسالة الخبرية واضحة.')).toEqual([])
  })
})
