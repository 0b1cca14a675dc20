import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { averageLinkGroups, type Edge } from './average-link.ts'

/** Average link the slow way, over every pair of groups, missing pairs counted as 0. */
function everyPair(size: number, edges: readonly Edge[], threshold: number): number[][] {
  const similarity = Array.from({ length: size }, () => new Float64Array(size))
  for (const { a, b, weight } of edges) {
    similarity[a]![b]! += weight
    similarity[b]![a]! += weight
  }
  let groups = Array.from({ length: size }, (_, i) => [i])
  for (;;) {
    let best = -1
    let pair = [0, 0]
    for (let x = 0; x < groups.length; x++)
      for (let y = x + 1; y < groups.length; y++) {
        let sum = 0
        for (const i of groups[x]!) for (const j of groups[y]!) sum += similarity[i]![j]!
        const mean = sum / (groups[x]!.length * groups[y]!.length)
        if (mean > best) [best, pair] = [mean, [x, y]]
      }
    if (best < threshold || groups.length < 2) break
    groups[pair[0]!] = [...groups[pair[0]!]!, ...groups[pair[1]!]!]
    groups = groups.filter((_, i) => i !== pair[1])
  }
  return groups.map((group) => group.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!)
}

describe('averageLinkGroups', () => {
  it('lets a small group join its best link at a lower bar after average link', () => {
    // 0–1 merge at 0.9; 2's mean link to them is 0.225, under 0.3 but over 0.7 × 0.3; 3 then links at 0.05.
    const edges = [
      { a: 0, b: 1, weight: 0.9 },
      { a: 0, b: 2, weight: 0.25 },
      { a: 1, b: 2, weight: 0.2 },
      { a: 2, b: 3, weight: 0.15 },
    ]
    expect(averageLinkGroups(4, edges, 0.3)).toEqual([[0, 1], [2], [3]])
    expect(averageLinkGroups(4, edges, 0.3, { size: 1, factor: 0.7, mutual: false })).toEqual([
      [0, 1, 2],
      [3],
    ])
    // 2 joins the pair before 3 can join 2 alone (0.225 > 0.15), and then 3's mean link is 0.05.
    expect(averageLinkGroups(4, edges, 0.3, { size: 1, factor: 0.5, mutual: false })).toEqual([
      [0, 1, 2],
      [3],
    ])
    expect(averageLinkGroups(4, edges, 0.3, { size: 1, factor: 0.1, mutual: false })).toEqual([[0, 1, 2, 3]])
    // The pair is larger than `size`: at size 1 it never moves to 2, only 2 to it.
    expect(averageLinkGroups(4, edges, 0.3, { size: 2, factor: 0.7, mutual: false })).toEqual([
      [0, 1, 2],
      [3],
    ])
  })

  it('keeps a small group apart under `mutual` when its best link prefers another group', () => {
    // {3,4} and {5,6} link at a mean of 0.4, under 0.5; 2's best is {3,4} at 0.3, but {3,4}'s best is {5,6}.
    const edges = [
      { a: 3, b: 4, weight: 0.9 },
      { a: 5, b: 6, weight: 0.9 },
      { a: 3, b: 5, weight: 0.8 },
      { a: 4, b: 6, weight: 0.8 },
      { a: 2, b: 3, weight: 0.6 },
    ]
    const plain = [[0], [1], [2], [3, 4], [5, 6]]
    expect(averageLinkGroups(7, edges, 0.5)).toEqual(plain)
    expect(averageLinkGroups(7, edges, 0.5, { size: 1, factor: 0.5, mutual: true })).toEqual(plain)
    expect(averageLinkGroups(7, edges, 0.5, { size: 1, factor: 0.5, mutual: false })).toEqual([
      [0],
      [1],
      [2, 3, 4],
      [5, 6],
    ])
  })

  it('merges a tight pair first and keeps a loosely linked item apart', () => {
    const edges = [
      { a: 0, b: 1, weight: 0.9 },
      { a: 1, b: 2, weight: 0.5 },
      { a: 0, b: 2, weight: 0.1 },
      { a: 3, b: 4, weight: 0.4 },
    ]
    // {0,1} to 2: mean of 0.1 and 0.5 is 0.3, under 0.35; 3 and 4 link at 0.4.
    expect(averageLinkGroups(5, edges, 0.35)).toEqual([[0, 1], [2], [3, 4]])
    expect(averageLinkGroups(5, edges, 0.3)).toEqual([
      [0, 1, 2],
      [3, 4],
    ])
  })

  it('never merges two groups while `apart` holds for an item of each', () => {
    const edges = [
      { a: 0, b: 1, weight: 0.9 },
      { a: 1, b: 2, weight: 0.9 },
      { a: 0, b: 2, weight: 0.6 },
    ]
    expect(averageLinkGroups(3, edges, 0.3)).toEqual([[0, 1, 2]])
    // 0 and 2 dated days apart: 1 joins the one it links to best first, and 2 stays out.
    const apart = (x: number, y: number) => (x === 0 && y === 2) || (x === 2 && y === 0)
    expect(averageLinkGroups(3, edges, 0.3, undefined, 0, apart)).toEqual([[0, 1], [2]])
  })

  it('counts a missing edge as no similarity, so a chain does not become one group', () => {
    const chain = [0, 1, 2, 3].map((i) => ({ a: i, b: i + 1, weight: 0.5 }))
    expect(averageLinkGroups(5, chain, 0.4).every((group) => group.length <= 2)).toBe(true)
  })

  it('keeps a group out that only one of its items links to, under `cohesion`', () => {
    // {0,1,2} and {3,4} are tight; 3 links to all of {0,1,2}, 4 to 0 alone and weakly: the mean across, 3.15 / 6 =
    // 0.525, clears 0.4, but 4's mean link to {0,1,2} is 0.1, under half the threshold.
    const edges = [
      { a: 0, b: 1, weight: 0.97 },
      { a: 0, b: 2, weight: 0.97 },
      { a: 1, b: 2, weight: 0.97 },
      { a: 3, b: 4, weight: 0.96 },
      { a: 0, b: 3, weight: 0.95 },
      { a: 1, b: 3, weight: 0.95 },
      { a: 2, b: 3, weight: 0.95 },
      { a: 0, b: 4, weight: 0.3 },
    ]
    expect(averageLinkGroups(5, edges, 0.4)).toEqual([[0, 1, 2, 3, 4]])
    expect(averageLinkGroups(5, edges, 0.4, undefined, 0.5)).toEqual([
      [0, 1, 2],
      [3, 4],
    ])
    // At a fifth of the threshold (0.08) 4's mean link suffices.
    expect(averageLinkGroups(5, edges, 0.4, undefined, 0.2)).toEqual([[0, 1, 2, 3, 4]])
  })

  it('lets a single item join on the mean alone, and groups every item links to, under `cohesion`', () => {
    const single = [
      { a: 0, b: 1, weight: 0.9 },
      { a: 0, b: 2, weight: 0.6 },
    ]
    // 2 links to 0 only: its mean to {0,1} is 0.3, the threshold's.
    expect(averageLinkGroups(3, single, 0.3, undefined, 1)).toEqual([[0, 1, 2]])
    const even = [
      { a: 0, b: 1, weight: 0.9 },
      { a: 2, b: 3, weight: 0.9 },
      ...[0, 1].flatMap((a) => [2, 3].map((b) => ({ a, b, weight: 0.45 }))),
    ]
    expect(averageLinkGroups(4, even, 0.4, undefined, 1)).toEqual([[0, 1, 2, 3]])
  })

  it('rejects an edge outside the items', () => {
    expect(() => averageLinkGroups(2, [{ a: 0, b: 2, weight: 1 }], 0.1)).toThrow(RangeError)
  })

  it('gives the groups of average link over every pair, whatever the order of the edges', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((size) =>
      fc.tuple(
        fc.constant(size),
        fc.array(
          fc.record({
            a: fc.integer({ min: 0, max: size - 1 }),
            b: fc.integer({ min: 0, max: size - 1 }),
            weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
          }),
          { maxLength: 40 },
        ),
        fc.double({ min: 0.05, max: 0.8, noNaN: true }),
      ),
    )
    fc.assert(
      fc.property(graph, ([size, raw, threshold]) => {
        const seen = new Set<string>()
        const edges = raw.filter(({ a, b }) => {
          const key = `${Math.min(a, b)}-${Math.max(a, b)}`
          if (a === b || seen.has(key)) return false
          seen.add(key)
          return true
        })
        const groups = averageLinkGroups(size, edges, threshold)
        expect(groups).toEqual(everyPair(size, edges, threshold))
        expect(averageLinkGroups(size, [...edges].reverse(), threshold)).toEqual(groups)
      }),
    )
  })
})
