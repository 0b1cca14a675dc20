import { describe, expect, it } from 'vitest'
import { lineClutterKind } from './line-clutter-kind.ts'

describe('lineClutterKind', () => {
  it('names the clutter a line is on its own', () => {
    expect(lineClutterKind('اقرأ أيضاً: افتتاح الجسر الجديد فوق النهر')).toBe('navigation')
    expect(lineClutterKind('اقرأ أيضا')).toBe('navigation')
    expect(lineClutterKind('شارك على فيسبوك تويتر واتساب')).toBe('share')
    expect(lineClutterKind('جميع الحقوق محفوظة © 2025')).toBe('boilerplate')
    expect(lineClutterKind('صحيفة الوادي', 'صحيفة الوادي')).toBe('boilerplate')
  })

  it('leaves a sentence of the article alone', () => {
    expect(lineClutterKind('وقال المهندس المسؤول إن الجسر سيخفف الزحام عن وسط المدينة.')).toBeNull()
    expect(lineClutterKind('خطة النقل')).toBeNull()
  })
})
