import { describe, expect, it } from 'vitest'
import { precision, recall } from '../test/extraction/score.ts'
import { bootstrap } from './bootstrap.ts'

type Counts = { tp: number; fp: number; fn: number }

/** Articles of uneven difficulty, as a real batch has: most read cleanly, a few miss or invent much. */
const pattern: Counts[] = [
  { tp: 9, fp: 0, fn: 1 },
  { tp: 4, fp: 1, fn: 0 },
  { tp: 2, fp: 0, fn: 5 },
  { tp: 7, fp: 2, fn: 1 },
  { tp: 0, fp: 3, fn: 2 },
]
const batch = (copies: number) => Array.from({ length: copies }, () => pattern).flat()

const total = (sample: readonly Counts[]) =>
  sample.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  })
const measure = (sample: readonly Counts[]) => {
  const counts = total(sample)
  return { precision: precision(counts), recall: recall(counts) }
}

describe('bootstrap', () => {
  it('puts the batch’s own micro-averaged figure inside each interval', () => {
    const articles = batch(4)
    const point = measure(articles)
    const intervals = bootstrap(articles, measure)
    for (const name of ['precision', 'recall'] as const) {
      expect(intervals[name].low).toBeLessThan(point[name])
      expect(intervals[name].high).toBeGreaterThan(point[name])
    }
  })

  it('narrows as the batch holds more articles of the same kind', () => {
    const width = (copies: number) => {
      const { recall } = bootstrap(batch(copies), measure)
      return recall.high - recall.low
    }
    const small = width(4)
    const large = width(64)
    expect(large).toBeLessThan(small / 2)
  })

  it('repeats to the digit for one seed and draws other samples for another', () => {
    const articles = batch(4)
    expect(bootstrap(articles, measure, { seed: 7 })).toEqual(bootstrap(articles, measure, { seed: 7 }))
    expect(bootstrap(articles, measure, { seed: 7 })).not.toEqual(bootstrap(articles, measure, { seed: 8 }))
  })

  it('gives a batch whose articles agree an interval of one point', () => {
    const intervals = bootstrap(
      Array.from({ length: 20 }, () => pattern[0]!),
      measure,
    )
    expect(intervals.precision).toEqual({ low: 1, high: 1 })
    expect(intervals.recall.low).toBeCloseTo(0.9)
    expect(intervals.recall.high).toBeCloseTo(0.9)
  })
  it('leaves a resample with nothing to count out of the interval instead of scoring it 0', () => {
    // Speakers judged in two articles of twenty: about one resample in eight draws neither, and must not read as
    // "none right".
    const articles = Array.from({ length: 20 }, (_, i) =>
      i < 2 ? { right: 1, judged: 1 } : { right: 0, judged: 0 },
    )
    const { speakers } = bootstrap(articles, (sample) => {
      const judged = sample.reduce((n, a) => n + a.judged, 0)
      return { speakers: judged > 0 ? sample.reduce((n, a) => n + a.right, 0) / judged : Number.NaN }
    })
    expect(speakers).toEqual({ low: 1, high: 1 })
  })
})
