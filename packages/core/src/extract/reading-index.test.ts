import { describe, expect, it } from 'vitest'
import { norm } from './lexicon.ts'
import { countReadings, withHashes, wordsWithReadings } from './reading-index.ts'
import { createScan } from './scan.ts'
import { wordsOf } from './test-helpers.ts'

const TEXT = 'وقال الأسد في يناير إن والأسد وبيناير لم يحضر ليناير ثم عاد الأسد'
const scan = createScan(TEXT, wordsOf(TEXT), [])
const asked = (words: string[]) => withHashes(words.map(norm))

describe('wordsWithReadings', () => {
  it('finds, in text order and once each, every word with one of the readings, particles and all', () => {
    const expected = scan.words
      .filter((word) => word.bases.some((b) => b.base === norm('الأسد') || b.base === norm('يناير')))
      .map((word) => word.index)
    expect(wordsWithReadings(scan, asked(['يناير', 'الأسد']))).toEqual(expected)
    expect(expected).toEqual([1, 3, 5, 6, 9, 12])
  })

  it('finds nothing for a word the article does not hold', () => {
    expect(wordsWithReadings(scan, asked(['دمشق']))).toEqual([])
  })

  it('answers for the article asked about, when another was indexed in between', () => {
    const other = createScan('زار الأسد دمشق', wordsOf('زار الأسد دمشق'), [])
    expect(wordsWithReadings(other, asked(['الأسد', 'دمشق']))).toEqual([1, 2])
    expect(wordsWithReadings(scan, asked(['الأسد']))).toEqual([1, 5, 12])
    expect(wordsWithReadings(other, asked(['الأسد']))).toEqual([1])
  })
})

describe('countReadings', () => {
  it('counts the readings of the words not skipped', () => {
    const skip = new Uint8Array(scan.words.length)
    const [[base, hash]] = asked(['الأسد'])
    expect(countReadings(scan, base, hash, skip)).toBe(3)
    skip[1] = 1
    expect(countReadings(scan, base, hash, skip)).toBe(2)
  })
})
