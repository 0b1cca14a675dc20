import { describe, expect, it } from 'vitest'
import { genericBodySet, organOfBodySet, placeBodyHeadSet } from './lexicon.ts'
import { WordPairs } from './word-pairs.ts'

describe('WordPairs', () => {
  it('answers a pair of words as the set of phrases answers the phrase', () => {
    const pairs = new WordPairs(['مجلس ادارة', 'ولايه امن', 'هيئه'])
    expect(pairs.has('مجلس', 'ادارة')).toBe(true)
    expect(pairs.has('ولايه', 'امن')).toBe(true)
    expect(pairs.has('مجلس', 'امن')).toBe(false)
    expect(pairs.has('ادارة', 'مجلس')).toBe(false)
  })

  it('never answers for a phrase of one word or of three', () => {
    const pairs = new WordPairs(['هيئه', 'مجلس الامن الدولي'])
    expect(pairs.has('هيئه', '')).toBe(false)
    expect(pairs.has('مجلس', 'الامن')).toBe(false)
    expect(pairs.has('مجلس', 'الامن الدولي')).toBe(false)
  })

  it('holds every two-word phrase of the lexicon sets it replaces', () => {
    for (const set of [genericBodySet, organOfBodySet, placeBodyHeadSet]) {
      const pairs = new WordPairs(set)
      for (const phrase of set) {
        const words = phrase.split(' ')
        if (words.length === 2) expect(pairs.has(words[0]!, words[1]!)).toBe(true)
      }
    }
  })
})
