import { describe, expect, it } from 'vitest'
import type { Article } from '../model/article.ts'
import { StorySchema } from '../model/story.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { articleGraph } from './article-graph.ts'
import { corpusStories } from './corpus-stories.ts'

const article = (id: string, text: string, publishedAt?: string): Article =>
  parseArticle({ id, text, ...(publishedAt ? { publishedAt } : {}) })

// A port strike told by three outlets, the same port's strike resumed five weeks later, and a weather report.
const strike = [
  article(
    'strike-1',
    'أضرب عمال ميناء طنجة المتوسط صباح الاثنين احتجاجاً على تأخر صرف أجورهم، ما أدى إلى توقف شحن الحاويات. وقالت النقابة إن الإضراب سيستمر ثلاثة أيام إذا لم تستجب الإدارة لمطالب العمال.',
    '2025-03-03T09:00:00Z',
  ),
  article(
    'strike-2',
    'توقفت حركة الحاويات في ميناء طنجة المتوسط بعد إضراب العمال الذين يطالبون بصرف أجورهم المتأخرة. وأكدت النقابة أن الإضراب مفتوح لثلاثة أيام، فيما دعت الإدارة إلى الحوار.',
    '2025-03-03T13:00:00Z',
  ),
  article(
    'strike-3',
    'دعت إدارة ميناء طنجة المتوسط النقابة إلى الحوار بعد إضراب العمال الذي أوقف شحن الحاويات، وقالت إن صرف الأجور المتأخرة سيتم خلال أيام.',
    '2025-03-04T08:00:00Z',
  ),
]
const strikeAgain = article(
  'strike-again',
  'عاد عمال ميناء طنجة المتوسط إلى الإضراب صباح الثلاثاء بعد أن انتهت مهلة الحوار مع الإدارة، وتوقف شحن الحاويات من جديد بسبب الأجور.',
  '2025-04-08T09:00:00Z',
)
const weather = article(
  'weather',
  'توقعت مديرية الأرصاد الجوية أمطاراً رعدية قوية على المرتفعات الشمالية ابتداء من الأربعاء، مع انخفاض ملموس في درجات الحرارة.',
  '2025-03-03T07:00:00Z',
)

// Two counts of one election, undated: the first round, then the runoff. The same candidates and words; only the
// shares the leads state tell them apart.
const firstRound = [
  article(
    'round-1a',
    'أظهرت النتائج الأولية للانتخابات الرئاسية تصدر المرشح سليم الحداد بنسبة 31.4% أمام منافسه كمال العبيدي الذي حصل على 24.8% من الأصوات، وتعلن الهيئة العليا للانتخابات النتائج النهائية خلال أيام.',
  ),
  article(
    'round-1b',
    'تصدر سليم الحداد النتائج الأولية للانتخابات الرئاسية بنسبة 31 في المئة من الأصوات متقدماً على كمال العبيدي الذي نال 25 في المئة، بحسب الهيئة العليا للانتخابات.',
  ),
]
const runoff = [
  article(
    'runoff-a',
    'أعلنت الهيئة العليا للانتخابات فوز سليم الحداد في الانتخابات الرئاسية بنسبة 68.2% من الأصوات أمام منافسه كمال العبيدي، وفق النتائج الأولية للجولة الحاسمة.',
  ),
  article(
    'runoff-b',
    'فاز سليم الحداد بالانتخابات الرئاسية بحصوله على 68 في المئة من الأصوات مقابل كمال العبيدي، حسب النتائج الأولية التي أعلنتها الهيئة العليا للانتخابات.',
  ),
]

const groups = (stories: { articleIds: string[] }[]) =>
  stories.map((story) => [...story.articleIds].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))

describe('corpusStories', () => {
  it('groups the reports of one event, apart from its repeat five weeks later and an unrelated report', () => {
    const stories = corpusStories([weather, ...strike, strikeAgain])
    expect(groups(stories)).toEqual([['strike-1', 'strike-2', 'strike-3'], ['strike-again'], ['weather']])
    for (const story of stories) expect(() => StorySchema.parse(story)).not.toThrow()
  })

  it('gives the same stories, ids and member order whatever order the articles come in', () => {
    const forward = corpusStories([weather, ...strike, strikeAgain])
    const backward = corpusStories([strikeAgain, ...[...strike].reverse(), weather])
    expect(backward).toEqual(forward)
    expect(forward.find((story) => story.articleIds.length === 3)?.articleIds).toEqual([
      'strike-1',
      'strike-2',
      'strike-3',
    ])
  })

  it('keeps two counts of one election apart by the shares their leads state', () => {
    const both = [...firstRound, ...runoff]
    expect(groups(corpusStories(both))).toEqual([
      ['round-1a', 'round-1b'],
      ['runoff-a', 'runoff-b'],
    ])
    // Without the shares, the same words and names make one story of both counts.
    expect(groups(corpusStories(both, { shareConflict: 1 }))).toEqual([
      ['round-1a', 'round-1b', 'runoff-a', 'runoff-b'],
    ])
  })

  it('links a wire copy to its original at full weight', () => {
    const copy = { ...strike[0]!, id: 'strike-copy' }
    const { edges } = articleGraph([strike[0]!, weather, copy])
    expect(edges).toContainEqual({ a: 0, b: 2, weight: 1 })
    expect(edges.some(({ a, b }) => a === 1 || b === 1)).toBe(false)
  })

  it('answers no stories for no articles', () => {
    expect(corpusStories([])).toEqual([])
  })
})
