import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { highlightPieces } from './highlight.ts'

describe('highlightPieces', () => {
  it('marks the matched words and keeps every character, whatever the offsets', () => {
    expect(highlightPieces('قال الأسد أمس', [{ start: 4, end: 9 }])).toEqual([
      { text: 'قال ', mark: false },
      { text: 'الأسد', mark: true },
      { text: ' أمس', mark: false },
    ])
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.nat(40), end: fc.nat(40) })), (text, marks) => {
        expect(
          highlightPieces(text, marks)
            .map((piece) => piece.text)
            .join(''),
        ).toBe(text)
      }),
    )
  })
})
