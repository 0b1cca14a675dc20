import { describe, expect, it } from 'vitest'
import { clutterAgreement, differencesAgreement, extractionAgreement, storiesAgreement } from './agreement.ts'
import { nonBlankLines } from './anchor.ts'
import { sha256 } from './cache.ts'
import type { ClutterGold, ExtractionGoldArticle, LineLabel } from './gold-schema.ts'

const TEXT = 'قال وزير المالية سامي الخوري إن «العجز سيتراجع هذا العام» خلال مؤتمر في بيروت يوم الإثنين.'
const span = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length })

function article(overrides: Partial<ExtractionGoldArticle> = {}): ExtractionGoldArticle {
  return {
    id: 'own-1',
    url: 'https://example.org/1',
    outlet: 'example',
    country: null,
    sha256: sha256(TEXT),
    chars: TEXT.length,
    publishedAt: null,
    quotes: [
      { kind: 'direct', ...span('العجز سيتراجع هذا العام'), speaker: ['سامي الخوري', 'وزير المالية'] },
    ],
    entities: [
      { kind: 'person', name: 'سامي الخوري' },
      { kind: 'location', name: 'بيروت' },
    ],
    dates: [span('يوم الإثنين')],
    ...overrides,
  }
}

describe('extractionAgreement', () => {
  const textOf = () => TEXT

  it('reads two equal annotations as full agreement', () => {
    const { scores, articles } = extractionAgreement([article()], [article()], textOf)
    expect(articles).toBe(1)
    expect(scores.direct).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(scores.speakers).toMatchObject({ correct: 1, total: 1 })
    expect(scores.entities.person).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(scores.dates).toEqual({ tp: 1, fp: 0, fn: 0 })
  })

  it('takes a speaker named by another of its names as the same speaker', () => {
    const second = article({
      quotes: [{ kind: 'direct', ...span('العجز سيتراجع هذا العام'), speaker: ['وزير المالية'] }],
    })
    expect(extractionAgreement([article()], [second], textOf).scores.speakers.correct).toBe(1)
  })

  it('counts another speaker, an entity only one annotator lists, and a speaker never as an entity', () => {
    const second = article({
      quotes: [{ kind: 'direct', ...span('العجز سيتراجع هذا العام'), speaker: null }],
      entities: [
        { kind: 'person', name: 'سامي الخوري' },
        { kind: 'organization', name: 'وزارة المالية' },
      ],
    })
    const { scores } = extractionAgreement([article()], [second], textOf)
    expect(scores.speakers).toMatchObject({ correct: 0, total: 1 })
    expect(scores.entities.organization).toEqual({ tp: 0, fp: 1, fn: 0 })
    expect(scores.entities.location).toEqual({ tp: 0, fp: 0, fn: 1 })
    expect(scores.entities.person).toEqual({ tp: 1, fp: 0, fn: 0 })
  })

  it('refuses two annotations of different texts', () => {
    expect(() => extractionAgreement([article()], [article({ sha256: 'other' })], textOf)).toThrow(
      /different texts/,
    )
  })
})

describe('storiesAgreement', () => {
  const page = (id: string, event: string) => ({
    id,
    url: `https://example.org/${id}`,
    outlet: 'example',
    country: null,
    sha256: id,
    chars: 1,
    publishedAt: null,
    dateEvidence: null,
    event,
    eventDate: null,
  })
  const gold = [page('a', 'quake'), page('b', 'quake'), page('c', 'vote')]

  it('reads the same grouping under other labels as full agreement', () => {
    const second = [page('a', 'x'), page('b', 'x'), page('c', 'y')]
    expect(storiesAgreement(gold, second)).toMatchObject({ f1: 1, articles: 3, events: [2, 2] })
  })

  it('loses recall where the second annotator splits an event', () => {
    const second = [page('a', 'x'), page('b', 'z'), page('c', 'y')]
    const b = storiesAgreement(gold, second)
    expect(b.precision).toBe(1)
    expect(b.recall).toBeLessThan(1)
  })
})

describe('clutterAgreement', () => {
  const text = 'الرئيسية > أخبار\nعنوان الخبر عن المطر\nهطلت أمطار غزيرة على المدينة أمس.\nشارك الخبر'
  const lines = nonBlankLines(text)
  const page = (labels: LineLabel[]): ClutterGold['pages'][number] => ({
    id: 'own-page',
    url: 'https://example.org/p',
    outlet: 'example',
    country: null,
    sha256: sha256(text),
    chars: text.length,
    lines: lines.map((line, i) => ({ ...line, label: labels[i]! })),
  })
  const first = page(['navigation', 'title', 'body', 'share'])

  it('reads equal labels as full agreement', () => {
    const result = clutterAgreement([{ gold: first, text }], [first])
    expect(result.figures.clutter).toEqual({ tp: 2, fp: 0, fn: 0 })
    expect(result.sameLabel).toBe(4)
    expect(result.kappa).toBe(1)
  })

  it('counts an article line the second annotator calls clutter as lost, and another clutter kind as agreement', () => {
    const second = page(['boilerplate', 'title', 'navigation', 'share'])
    const result = clutterAgreement([{ gold: first, text }], [second])
    expect(result.figures.clutter).toEqual({ tp: 2, fp: 1, fn: 0 })
    expect(result.figures.bodyLost).toHaveLength(1)
    expect(result.sameLabel).toBe(2)
    expect(result.kappa).toBeLessThan(1)
  })
})

describe('differencesAgreement', () => {
  const item = (
    a: [string, number, number],
    b: [string, number, number],
    kind: 'number' | 'date' = 'number',
  ) => ({
    kind,
    subject: 'dead',
    a: { id: a[0], start: a[1], end: a[2] },
    b: { id: b[0], start: b[1], end: b[2] },
  })
  const event = (items: ReturnType<typeof item>[]) => [{ event: 'flood', articles: ['x', 'y', 'z'], items }]

  it('matches an item whatever its order and wherever the values overlap', () => {
    const gold = event([item(['x', 10, 14], ['y', 20, 23]), item(['x', 40, 45], ['z', 5, 9], 'date')])
    const second = event([item(['y', 19, 23], ['x', 10, 12])])
    expect(differencesAgreement(gold, second)).toEqual({
      gold: 2,
      second: 1,
      both: 1,
      byKind: { number: { gold: 1, both: 1 }, date: { gold: 1, both: 0 } },
    })
  })

  it('does not match values of other articles or apart in the text', () => {
    const gold = event([item(['x', 10, 14], ['y', 20, 23])])
    expect(differencesAgreement(gold, event([item(['x', 10, 14], ['z', 20, 23])])).both).toBe(0)
    expect(differencesAgreement(gold, event([item(['x', 30, 34], ['y', 20, 23])])).both).toBe(0)
  })
})
