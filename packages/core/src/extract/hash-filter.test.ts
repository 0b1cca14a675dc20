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

describe('HashFilter with a scratch', () => {
  it('answers as a filter of its own and forgets the hashes of the filter built before in the same scratch', () => {
    const scratch = new Uint32Array(1 << (12 - 5))
    const first = ['أمس', 'اليوم'].map(hashOf)
    const second = ['يناير', 'الماضي'].map(hashOf)
    new HashFilter(first, 12, scratch)
    const filter = new HashFilter(second, 12, scratch)
    const own = new HashFilter(second, 12)
    for (const hash of [...first, ...second]) expect(filter.mayHave(hash)).toBe(own.mayHave(hash))
  })

  it('refuses a scratch of the wrong size', () => {
    expect(() => new HashFilter([], 12, new Uint32Array(8))).toThrow(RangeError)
  })
})
