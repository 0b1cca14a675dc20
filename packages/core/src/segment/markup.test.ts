import { describe, expect, it } from 'vitest'
import { stripMarkup, withoutEmphasis } from './markup.ts'

describe('stripMarkup', () => {
  it('shows a title without its emphasis, heading or quote markers', () => {
    expect(stripMarkup('**الحكومة تقر الموازنة**')).toBe('الحكومة تقر الموازنة')
    expect(stripMarkup('## __مراحل التنفيذ__')).toBe('مراحل التنفيذ')
    expect(stripMarkup('> قال الوزير إن الخطة **جاهزة**.')).toBe('قال الوزير إن الخطة جاهزة.')
  })

  it('keeps the text of links and images, and leaves plain text as it is', () => {
    expect(stripMarkup('[افتتاح جسر جديد](https://example.org/a)')).toBe('افتتاح جسر جديد')
    expect(stripMarkup('![الجسر](/img/bridge.jpg) بعد افتتاحه')).toBe('الجسر بعد افتتاحه')
    expect(stripMarkup('  عقد المجلس جلسته.  ')).toBe('عقد المجلس جلسته.')
    expect(stripMarkup('ملف_الصورة.jpg')).toBe('ملف_الصورة.jpg')
  })
})

describe('withoutEmphasis', () => {
  it('removes emphasis markers and keeps the spacing of a piece of a line', () => {
    expect(withoutEmphasis(' **عنوان** ')).toBe(' عنوان ')
  })
})
