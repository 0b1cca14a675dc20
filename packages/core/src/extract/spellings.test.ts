import { describe, expect, it } from 'vitest'
import { WrittenSpellings } from './spellings.ts'
import { resetWordFlags } from './word-flags.ts'

describe('WrittenSpellings', () => {
  it('gives a token written as one read before, in this text or another, the same spelling', () => {
    const spellings = new WrittenSpellings()
    const first = spellings.at('قال الوزير', 4, 10, false)
    expect(first.raw).toBe('الوزير')
    expect(spellings.at('وصل الوزير أمس', 4, 10, false)).toBe(first)
  })

  it('keeps apart tokens that fold alike but are written apart, and a number from a word', () => {
    const spellings = new WrittenSpellings()
    const plain = spellings.at('قال', 0, 3, false)
    const marked = spellings.at('قَال', 0, 4, false)
    expect(marked).not.toBe(plain)
    expect(marked.norm).toBe(plain.norm)
    expect(marked.bases).toBe(plain.bases)
    expect(spellings.at('12', 0, 2, true)).not.toBe(spellings.at('12', 0, 2, false))
  })

  it('reads spellings again once the flag table is rebuilt (lists registered)', () => {
    const spellings = new WrittenSpellings()
    const before = spellings.at('الوزير', 0, 6, false)
    resetWordFlags()
    const after = spellings.at('الوزير', 0, 6, false)
    expect(after).not.toBe(before)
    expect(after.flags).toBe(before.flags)
  })

  it('tells apart tokens whose hashes collide, by their code units in the text', () => {
    const spellings = new WrittenSpellings()
    const HASH = 12345
    const minister = spellings.at('الوزير', 0, 6, false, HASH)
    const senator = spellings.at('النائب', 0, 6, false, HASH)
    expect(senator).not.toBe(minister)
    expect(senator.raw).toBe('النائب')
    expect(spellings.at('قال الوزير', 4, 10, false, HASH)).toBe(minister)
    expect(spellings.at('قال النائب', 4, 10, false, HASH)).toBe(senator)
    expect(spellings.at('قال النائبة', 4, 10, false, HASH)).toBe(senator)
    expect(spellings.at('قال النائبة', 4, 11, false, HASH)).not.toBe(senator)
  })
})
