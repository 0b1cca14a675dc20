import type { Coverage } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import {
  attributionChanged,
  comparisonView,
  coverageShares,
  factHighlightCss,
  factRows,
  placeAnchor,
} from './coverage-view.ts'

const stats = { sentences: 0, shared: 0, unique: 0, sharedChars: 0, uniqueChars: 0 }

// Three outlets: fact A told by all three, fact B by the first two (the second telling it in two sentences).
const coverage: Coverage = {
  articles: ['x', 'y', 'z'],
  shared: [
    {
      sentences: [
        { articleId: 'y', index: 2 },
        { articleId: 'x', index: 3 },
        { articleId: 'y', index: 3 },
      ],
      similarity: 0.6,
    },
    {
      sentences: [
        { articleId: 'x', index: 0 },
        { articleId: 'y', index: 0 },
        { articleId: 'z', index: 1 },
      ],
      similarity: 0.7,
    },
  ],
  unique: { x: [1, 2], y: [1], z: [0] },
  quoteVariants: [],
  differences: [],
  titles: [],
  duplicates: [],
  stats: { x: stats, y: stats, z: stats },
}

describe('comparisonView', () => {
  const view = comparisonView(coverage, [4, 4, 2])

  it('numbers facts in reading order and marks every sentence of every column', () => {
    expect(view.facts).toBe(2)
    expect(
      view.marks.map((column) => column.map((mark) => (mark.kind === 'shared' ? mark.fact : mark.kind))),
    ).toEqual([
      [1, 'unique', 'unique', 2],
      [1, 'unique', 2, 2],
      ['unique', 1],
    ])
  })

  it('links each shared sentence to the next column that tells the fact, cycling back', () => {
    const next = (column: number, sentence: number) => {
      const mark = view.marks[column]![sentence]!
      return mark.kind === 'shared' && mark.next ? placeAnchor(mark.next) : null
    }
    expect([next(0, 0), next(1, 0), next(2, 1)]).toEqual(['a1-s0', 'a2-s1', 'a0-s0'])
    expect([next(0, 3), next(1, 2), next(1, 3)]).toEqual(['a1-s2', 'a0-s3', 'a0-s3'])
  })

  it('links only to shown columns, and marks a fact whose counterparts are all hidden without a link', () => {
    const partial = comparisonView(coverage, [4, 4, 2], (column) => column !== 1)
    const mark = partial.marks[0]![3]!
    expect(mark.kind === 'shared' && mark.next).toBeNull()
    const first = partial.marks[0]![0]!
    expect(first.kind === 'shared' && first.next && placeAnchor(first.next)).toBe('a2-s1')
  })

  it('ignores references outside the articles it was given', () => {
    const odd = comparisonView({ ...coverage, unique: { x: [9] } }, [4, 4, 2])
    expect(odd.marks[0]).toHaveLength(4)
  })
})

describe('factHighlightCss', () => {
  it('emits one :has() rule per fact and nothing else', () => {
    const css = factHighlightCss(2)
    expect(css.split('\n')).toHaveLength(2)
    expect(css).toContain(
      '.comparison:has([data-fact="2"]:hover,[data-fact="2"]:focus-within) [data-fact="2"]',
    )
    expect(factHighlightCss(0)).toBe('')
  })
})

describe('coverageShares', () => {
  it('splits the text into shared, unique and other parts summing to one', () => {
    const shares = coverageShares({ ...stats, sharedChars: 60, uniqueChars: 30 }, 100)
    expect(shares.shared).toBeCloseTo(0.6)
    expect(shares.unique).toBeCloseTo(0.3)
    expect(shares.other).toBeCloseTo(0.1)
    expect(coverageShares(undefined, 100)).toEqual({ shared: 0, unique: 0, other: 1 })
  })
})

describe('fact rows and attribution', () => {
  it('lines each shared fact up across the columns and keeps what one column alone reported apart', () => {
    const coverage = {
      articles: ['a', 'b'],
      shared: [
        {
          sentences: [
            { articleId: 'a', index: 1 },
            { articleId: 'b', index: 0 },
          ],
          similarity: 0.8,
        },
      ],
      unique: { a: [0], b: [1, 2] },
      quoteVariants: [],
      differences: [],
      titles: [],
      duplicates: [],
      stats: {},
    }
    const view = comparisonView(coverage, [2, 3])
    expect(factRows(view, [0, 1])).toEqual({ rows: [{ fact: 1, cells: [[1], [0]] }], unique: [[0], [1, 2]] })
  })

  it('flags the same words given to different speakers, not a speaker left unfound', () => {
    const putin = { speaker: { name: 'بوتين', entity: 'person:putin' } }
    const kremlin = { speaker: { name: 'بيان الكرملين' } }
    expect(attributionChanged([putin, kremlin])).toBe(true)
    expect(attributionChanged([putin, { speaker: { name: 'فلاديمير بوتين', entity: 'person:putin' } }])).toBe(
      false,
    )
    expect(attributionChanged([putin, { speaker: null }])).toBe(false)
  })
})
