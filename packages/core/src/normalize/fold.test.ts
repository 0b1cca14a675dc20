import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashOf } from '../extract/word-flags.ts'
import { createFold, lastFoldedHash } from './fold.ts'
import { normalize } from './normalize.ts'

const arabicish = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0xfb50, max: 0xfeff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('\u200f', '\u00ad', 'ـ', ' ', 'a', '1'),
  ),
  maxLength: 30,
})

describe('createFold', () => {
  it('agrees with normalize, option set by option set', () => {
    for (const options of [undefined, { yeh: false }, { alef: false, yeh: false }, { diacritics: false }]) {
      const fold = createFold(options)
      fc.assert(
        fc.property(fc.oneof(arabicish, fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
          const folded = fold(text)
          expect(folded).toBe(normalize(text, options))
          // The hash the fold made as it read is the result's, or 0 where it left the word to `normalize`.
          expect([0, hashOf(folded)]).toContain(lastFoldedHash())
        }),
        { numRuns: 300 },
      )
    }
    // Four folds each build their table from `normalize` over every mapped code unit: slow on a loaded machine.
  }, 30_000)
})
