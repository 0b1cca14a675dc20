import { describe, expect, it } from 'vitest'
import { HashFilter } from './hash-filter.ts'
import { hashOf } from './word-flags.ts'

describe('HashFilter', () => {
  const held = ['أمس', 'اليوم', 'الخميس', 'يناير', 'الماضي'].map(hashOf)

  it('never says no for a hash it holds, whatever its size', () => {
    for (const sizeBits of [5, 12, 16]) {
      const filter = new HashFilter(held, sizeBits)
      for (const hash of held) expect(filter.mayHave(hash)).toBe(true)
    }
  })

  it('says no for most hashes it does not hold', () => {
    const filter = new HashFilter(held)
    const others = Array.from({ length: 2000 }, (_, k) => hashOf(`كلمة${k}`))
    const yes = others.filter((hash) => filter.mayHave(hash)).length
    expect(yes).toBeLessThan(20)
  })
})
