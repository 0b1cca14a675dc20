import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../test/stories/corpus.ts'
import { parseCorpus, shuffled } from '../../test/stories/evaluate.ts'
import type { Article } from '../model/article.ts'
import { StorySchema } from '../model/story.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { clusterStories, storiesOf, storyOrder, storyTime } from './index.ts'

const article = (id: string, text: string, publishedAt?: string): Article =>
  parseArticle({ id, text, ...(publishedAt !== undefined && { publishedAt }) })

// A bridge closed for repairs, told by two dated outlets and one undated page with a dateline, and a report that
// names the city's 2040 plan.
const bridge1 = article(
  'bridge-1',
  'أغلقت السلطات جسر النهر الكبير في المدينة أمام حركة السيارات لإجراء أعمال صيانة عاجلة بعد ظهور تشققات في أعمدته.',
  '2025-03-11T08:00:00Z',
)
const bridge2 = article(
  'bridge-2',
  'أعلنت البلدية إغلاق جسر النهر الكبير أمام السيارات لإصلاح التشققات التي ظهرت في أعمدته، وتحويل السير إلى الطرق المجاورة.',
  '2025-03-11T13:00:00Z',
)
const bridgeUndated = article(
  'bridge-undated',
  'المدينة - 12 مارس 2025\nتواصلت أعمال صيانة جسر النهر الكبير المغلق أمام السيارات منذ ظهور التشققات في أعمدته، وسط ازدحام في الطرق المجاورة. وتنفذ الأعمال ضمن خطة عام 2040 للنقل.',
)
const plan = article(
  'plan',
  'عرضت البلدية خطة النقل الحضري حتى عام 2040، وتشمل بناء خطين للترام وتوسعة محطة الحافلات المركزية.',
)
const nothing = article('nothing', 'يواصل المتحف استقبال الزوار في قاعاته المجددة طوال أيام الأسبوع.')

describe('storyOrder', () => {
  it('puts published articles first by date, then articles dated by their text, then undated ones, ties by id', () => {
    const twin = article(
      'a-twin',
      'خبر آخر نشر في الساعة نفسها عن افتتاح سوق شعبية جديدة.',
      '2025-03-11T13:00:00Z',
    )
    expect(storyOrder([nothing, plan, bridgeUndated, bridge2, twin, bridge1]).map((a) => a.id)).toEqual([
      'bridge-1',
      'a-twin',
      'bridge-2',
      'bridge-undated',
      'nothing',
      'plan',
    ])
  })

  it('makes the stories independent of the order the corpus is listed in', () => {
    const articles = parseCorpus(loadCorpus())
    const expected = storiesOf(articles)
    for (const seed of [1, 2, 3]) expect(storiesOf(shuffled(articles, seed))).toEqual(expected)
    expect(expected).toEqual(clusterStories(storyOrder(articles)))
  })
})

describe('known times', () => {
  it('never put two articles more than the grace of two days apart in one story', () => {
    const articles = parseCorpus(loadCorpus())
    const time = new Map(articles.map((a) => [a.id, storyTime(a)]))
    let dated = 0
    for (const story of storiesOf(articles)) {
      const times = story.articleIds.map((id) => time.get(id)).filter((t) => t !== null && t !== undefined)
      if (times.length > 1) dated++
      if (times.length > 0)
        expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(2 * 86_400_000)
    }
    expect(dated).toBeGreaterThan(0)
  })
})

describe('a story’s time span', () => {
  it('comes from the publication dates when a member has one, never from a later date in a text', () => {
    const story = storiesOf([bridge1, bridge2, bridgeUndated]).find((s) => s.articleIds.includes('bridge-1'))!
    expect(story.timeSpan).toEqual({ start: '2025-03-11T08:00:00Z', end: '2025-03-11T13:00:00Z' })
  })

  it('comes from the dates the texts give themselves, marked inferred, when no member is published', () => {
    const [story] = storiesOf([bridgeUndated])
    expect(story!.timeSpan).toEqual({ start: '2025-03-12', end: '2025-03-12', inferred: true })
    expect(() => StorySchema.parse(story)).not.toThrow()
  })

  it('is never a year or a day its lead recalls', () => {
    const recalled = article(
      'recalled',
      'افتتحت البلدية اليوم الثلاثاء الجسر الجديد فوق النهر، بعد أن أغلق الجسر القديم منذ عام 2011 بسبب تشققات في أعمدته.',
    )
    expect(recalled.date).toMatchObject({ value: '2011', basis: 'lead' })
    expect(storiesOf([recalled])[0]!.timeSpan).toBeNull()
  })

  it('reaches back to the day the lead tells of, before the day its text gives itself (round 34)', () => {
    const ruling = (day: string) =>
      article(
        'ruling',
        `الثلاثاء 16 مايو 2023\nقضت المحكمة في العاصمة ${day} بسجن رئيس الحزب عاما واحدا مع غرامة مالية بتهمة التحريض.\nوكان رئيس الحزب قد مثل أمام المحكمة الشهر الماضي.`,
      )
    const span = (day: string) => storiesOf([ruling(day)])[0]!.timeSpan
    expect(span('أمس الاثنين')).toEqual({ start: '2023-05-15', end: '2023-05-16', inferred: true })
    expect(span('أمس')).toEqual({ start: '2023-05-15', end: '2023-05-16', inferred: true })
    expect(span('مساء الأحد')).toEqual({ start: '2023-05-14', end: '2023-05-16', inferred: true })
    expect(span('اليوم الثلاثاء')).toEqual({ start: '2023-05-16', end: '2023-05-16', inferred: true })
    expect(span('الأحد المقبل')).toEqual({ start: '2023-05-16', end: '2023-05-16', inferred: true })
  })

  it('is never a plan year', () => {
    expect(storiesOf([plan])[0]!.timeSpan).toBeNull()
    expect(storiesOf([nothing])[0]!.timeSpan).toBeNull()
  })
})
