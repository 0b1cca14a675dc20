import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences.ts'

const sentencesOf = (text: string) =>
  splitSentences(text, { start: 0, end: text.length }).map(({ start, end }) => text.slice(start, end))

describe('splitSentences', () => {
  it('splits after . ! ? ؟ and keeps the mark with its sentence', () => {
    expect(sentencesOf('وصل الوفد. هل انتهت الزيارة؟ نعم! ثم غادر?')).toEqual([
      'وصل الوفد.',
      'هل انتهت الزيارة؟',
      'نعم!',
      'ثم غادر?',
    ])
  })

  it('never splits inside «» or "" quotes, and keeps the closing mark with the sentence', () => {
    expect(sentencesOf('قال: «وصلنا. وسنبقى هنا». ثم غادر.')).toEqual([
      'قال: «وصلنا. وسنبقى هنا».',
      'ثم غادر.',
    ])
    expect(sentencesOf('وأضاف "انتهى الأمر. لا عودة". وسكت.')).toEqual([
      'وأضاف "انتهى الأمر. لا عودة".',
      'وسكت.',
    ])
  })

  it('does not let an unclosed quote swallow the rest of the paragraph', () => {
    expect(sentencesOf('قال «لن نتراجع. ثم صمت. وانتهى الاجتماع.')).toHaveLength(3)
  })

  it('never splits after abbreviations such as د. and م. or inside numbers', () => {
    expect(sentencesOf('التقى د. سامي بالمهندس م. رنا. ارتفع المؤشر 3.5 نقطة.')).toEqual([
      'التقى د. سامي بالمهندس م. رنا.',
      'ارتفع المؤشر 3.5 نقطة.',
    ])
  })

  it('keeps web addresses and Latin initials whole', () => {
    expect(sentencesOf('زوروا www.example.com للمزيد. كتب J. Smith التقرير.')).toEqual([
      'زوروا www.example.com للمزيد.',
      'كتب J. Smith التقرير.',
    ])
  })

  it('splits glued sentences where the next one starts with a letter', () => {
    expect(sentencesOf('انتهى الاجتماع.وبدأ المؤتمر')).toEqual(['انتهى الاجتماع.', 'وبدأ المؤتمر'])
  })

  it('treats ellipses and repeated marks as one end', () => {
    expect(sentencesOf('ماذا بعد؟! لا أحد يعلم... ربما غداً.')).toEqual([
      'ماذا بعد؟!',
      'لا أحد يعلم...',
      'ربما غداً.',
    ])
  })

  it('returns the trimmed block when it has no terminator', () => {
    expect(sentencesOf('  عنوان بلا نقطة  ')).toEqual(['عنوان بلا نقطة'])
  })
})

describe('splitSentences around invisible characters', () => {
  it('ends a sentence before a right-to-left mark and keeps the mark as content', () => {
    const text = 'انتهى الاجتماع.\u200f وبدأ المؤتمر.'
    expect(
      splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['انتهى الاجتماع.', '\u200f وبدأ المؤتمر.'])
  })
})
