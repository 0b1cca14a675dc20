import { describe, expect, it } from 'vitest'
import { ArticleInputError } from './article-input-error.ts'
import { parseArticle } from './parse-article.ts'

const kinds = (text: string, headings?: { start: number; end: number }[]) =>
  parseArticle({ text, ...(headings && { headings }) }).blocks.map((block) => [block.kind, block.text])

describe('parseArticle with heading spans from markup', () => {
  const text = [
    'افتتح رئيس البلدية صباح الأحد الجسر الجديد فوق النهر بعد عامين من العمل.',
    'خطة النقل',
    'وقال المهندس المسؤول إن الجسر سيخفف الزحام عن وسط المدينة.',
    'المرحلة الثانية تبدأ العام المقبل',
    'ويتوقع أن تنتهي الأعمال كلها قبل نهاية العقد.',
  ].join('\n\n')
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })

  it('makes a heading of a span the markup marks, and a paragraph of a short line it does not', () => {
    expect(kinds(text, [span('خطة النقل')])).toEqual([
      ['paragraph', 'افتتح رئيس البلدية صباح الأحد الجسر الجديد فوق النهر بعد عامين من العمل.'],
      ['heading', 'خطة النقل'],
      ['paragraph', 'وقال المهندس المسؤول إن الجسر سيخفف الزحام عن وسط المدينة.'],
      ['paragraph', 'المرحلة الثانية تبدأ العام المقبل'],
      ['paragraph', 'ويتوقع أن تنتهي الأعمال كلها قبل نهاية العقد.'],
    ])
  })

  it('leaves the text-only guesses as they were when no spans are given', () => {
    expect(kinds(text).map(([kind]) => kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ])
  })

  it('does not split a paragraph the markup kept whole, even where a scraper would have glued two', () => {
    const glued = 'وصل الوفد إلى العاصمة.وبدأت المحادثات في المساء بين الطرفين حول الملفات العالقة.'
    expect(kinds(glued, [])).toEqual([['paragraph', glued]])
    expect(kinds(glued)).toHaveLength(2)
  })

  it('still tells page clutter inside the text', () => {
    const withShare = `${text}\n\nشارك على فيسبوك تويتر واتساب`
    expect(kinds(withShare, [span('خطة النقل')]).at(-1)?.[0]).toBe('share')
  })

  it('rejects a span outside the text or empty', () => {
    expect(() => parseArticle({ text, headings: [{ start: 5, end: 5 }] })).toThrow(ArticleInputError)
    expect(() => parseArticle({ text, headings: [{ start: 0, end: text.length + 1 }] })).toThrow(
      /headings\.0/,
    )
  })
})
