import { describe, expect, it } from 'vitest'
import { mergeGroups } from './group-merge.ts'

// Groups as item indices; a similarity table between groups keyed by their sorted items.
const table = (entries: Record<string, number>) => (a: readonly number[], b: readonly number[]) => {
  const [x, y] = [a.join(','), b.join(',')].sort()
  return entries[`${x}|${y}`] ?? 0
}

describe('mergeGroups', () => {
  it('merges the most similar pair first, then scores the merged group again', () => {
    const similarity = table({ '0,1|2': 0.5, '0,1|3': 0.45, '2|3': 0.2, '0,1,2|3': 0.3 })
    expect(mergeGroups([[0, 1], [2], [3]], similarity, () => true, 0.4)).toEqual([[0, 1, 2], [3]])
    expect(mergeGroups([[0, 1], [2], [3]], similarity, () => true, 0.3)).toEqual([[0, 1, 2, 3]])
  })

  it('never merges two groups of which one pair of items is not allowed together', () => {
    const similarity = table({ '0,1|2': 0.9 })
    const apart = (x: number, y: number) => !(Math.min(x, y) === 1 && Math.max(x, y) === 2)
    expect(mergeGroups([[0, 1], [2]], similarity, apart, 0.4)).toEqual([[0, 1], [2]])
  })

  it('answers the groups sorted, whatever order they came in', () => {
    expect(
      mergeGroups(
        [
          [3, 2],
          [1, 0],
        ],
        () => 0,
        () => true,
        0.5,
      ),
    ).toEqual([
      [0, 1],
      [2, 3],
    ])
  })
})
