import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const people = (text: string) => entityNames(text, 'person')

describe('names the subject’s place vouches for', () => {
  it('reads a common word and a family name in its nisba shape in the speaker’s place as a name', () => {
    expect(people('أكّد معين الجرباوي مدرب النادي أن الفريق جاهز.')).toEqual(['معين الجرباوي'])
    expect(people('وأوضح معين الجرباوي أن الفريق جاهز.')).toEqual(['معين الجرباوي'])
  })

  it('reads no name from a noun and its genitive in the speaker’s place', () => {
    expect(people('وطالبت إدارة المستشفى، السلطات بالتحرك.')).toEqual([])
    expect(people('وقال شهود العيان إن القصف استمر.')).toEqual([])
  })
})
