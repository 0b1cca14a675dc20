import { bandKeys, type Fingerprint, isNearDuplicate } from './fingerprint.ts'

/** Up to this many articles every pair is tested; above, only pairs that share an LSH band. */
const PAIRWISE_LIMIT = 150

/**
 * Groups of near-duplicates (wire copies) among `prints`, as index lists of two or more, each in ascending order,
 * groups ordered by their first index.
 */
export function duplicateGroups(prints: Fingerprint[]): number[][] {
  const parent = prints.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  const union = (a: number, b: number): void => {
    const x = find(a)
    const y = find(b)
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y)
  }
  const test = (a: number, b: number): void => {
    if (find(a) !== find(b) && isNearDuplicate(prints[a]!, prints[b]!)) union(a, b)
  }

  if (prints.length <= PAIRWISE_LIMIT) {
    for (let a = 0; a < prints.length; a++) for (let b = a + 1; b < prints.length; b++) test(a, b)
  } else {
    const buckets = new Map<number, number[]>()
    prints.forEach((print, i) => {
      for (const key of bandKeys(print)) {
        const bucket = buckets.get(key)
        if (bucket === undefined) buckets.set(key, [i])
        else bucket.push(i)
      }
    })
    for (const bucket of buckets.values()) {
      for (let a = 0; a < bucket.length; a++)
        for (let b = a + 1; b < bucket.length; b++) test(bucket[a]!, bucket[b]!)
    }
  }

  const groups = new Map<number, number[]>()
  prints.forEach((_, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group === undefined) groups.set(root, [i])
    else group.push(i)
  })
  return [...groups.values()].filter((group) => group.length > 1)
}
