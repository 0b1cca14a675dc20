import { describe, expect, it } from 'vitest'
import { DATE_TRIGGER, GIVEN_NAME_AFTER_ARTICLE, keepAnswer, keptAnswer } from './spelling-answers.ts'
import { wordsOf } from './test-helpers.ts'
import { isGivenNameAfterArticle } from './word-classes.ts'

describe('spelling answers', () => {
  it('keeps each question apart, unasked until kept', () => {
    const spelling = { answers: 0 } as Parameters<typeof keptAnswer>[0]
    expect(keptAnswer(spelling, DATE_TRIGGER)).toBe(0)
    expect(keepAnswer(spelling, DATE_TRIGGER, true)).toBe(true)
    expect(keptAnswer(spelling, DATE_TRIGGER)).toBe(3)
    expect(keptAnswer(spelling, GIVEN_NAME_AFTER_ARTICLE)).toBe(0)
    expect(keepAnswer(spelling, GIVEN_NAME_AFTER_ARTICLE, false)).toBe(false)
    expect(keptAnswer(spelling, GIVEN_NAME_AFTER_ARTICLE)).toBe(1)
    expect(keptAnswer(spelling, DATE_TRIGGER)).toBe(3)
  })

  it('answers a word written again as it answered it first', () => {
    const words = wordsOf('الحسين والحكومة الحسين الحكومة')
    const first = words.map(isGivenNameAfterArticle)
    expect(words.map(isGivenNameAfterArticle)).toEqual(first)
    expect(first[0]).toBe(true)
    expect(first[3]).toBe(false)
    expect(first[2]).toBe(true)
  })
})
