import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { disjoint, layoutBlock, type Mark, type Piece } from './inline.ts'

const flatten = (pieces: Piece[]) =>
  pieces
    .map((piece) =>
      'gap' in piece ? piece.gap : piece.stretches.flatMap((s) => s.runs.map((run) => run.text)).join(''),
    )
    .join('')

describe('layoutBlock', () => {
  const text = 'وقال الوزير إن «الاتفاق نهائي». وأكد بوتين ذلك.'
  const first = { start: 0, end: 31, index: 0 }
  const second = { start: 32, end: text.length, index: 1 }

  it('lays out sentences with quotes and linked mentions, losing nothing', () => {
    const quoteStart = text.indexOf('«') + 1
    const quotes: Mark<number>[] = [{ start: quoteStart, end: text.indexOf('»'), value: 0 }]
    const putin = text.indexOf('بوتين')
    const mentions: Mark<string>[] = [{ start: putin, end: putin + 5, value: 'person:بوتين' }]
    const pieces = layoutBlock(text, { start: 0, end: text.length }, [first, second], quotes, mentions)
    expect(flatten(pieces)).toBe(text)
    expect(pieces.map((piece) => ('gap' in piece ? 'gap' : piece.sentence))).toEqual([0, 'gap', 1])
    const [quoted] = pieces
      .flatMap((piece) => ('gap' in piece ? [] : piece.stretches))
      .filter((s) => s.quote === 0)
    expect(quoted?.runs.map((run) => run.text).join('')).toBe('الاتفاق نهائي')
    const linked = pieces.flatMap((piece) => ('gap' in piece ? [] : piece.stretches.flatMap((s) => s.runs)))
    expect(linked.filter((run) => run.entity)).toEqual([{ text: 'بوتين', entity: 'person:بوتين' }])
  })

  it('keeps text the sentences do not cover as gaps', () => {
    const pieces = layoutBlock(text, { start: 0, end: text.length }, [second])
    expect(pieces[0]).toEqual({ gap: text.slice(0, 32) })
    expect(flatten(pieces)).toBe(text)
  })

  it('is lossless for any sentences and marks, however they overlap', () => {
    const span = fc
      .tuple(fc.nat(60), fc.nat(60))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }))
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 60 }),
        fc.array(span, { maxLength: 6 }),
        fc.array(span, { maxLength: 4 }),
        fc.array(span, { maxLength: 6 }),
        (body, sentences, quotes, mentions) => {
          const block = { start: 0, end: body.length }
          const pieces = layoutBlock(
            body,
            block,
            sentences.map((s, index) => ({ ...s, index })),
            quotes.map((q, value) => ({ ...q, value })),
            mentions.map((m, value) => ({ ...m, value: `e${value}` })),
          )
          expect(flatten(pieces)).toBe(body)
        },
      ),
      { numRuns: 500, seed: 7 },
    )
  })
})

describe('disjoint', () => {
  it('clips marks to the range and drops those that cross a kept one', () => {
    const marks = [
      { start: 5, end: 12, value: 'b' },
      { start: 0, end: 8, value: 'a' },
      { start: 12, end: 30, value: 'c' },
    ]
    expect(disjoint(marks, 2, 20)).toEqual([
      { start: 2, end: 8, value: 'a' },
      { start: 12, end: 20, value: 'c' },
    ])
  })
})
