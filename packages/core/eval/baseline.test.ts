import { describe, expect, it } from 'vitest'
import { averageLink, averageLinkClusters } from './baseline.ts'

describe('averageLink', () => {
  const similarity = [
    Float64Array.of(1, 0.9, 0.1, 0),
    Float64Array.of(0.9, 1, 0.3, 0),
    Float64Array.of(0.1, 0.3, 1, 0.8),
    Float64Array.of(0, 0, 0.8, 1),
  ]

  it('merges while the mean link of two clusters reaches the threshold', () => {
    const labels = averageLink(similarity, 0.5)
    expect(labels[0]).toBe(labels[1])
    expect(labels[2]).toBe(labels[3])
    expect(labels[0]).not.toBe(labels[2])
  })

  it('keeps every item alone above the highest similarity, and joins all at zero', () => {
    expect(new Set(averageLink(similarity, 0.95)).size).toBe(4)
    expect(new Set(averageLink(similarity, 0)).size).toBe(1)
  })
})

describe('averageLinkClusters', () => {
  it('groups texts on one event apart from a text on another', () => {
    const labels = averageLinkClusters(
      [
        'ضرب زلزال بقوة ست درجات إقليم الحوز في المغرب',
        'زلزال قوي يضرب الحوز في المغرب ويخلف ضحايا',
        'البنك المركزي المصري يرفع أسعار الفائدة',
      ],
      0.2,
    )
    expect(labels[0]).toBe(labels[1])
    expect(labels[2]).not.toBe(labels[0])
  })
})
