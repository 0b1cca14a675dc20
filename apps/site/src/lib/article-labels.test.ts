import { stripMarkup } from '@marsad/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentExcerpt } from './article-labels.ts'
import { excerpt } from './text.ts'

const KINDS = ['heading', 'paragraph', 'boilerplate', 'caption'] as const

/** The whole content as one text, cut: what a description showed before it read only the blocks it needs. */
const wholeExcerpt = (blocks: { kind: string; text: string }[], max: number) =>
  excerpt(
    blocks
      .filter((block) => block.kind === 'heading' || block.kind === 'paragraph')
      .map((block) => stripMarkup(block.text))
      .join(' '),
    max,
  )

describe('contentExcerpt', () => {
  it('cuts the content at a word boundary, leaving out clutter and markdown', () => {
    const blocks = [
      { kind: 'boilerplate', text: 'شارك المقال' },
      { kind: 'heading', text: '**اتفاق على خطة الري**' },
      {
        kind: 'paragraph',
        text: 'اتفق وزراء المياه في المنطقة على خطة مشتركة لتقاسم مياه النهر خلال موسم الجفاف المقبل.',
      },
    ]
    expect(contentExcerpt({ blocks }, 40)).toBe('اتفاق على خطة الري اتفق وزراء المياه في…')
    expect(contentExcerpt({ blocks }, 500)).toBe(wholeExcerpt(blocks, 500))
  })

  it('answers what an excerpt of the whole content answers, for any blocks and length', () => {
    const word = fc.constantFrom(
      'وزير',
      'المياه',
      '**خطة**',
      'النهر',
      '  ',
      '\n',
      'الري،',
      '',
      'x'.repeat(30),
    )
    const block = fc.record({
      kind: fc.constantFrom(...KINDS),
      text: fc
        .tuple(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', '  ', '\n'))
        .map(([words, space]) => words.join(space)),
    })
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.integer({ min: 1, max: 200 }), (blocks, max) => {
        expect(contentExcerpt({ blocks }, max)).toBe(wholeExcerpt(blocks, max))
      }),
      { numRuns: 500 },
    )
  })
})
