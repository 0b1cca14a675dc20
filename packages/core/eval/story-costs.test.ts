import { describe, expect, it } from 'vitest'
import { PAIR_WEIGHTS } from '../src/cluster/pair-weights.ts'
import { parseArticle } from '../src/index.ts'
import { bcubed } from '../test/stories/bcubed.ts'
import { costlyEvents, eventCosts } from './story-costs.ts'

describe('what each event costs B³', () => {
  // Event a split in two stories, event b joined with one of a's parts, event c alone and right.
  const gold = new Map([
    ['a1', 'a'],
    ['a2', 'a'],
    ['a3', 'a'],
    ['b1', 'b'],
    ['c1', 'c'],
  ])
  const predicted = new Map([
    ['a1', 's1'],
    ['a2', 's1'],
    ['a3', 's2'],
    ['b1', 's2'],
    ['c1', 's3'],
  ])

  it('adds up to the run’s precision loss and recall loss', () => {
    const costs = eventCosts(predicted, gold)
    const score = bcubed(predicted, gold)
    const total = costs.reduce((sum, event) => sum + event.cost, 0) / gold.size
    expect(total).toBeCloseTo(1 - score.precision + (1 - score.recall), 12)
    expect(costs.reduce((sum, event) => sum + event.recall, 0) / gold.size).toBeCloseTo(1 - score.recall, 12)
  })

  it('ranks the split event first and names its parts and what joined them', () => {
    const [first, second, third] = eventCosts(predicted, gold)
    expect(first!.event).toBe('a')
    expect(first!.parts.map((part) => part.members)).toEqual([['a1', 'a2'], ['a3']])
    expect(first!.parts[1]!.intruders).toEqual([{ id: 'b1', event: 'b' }])
    expect(second!.event).toBe('b')
    expect(second!.recall).toBe(0)
    expect(third).toEqual({ event: 'c', cost: 0, recall: 0, parts: [{ members: ['c1'], intruders: [] }] })
  })

  it('refuses an article the clustering left out', () => {
    expect(() => eventCosts(new Map([['a1', 's1']]), gold)).toThrow(/a2 has no predicted story/)
  })
})

describe('the costliest events of a run', () => {
  // Our own sentences: two reports of one flood, and a report of a vote that the index keeps apart from them. Neither
  // flood report tells a running count, which would regroup them below the threshold (round 31).
  const article = (id: string, text: string) => parseArticle({ id, text, publishedAt: '2025-12-06' })
  const articles = [
    article('flood-1', 'غمرت السيول مدينة درنة الليبية بعد انهيار سدين وسقط مئات القتلى من سكانها.'),
    article('flood-2', 'سقط مئات القتلى من سكان مدينة درنة الليبية في السيول بعد انهيار سدين.'),
    article('vote', 'صوّت مجلس النواب الأردني على مشروع قانون الموازنة العامة للسنة المقبلة بالأغلبية.'),
  ]
  const event = new Map([
    ['flood-1', 'flood'],
    ['flood-2', 'flood'],
    ['vote', 'vote'],
  ])
  const corpus = { name: 'own', runs: [{ dated: true, articles }], event }

  it('reads the link between the parts of a split event, and none when nothing is split or joined', () => {
    const costs = costlyEvents(corpus, corpus.runs[0]!, PAIR_WEIGHTS, 5)
    expect(costs.map((cost) => cost.cost)).toEqual([0, 0])
    expect(costs.every((cost) => cost.splits.length === 0 && cost.joins.length === 0)).toBe(true)
    // With a threshold no pair reaches, the flood is split and the link between its two reports is read.
    const apart = costlyEvents(corpus, corpus.runs[0]!, { ...PAIR_WEIGHTS, threshold: 1.01 }, 1)[0]!
    expect(apart.event).toBe('flood')
    expect(apart.recall).toBe(1)
    expect(apart.splits).toHaveLength(1)
    expect(apart.splits[0]!.link).toBeGreaterThan(PAIR_WEIGHTS.threshold)
    expect(apart.splits[0]!.features).toMatch(/^cosine 0\.\d+/)
  })
})
