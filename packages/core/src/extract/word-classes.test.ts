import { describe, expect, it } from 'vitest'
import { givenNameSet } from './lexicon.ts'
import { wordsOf } from './test-helpers.ts'
import { isGivenNameAfterArticle } from './word-classes.ts'
import { hashOf, hashOfRest } from './word-flags.ts'

describe('isGivenNameAfterArticle', () => {
  it('knows every listed given name behind the article, written with marks and tatweel or not', () => {
    const names = [...givenNameSet]
    const plain = wordsOf(names.map((name) => `ال${name}`).join(' '))
    expect(plain.every(isGivenNameAfterArticle)).toBe(true)
    const marked = wordsOf(names.map((name) => `الـ${name}\u064e`).join(' '))
    expect(marked.every(isGivenNameAfterArticle)).toBe(true)
  })

  it('refuses a definite noun and keeps على apart from علي', () => {
    expect(wordsOf('الوزارة الحكومة').some(isGivenNameAfterArticle)).toBe(false)
    expect(isGivenNameAfterArticle(wordsOf('العلي')[0]!)).toBe(givenNameSet.has('علي'))
  })
})

describe('hashOfRest', () => {
  it('is the hash of the slice it skips making', () => {
    for (const word of ['الحسين', 'و', '', 'abc']) {
      for (let from = 0; from <= word.length; from++)
        expect(hashOfRest(word, from)).toBe(hashOf(word.slice(from)))
    }
  })
})
