import { describe, expect, it } from 'vitest'
import { keepAnswer, keptAnswer, Question } from './spelling-answers.ts'
import { wordsOf } from './test-helpers.ts'
import { isGivenNameAfterArticle } from './word-classes.ts'

describe('spelling answers', () => {
  it('keeps each question apart, unasked until kept', () => {
    const spelling = { answers: 0 } as Parameters<typeof keptAnswer>[0]
    expect(keptAnswer(spelling, Question.DateTrigger)).toBe(0)
    expect(keepAnswer(spelling, Question.DateTrigger, true)).toBe(true)
    expect(keptAnswer(spelling, Question.DateTrigger)).toBe(3)
    expect(keptAnswer(spelling, Question.GivenNameAfterArticle)).toBe(0)
    expect(keepAnswer(spelling, Question.GivenNameAfterArticle, false)).toBe(false)
    expect(keptAnswer(spelling, Question.GivenNameAfterArticle)).toBe(1)
    expect(keptAnswer(spelling, Question.DateTrigger)).toBe(3)
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
