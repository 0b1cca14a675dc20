import { describe, expect, it } from 'vitest'
import { comparableSentences, rangeText, scoreBody } from './sentences.ts'

describe('the scorer', () => {
  it('splits both sides the same simple way and compares them normalised', () => {
    expect(comparableSentences('قالَ الوزير: «نعم». وأضاف أن الاتفاق قريب!\nإلى اللقاء')).toEqual([
      'قال الوزير نعم',
      'واضاف ان الاتفاق قريب',
      'الي اللقاء',
    ])
  })

  it('reads the text of an inner-HTML range', () => {
    const html = '<p id="a">وصل <a href="/x">الوفد</a> &amp; بدأ<br>الاجتماع</p>'
    expect(rangeText(html, { start: 10, end: html.length - 4 })).toBe('وصل الوفد & بدأ الاجتماع')
  })

  it('counts recall and extra with each extracted sentence used once', () => {
    expect(scoreBody(['ا', 'ب', 'ب', 'ج'], ['ا', 'ب', 'د'])).toEqual({
      reference: 4,
      extracted: 3,
      found: 2,
      recall: 0.5,
      extra: 1 / 3,
    })
    expect(scoreBody([], [])).toMatchObject({ recall: 1, extra: 0 })
  })
})
