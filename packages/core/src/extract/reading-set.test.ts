import { describe, expect, it } from 'vitest'
import { norm } from './lexicon.ts'
import { readingSet } from './reading-set.ts'
import { wordsOf } from './test-helpers.ts'

describe('readingSet', () => {
  const listed = ['الأسد', 'يناير'].map(norm)
  const holds = readingSet(new Set(listed))

  it('answers as the set does for every reading of every word', () => {
    for (const word of wordsOf('وقال الأسد في يناير إن والأسد وبيناير لم يحضر ليناير')) {
      for (const base of word.bases) expect(holds(base)).toBe(listed.includes(base.base))
    }
  })

  it('finds a word behind its particles only in the reading without them', () => {
    const [word] = wordsOf('والأسد')
    expect(holds(word!.bases[0]!)).toBe(false)
    expect(word!.bases.some(holds)).toBe(true)
  })
})
