import { describe, expect, it } from 'vitest'
import { bcubed } from './bcubed.ts'

const labels = (entries: Record<string, string>) => new Map(Object.entries(entries))

describe('bcubed', () => {
  it('scores a perfect clustering 1', () => {
    const gold = labels({ a: 'x', b: 'x', c: 'y' })
    expect(bcubed(labels({ a: '1', b: '1', c: '2' }), gold)).toEqual({ precision: 1, recall: 1, f1: 1 })
  })

  it('charges a merge to precision and a split to recall, per item', () => {
    const gold = labels({ a: 'x', b: 'x', c: 'y' })
    const merged = bcubed(labels({ a: '1', b: '1', c: '1' }), gold)
    expect(merged.recall).toBe(1)
    expect(merged.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3)
    const split = bcubed(labels({ a: '1', b: '2', c: '3' }), gold)
    expect(split.precision).toBe(1)
    expect(split.recall).toBeCloseTo((1 / 2 + 1 / 2 + 1) / 3)
  })

  it('refuses an item the prediction does not cover', () => {
    expect(() => bcubed(labels({ a: '1' }), labels({ a: 'x', b: 'x' }))).toThrow(/b/)
  })
})
