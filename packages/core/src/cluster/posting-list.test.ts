import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PostingList } from './posting-list.ts'

/** The entries a scan from the newest reads before it may stop at the first one earlier than `earliest`. */
const scanned = (list: PostingList, earliest: number): number[] => {
  const read: number[] = []
  for (let j = list.stories.length - 1; j >= 0; j--) {
    if (j > list.orderedAbove && list.times[j]! < earliest) break
    read.push(list.stories[j]!)
  }
  return read
}

describe('PostingList', () => {
  it('lets a scan of postings in time order stop at the first one too early', () => {
    const list = new PostingList(128)
    for (let day = 0; day < 10; day++) list.add(day, day)
    expect(scanned(list, 7)).toEqual([9, 8, 7])
  })

  it('never stops before an entry that arrived out of order, nor while an undated entry is kept', () => {
    const late = new PostingList(128)
    for (const day of [1, 2, 8, 3, 9]) late.add(day, day)
    // 3 arrived after 8, so an early entry at or below it does not mean that all below are early.
    expect(scanned(late, 5)).toEqual([9, 3, 8, 2, 1])
    const undated = new PostingList(4)
    undated.add(0, Number.NaN)
    for (let day = 1; day < 4; day++) undated.add(day, day)
    expect(scanned(undated, 3)).toEqual([3, 2, 1, 0])
    // Dropped with the oldest entries, the undated one no longer keeps the scan going.
    for (let day = 4; day < 8; day++) undated.add(day, day)
    expect(scanned(undated, 6)).toEqual([7, 6])
  })

  it('skips only entries earlier than the bound, whatever the order of arrival (property)', () => {
    const time = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(Number.NaN))
    fc.assert(
      fc.property(fc.array(time, { maxLength: 80 }), fc.integer({ min: 0, max: 50 }), (times, earliest) => {
        const list = new PostingList(16)
        times.forEach((at, story) => {
          list.add(story, at)
        })
        const read = new Set(scanned(list, earliest))
        list.stories.forEach((story, j) => {
          if (!(list.times[j]! < earliest)) expect(read.has(story)).toBe(true)
        })
        expect(list.stories).toEqual(times.map((_, story) => story).slice(-list.stories.length))
      }),
    )
  })
})
