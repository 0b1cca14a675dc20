import { describe, expect, it } from 'vitest'
import { restoreHints, urlWords } from './restore-hints.ts'

describe('urlWords', () => {
  it('decodes a percent-encoded Arabic headline in the path', () => {
    const url = `https://example.com/news/${encodeURIComponent('وزير-المالية-يعلن-الموازنة')}.html`
    expect(urlWords(url)).toBe('وزير المالية يعلن الموازنة')
  })

  it('gives nothing for a path of numbers and one-word folders', () => {
    expect(urlWords('https://example.com/local/55159/')).toBe('')
    expect(urlWords('not a url')).toBe('')
  })

  it('takes the longest segment that reads as words', () => {
    expect(urlWords('https://example.com/sport-news/2024/the-final-match-report-of-the-cup')).toBe(
      'the final match report of the cup',
    )
  })
})

describe('restoreHints', () => {
  it('puts the URL words first, then the names, once each, at most eight', () => {
    const names = ['أحمد سالم', 'أحمد سالم', ...Array.from({ length: 10 }, (_, i) => `اسم ${i}`)]
    const hints = restoreHints('https://example.com/a/first-words-here', names)
    expect(hints[0]).toBe('first words here')
    expect(hints[1]).toBe('أحمد سالم')
    expect(hints).toHaveLength(8)
    expect(new Set(hints).size).toBe(8)
  })
})
