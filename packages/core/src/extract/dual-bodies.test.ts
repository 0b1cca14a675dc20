import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const organizations = (text: string) => entityNames(text, 'organization')

describe('two bodies named by one head in the dual', () => {
  it('reads each complement as its own body, the head in the singular', () => {
    expect(organizations('صوّت أعضاء مجلسي النواب والشيوخ على القانون الجديد.')).toEqual([
      'مجلس النواب',
      'مجلس الشيوخ',
    ])
  })

  it('reads و standing alone and the particles before the head', () => {
    expect(organizations('حضر الاجتماع ممثلون عن مجلس الوزراء ومجلسي النواب و الأعيان.')).toEqual([
      'مجلس الوزراء',
      'مجلس النواب',
      'مجلس الأعيان',
    ])
  })

  it('gives a feminine head its ة back and keeps a complement’s adjective', () => {
    expect(organizations('وقّعت وزارتي الصحة والتعليم العالي اتفاقية تعاون.')).toEqual([
      'وزارة الصحة',
      'وزارة التعليم العالي',
    ])
  })
})
