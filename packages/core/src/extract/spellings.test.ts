import { describe, expect, it } from 'vitest'
import { CodeUnits } from '../normalize/code-units.ts'
import { type Spelling, WrittenSpellings } from './spellings.ts'
import { resetWordFlags } from './word-flags.ts'

const units = new CodeUnits()

/** `spellings.at` of a token of `text`, with the text's code units copied as the words' pass copies them. */
function spellingOf(
  spellings: WrittenSpellings,
  text: string,
  start: number,
  end: number,
  number: boolean,
  hash?: number,
): Spelling {
  return spellings.at(units.copy(text), text, start, end, number, hash)
}

describe('WrittenSpellings', () => {
  it('gives a token written as one read before, in this text or another, the same spelling', () => {
    const spellings = new WrittenSpellings()
    const first = spellingOf(spellings, 'قال الوزير', 4, 10, false)
    expect(first.raw).toBe('الوزير')
    expect(spellingOf(spellings, 'وصل الوزير أمس', 4, 10, false)).toBe(first)
  })

  it('keeps apart tokens that fold alike but are written apart, and a number from a word', () => {
    const spellings = new WrittenSpellings()
    const plain = spellingOf(spellings, 'قال', 0, 3, false)
    const marked = spellingOf(spellings, 'قَال', 0, 4, false)
    expect(marked).not.toBe(plain)
    expect(marked.norm).toBe(plain.norm)
    expect(marked.bases).toBe(plain.bases)
    expect(spellingOf(spellings, '12', 0, 2, true)).not.toBe(spellingOf(spellings, '12', 0, 2, false))
  })

  it('reads spellings again once the flag table is rebuilt (lists registered)', () => {
    const spellings = new WrittenSpellings()
    const before = spellingOf(spellings, 'الوزير', 0, 6, false)
    resetWordFlags()
    const after = spellingOf(spellings, 'الوزير', 0, 6, false)
    expect(after).not.toBe(before)
    expect(after.flags).toBe(before.flags)
  })

  it('tells apart tokens whose hashes collide, by their code units in the text', () => {
    const spellings = new WrittenSpellings()
    const HASH = 12345
    const minister = spellingOf(spellings, 'الوزير', 0, 6, false, HASH)
    const senator = spellingOf(spellings, 'النائب', 0, 6, false, HASH)
    expect(senator).not.toBe(minister)
    expect(senator.raw).toBe('النائب')
    expect(spellingOf(spellings, 'قال الوزير', 4, 10, false, HASH)).toBe(minister)
    expect(spellingOf(spellings, 'قال النائب', 4, 10, false, HASH)).toBe(senator)
    expect(spellingOf(spellings, 'قال النائبة', 4, 10, false, HASH)).toBe(senator)
    expect(spellingOf(spellings, 'قال النائبة', 4, 11, false, HASH)).not.toBe(senator)
  })

  it('reads long tokens right once the room for the kept code units fills, and a token longer than the room', () => {
    const spellings = new WrittenSpellings()
    const long = (letter: string, length: number) => `قال ${letter.repeat(length)}`
    const first = spellingOf(spellings, long('ب', 100_000), 4, 100_004, false)
    const second = spellingOf(spellings, long('ت', 100_000), 4, 100_004, false)
    expect(spellingOf(spellings, long('ب', 100_000), 4, 100_004, false)).toBe(first)
    // A third does not fit beside the two: all are read again.
    const third = spellingOf(spellings, long('ث', 100_000), 4, 100_004, false)
    expect(third.raw).toBe('ث'.repeat(100_000))
    const again = spellingOf(spellings, long('ت', 100_000), 4, 100_004, false)
    expect(again).not.toBe(second)
    expect(again.raw).toBe(second.raw)
    const huge = spellingOf(spellings, long('ج', 300_000), 4, 300_004, false)
    expect(huge.raw).toBe('ج'.repeat(300_000))
    expect(spellingOf(spellings, long('ج', 300_000), 4, 300_004, false).raw).toBe(huge.raw)
    expect(spellingOf(spellings, 'قال الوزير', 4, 10, false).raw).toBe('الوزير')
  })
})
