import { describe, expect, it } from 'vitest'
import { StoryTimelineSchema } from '../model/timeline.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { compareCoverage } from './index.ts'
import { storyTimeline } from './timeline.ts'

const FLOOD = 'ضربت سيول جارفة مدينة الطائف مساء الأحد وأغرقت عشرات المنازل في الأحياء الشرقية.'
const RESCUE = 'وقال الدفاع المدني إن فرقه أنقذت أربعين شخصاً كانوا محاصرين في سياراتهم.'
const SCHOOLS = 'وأعلنت إدارة التعليم تعليق الدراسة في مدارس المحافظة يوم الاثنين.'

const article = (id: string, text: string, extra: { source?: string; publishedAt?: string } = {}) =>
  parseArticle({
    id,
    text,
    ...(extra.source !== undefined && { source: { name: extra.source } }),
    ...(extra.publishedAt !== undefined && { publishedAt: extra.publishedAt }),
  })

describe('storyTimeline', () => {
  // Listed out of time order: the timeline orders by publication, and the fact first told by the earliest.
  const late = article('late', `${FLOOD}\n\n${RESCUE}\n\n${SCHOOLS}`, {
    source: 'صحيفة الوادي',
    publishedAt: '2026-03-02T09:00:00Z',
  })
  const early = article('early', `${FLOOD}\n\n${RESCUE}`, {
    source: 'وكالة الساحل',
    publishedAt: '2026-03-01T20:00:00Z',
  })
  const undated = article(
    'undated',
    `${FLOOD}\n\n${SCHOOLS}\n\nوتوقعت الأرصاد استمرار الأمطار حتى منتصف الأسبوع.`,
  )
  const again = article('again', `${RESCUE}\n\nوشكر المحافظ فرق الإنقاذ على سرعة الاستجابة.`, {
    source: 'صحيفة الوادي',
    publishedAt: '2026-03-02T12:00:00Z',
  })
  const members = [late, undated, early, again]
  const coverage = compareCoverage(members)
  const timeline = storyTimeline(members, coverage)

  it('orders members by publication, the undated last, and gives each its basis', () => {
    expect(StoryTimelineSchema.parse(timeline)).toEqual(timeline)
    expect(timeline.entries.map((e) => [e.articleId, e.basis])).toEqual([
      ['early', 'published'],
      ['late', 'published'],
      ['again', 'published'],
      ['undated', 'unknown'],
    ])
  })

  it('credits each shared fact to the earliest article that reports it', () => {
    const flood = coverage.shared.findIndex((fact) => fact.sentences.some((s) => s.articleId === 'undated'))
    expect(flood).toBeGreaterThanOrEqual(0)
    const entry = (id: string) => timeline.entries.find((e) => e.articleId === id)!
    expect(entry('early').newFacts.length).toBeGreaterThanOrEqual(2)
    expect(entry('early').repeatedFacts).toEqual([])
    expect(entry('late').repeatedFacts.length).toBeGreaterThanOrEqual(2)
    // The schools fact is told first by `late` (published) and again by the undated article.
    expect(entry('late').newFacts.length).toBe(1)
    expect(entry('undated').newFacts).toEqual([])
    expect(entry('undated').unique).toBe(1)
    for (const fact of timeline.facts) {
      expect(timeline.entries.find((e) => e.articleId === fact.firstArticleId)!.newFacts).toContain(fact.fact)
    }
    expect(timeline.facts.map((f) => f.at)).toEqual([...timeline.facts.map((f) => f.at)].sort())
  })

  it('lists each outlet once, at its first article', () => {
    expect(timeline.outlets).toEqual([
      { source: 'وكالة الساحل', first: '2026-03-01T20:00:00Z', articles: 1 },
      { source: 'صحيفة الوادي', first: '2026-03-02T09:00:00Z', articles: 2 },
      { source: null, first: null, articles: 1 },
    ])
  })

  it('dates a member without publishedAt by the date its text gives itself', () => {
    const dated = article('dated', `الرياض - 1 مارس 2026\n\n${FLOOD}\n\n${RESCUE}`)
    const result = storyTimeline([late, dated], compareCoverage([late, dated]))
    expect(dated.date?.value).toBe('2026-03-01')
    expect(result.entries.map((e) => [e.articleId, e.basis, e.at])).toEqual([
      ['dated', 'text', '2026-03-01'],
      ['late', 'published', '2026-03-02T09:00:00Z'],
    ])
  })
})
