import { parseArticle } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { leadPassage, passageOf } from './passage.ts'
import { snippet } from './snippet.ts'

const sentence = (i: number) => `وقال المتحدث في البيان رقم ${i} إن الاجتماع سيعقد في موعده. `

describe('passageOf', () => {
  it('keeps a short article whole', () => {
    const article = parseArticle('وصل الوفد إلى عمّان. وبدأت المحادثات.')
    expect(passageOf(article)).toEqual({
      text: article.text,
      sentences: article.sentences,
      blocks: article.blocks,
    })
  })

  it('cuts a long article at the last sentence end within the length, with its sentences and blocks', () => {
    const article = parseArticle(Array.from({ length: 400 }, (_, i) => sentence(i)).join(''))
    const passage = passageOf(article, 1000)
    expect(passage.text.length).toBeLessThanOrEqual(1000)
    expect(passage.text).toBe(article.text.slice(0, passage.text.length))
    expect(passage.sentences.at(-1)!.end).toBe(passage.text.length)
    for (const span of [...passage.sentences, ...passage.blocks]) {
      expect(span.end).toBeLessThanOrEqual(passage.text.length)
      expect(passage.text.slice(span.start, span.end).trim()).toBe(span.text.trim())
    }
    expect(snippet(passage, new Set(['اجتماع'])).highlights.length).toBeGreaterThan(0)
  })

  it('cuts a first sentence longer than the length, never inside a surrogate pair', () => {
    const article = parseArticle(`${'😀'.repeat(600)} نهاية.`)
    const passage = passageOf(article, 999)
    expect(passage.text.length).toBe(998)
    expect(passage.sentences[0]!.end).toBe(998)
    expect(leadPassage(article, 480).text.length).toBe(480)
  })
})
