import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const people = (text: string) => entityNames(text, 'person')

describe('a word with the article alone after a title', () => {
  it('describes the title when no list knows it and the article never repeats it', () => {
    expect(
      people('وتحمل الأمسية اسم الكاتب والمخرج المسرحي الراحل سمير الدباغ تكريما لمسيرته.'),
    ).not.toContain('المسرحي')
    expect(people('وفاز النادي الساعي الى لقبه الأول على ضيفه بثلاثة أهداف.')).toEqual([])
  })

  it('is a family name when the article writes it again', () => {
    const names = people('أكد الوزير الكربولي أن الخطة جاهزة. وأضاف الكربولي أن التنفيذ يبدأ الشهر المقبل.')
    expect(names).toContain('الكربولي')
  })
})
