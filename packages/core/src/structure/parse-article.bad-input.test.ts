import { describe, expect, it } from 'vitest'
import { readSeed, SEED_A, SEED_B } from '../../test/seeds.ts'
import { ArticleSchema } from '../model/article.ts'
import { parseArticle } from './parse-article.ts'

describe('parseArticle on hostile input', () => {
  it('gives a valid model for binary garbage decoded as text', () => {
    let seed = 42
    const bytes = new Uint8Array(20_000).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed & 0xff
    })
    const text = new TextDecoder('utf-8').decode(bytes)
    const article = parseArticle(text)
    expect(ArticleSchema.safeParse(article).success).toBe(true)
    expect(article.text).toBe(text)
  })

  it('handles a 5 MB article in one piece, every span exact', () => {
    const unit = `${readSeed(SEED_A)}\n${readSeed(SEED_B)}\n`
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length))
    const article = parseArticle(text)
    expect(article.text.length).toBeGreaterThanOrEqual(5_000_000)
    expect(article.blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThan(1000)
    const last = article.sentences.at(-1)!
    expect(text.slice(last.start, last.end)).toBe(last.text)
    // A correctness check on big input, not a speed target (that is the benchmark's): about a minute alone, and past
    // four minutes inside the whole suite on a shared machine at a load average of 20, so the limit only stops a hang.
  }, 600_000)

  it('survives unbalanced, nested and paragraph-spanning quotes', () => {
    const text = 'قال «لن نتراجع. ثم قال "نعم «بالتأكيد» لا.\nوفي الفقرة التالية» انتهى "الأمر.'
    const article = parseArticle(text)
    expect(article.blocks).toHaveLength(2)
    expect(article.sentences.length).toBeGreaterThanOrEqual(3)
  })

  it('keeps bidi overrides and zero-width characters inside the text, untouched', () => {
    const text = '\u202eقال الوزير\u202c إن\u200f الاتفاق قريب.'
    const article = parseArticle(text)
    expect(article.text).toBe(text)
    expect(article.blocks[0]!.text).toBe(text)
  })
})
