import { describe, expect, it } from 'vitest'
import { BandTable } from './band-table.ts'

const articlesOf = (table: BandTable, key: number): number[] => {
  const found: number[] = []
  for (let entry = table.latest(key); entry !== -1; entry = table.previous(entry))
    found.push(table.article(entry))
  return found
}

describe('BandTable', () => {
  it('lists the articles of a key newest first, across growth and for keys that share a slot', () => {
    const table = new BandTable()
    // Keys congruent modulo every table size collide in one slot; 0 and 2^32 − 1 are keys like any other.
    const keys = [0, 0xffffffff, 1 << 20, 2 << 20, 3 << 20]
    for (let article = 0; article < 5000; article++) table.add(keys[article % keys.length]!, article)
    for (let article = 0; article < 5000; article++) table.add((article * 2654435761) >>> 0, article)
    expect(articlesOf(table, 1 << 20).slice(0, 3)).toEqual([4997, 4992, 4987])
    expect(articlesOf(table, 0xffffffff)).toHaveLength(1000)
    // Article 0 has key 0 twice, once from each loop; the later addition comes first.
    expect(articlesOf(table, 0).slice(0, 3)).toEqual([0, 4995, 4990])
    expect(articlesOf(table, 0)).toHaveLength(1001)
    expect(articlesOf(table, (77 * 2654435761) >>> 0)).toEqual([77])
    expect(table.latest(12345)).toBe(-1)
  })
})
