import { describe, expect, it } from 'vitest'
import { wordsOf } from './test-helpers.ts'
import { bareOrConjoined, readingIn, readingWithCut } from './words.ts'

describe('bareOrConjoined', () => {
  it('takes the word as written and its reading behind و, and behind ف only when asked', () => {
    const [sami, waSami, faQala] = wordsOf('سامي وسامي فقال')
    expect(bareOrConjoined(sami!, readingWithCut(sami!, 0)!)).toBe(true)
    expect(bareOrConjoined(waSami!, readingWithCut(waSami!, 1)!)).toBe(true)
    expect(bareOrConjoined(faQala!, readingWithCut(faQala!, 1)!)).toBe(false)
    expect(bareOrConjoined(faQala!, readingWithCut(faQala!, 1)!, true)).toBe(true)
  })

  it('refuses a reading behind a preposition or behind two particles', () => {
    const [biSami, wabiSami] = wordsOf('بسامي وبسامي')
    expect(bareOrConjoined(biSami!, readingWithCut(biSami!, 1)!)).toBe(false)
    expect(bareOrConjoined(wabiSami!, readingWithCut(wabiSami!, 2)!)).toBe(false)
  })
})

describe('readingIn', () => {
  it('gives the first reading the set holds, as written or behind one particle, never behind two', () => {
    const heads = new Set(['الحكومة', 'والحكومة'])
    const [bare, conjoined, twice, other] = wordsOf('الحكومة والحكومة وبالحكومة حكومة')
    expect(readingIn(bare!, heads)).toBe(readingWithCut(bare!, 0))
    expect(readingIn(conjoined!, heads)).toBe(readingWithCut(conjoined!, 0))
    expect(readingIn(conjoined!, new Map([['الحكومة', 1]]))).toBe(readingWithCut(conjoined!, 1))
    expect(readingIn(twice!, heads)).toBeUndefined()
    expect(readingIn(other!, heads)).toBeUndefined()
  })
})

describe('readWords', () => {
  it('gives words of one spelling the same readings and norm, and each its own raw text and offsets', () => {
    const [first, other, again] = wordsOf('أحمد محمد احمد')
    expect(again!.bases).toBe(first!.bases)
    expect(again!.norm).toBe(first!.norm)
    expect(again!.raw).toBe('احمد')
    expect(again!.start).toBe(10)
    expect(other!.bases).not.toBe(first!.bases)
  })

  it('keeps the spellings of the articles before (spellings.ts), each word with its own offsets', () => {
    const [one] = wordsOf('وزير')
    const [, two] = wordsOf('قال وزير')
    expect(two!.bases).toBe(one!.bases)
    expect(two!.spelling).toBe(one!.spelling)
    expect(two!.start).toBe(4)
  })
})
