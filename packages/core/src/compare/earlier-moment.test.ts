import { describe, expect, it } from 'vitest'
import { compareCoverage, parseArticle } from '../index.ts'

const numbers = (...articles: { id: string; text: string; publishedAt?: string }[]) =>
  compareCoverage(articles.map((article) => parseArticle(article)))
    .differences.filter((difference) => difference.kind === 'number')
    .map((difference) => difference.values.map((value) => value.text))

const runoff = {
  id: 'runoff',
  publishedAt: '2024-10-14T08:00:00Z',
  text: 'فاز سامي الخطيب بالانتخابات الرئاسية بنسبة 61 في المئة من الأصوات. وكان المرشحان قد تقدما على عشرة مرشحين آخرين في الجولة الأولى يوم 15 سبتمبر، وحصل كريم العلوي فيها على نسبة 22 في المئة من الأصوات.',
}
const result = {
  id: 'result',
  publishedAt: '2024-10-14T10:00:00Z',
  text: 'أعلنت هيئة الانتخابات فوز سامي الخطيب بالرئاسة. وحصل كريم العلوي على نسبة 39 في المئة من الأصوات.',
}

describe('a figure of an earlier moment', () => {
  it('sets no share of an earlier round, dated in its sentence, against the share of the news', () => {
    expect(numbers(runoff, result)).toEqual([])
  })

  it('reads a day and month written without a year against the day the text gives itself', () => {
    const undated = { id: 'undated', text: `الرباط في 14 أكتوبر 2024\n\n${runoff.text}` }
    expect(numbers(undated, result)).toEqual([])
  })

  it('still compares a figure dated on the story’s own days', () => {
    const sameDay = {
      id: 'same-day',
      publishedAt: '2024-10-14T09:00:00Z',
      text: 'فاز سامي الخطيب بالانتخابات الرئاسية. وفي فرز يوم 13 أكتوبر، حصل كريم العلوي على نسبة 35 في المئة من الأصوات.',
    }
    expect(numbers(sameDay, result)).toEqual([['35 في المئة', '39 في المئة']])
  })

  it('takes the last date before the figure: a sentence that goes from an earlier year to now', () => {
    const now = {
      id: 'now',
      publishedAt: '2024-10-14T09:00:00Z',
      text: 'فاز سامي الخطيب بالانتخابات الرئاسية. وبعد أن خسر في انتخابات 2019، حصل كريم العلوي يوم 13 أكتوبر على نسبة 35 في المئة من الأصوات.',
    }
    expect(numbers(now, result)).toEqual([['35 في المئة', '39 في المئة']])
  })
})
