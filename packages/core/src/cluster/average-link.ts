/** A weighted, undirected edge of a similarity graph between items `a` and `b` (indices). */
export interface Edge {
  a: number
  b: number
  weight: number
}

/**
 * A second pass for small groups after average link: a group of at most `size` items joins the group it is linked to
 * best (by mean link) when that mean reaches `factor` × the threshold and, with `mutual`, that group's best is it too.
 */
export interface SmallMerge {
  size: number
  factor: number
  mutual: boolean
}

/**
 * Average-link agglomerative clustering over a sparse similarity graph: the two groups whose mean pairwise
 * similarity is highest merge, while it is at least `threshold`; a pair with no edge counts as 0. The result does
 * not depend on the order of items or edges (ties go to the pair of lower smallest members). Answers the groups as
 * ascending item indices, ordered by their first item.
 *
 * With `cohesion` above 0, two groups of two items or more merge only when every item of the smaller one has a mean
 * similarity of at least `cohesion` × `threshold` to the larger one: a group's mean can clear the threshold on the
 * strong links of a few of its items (reports of one election's first round that also name the runoff) while the
 * rest link to the other group hardly at all.
 *
 * With `apart`, two groups never merge while it holds for an item of each (articles whose known times are days
 * apart): a strong mean cannot join two reports dated a week apart through the undated reports that link to both.
 *
 * Work is O(E log E) in the edges: two groups with no edge between them never merge, so only linked groups are
 * tracked, each merge folding the smaller group's links into the larger's; the cohesion and `apart` checks add the
 * product of the two groups' sizes per merge tried.
 */
export function averageLinkGroups(
  size: number,
  edges: readonly Edge[],
  threshold: number,
  small?: SmallMerge,
  cohesion = 0,
  apart?: (x: number, y: number) => boolean,
): number[][] {
  const members: number[][] = Array.from({ length: size }, (_, i) => [i])
  // Per live group: the summed similarity to each linked group.
  const links: Map<number, number>[] = Array.from({ length: size }, () => new Map())
  const version = new Int32Array(size)
  // Smallest member of each group: names a group for ties independently of which id survived a merge.
  const first = Int32Array.from({ length: size }, (_, i) => i)
  // Per item: its own edges, which the cohesion check reads.
  const weights: Map<number, number>[] = cohesion > 0 ? Array.from({ length: size }, () => new Map()) : []
  for (const { a, b, weight } of edges) {
    if (a === b || !(a >= 0 && a < size && b >= 0 && b < size)) throw new RangeError(`Bad edge ${a}–${b}`)
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + weight)
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + weight)
    if (cohesion > 0) {
      weights[a]!.set(b, (weights[a]!.get(b) ?? 0) + weight)
      weights[b]!.set(a, (weights[b]!.get(a) ?? 0) + weight)
    }
  }
  const heap = new PairHeap()
  const offer = (a: number, b: number, sum: number): void => {
    const mean = sum / (members[a]!.length * members[b]!.length)
    if (mean >= threshold)
      heap.push({ mean, a, b, va: version[a]!, vb: version[b]!, tie: tieKey(first, a, b) })
  }
  for (let a = 0; a < size; a++) for (const [b, sum] of links[a]!) if (a < b) offer(a, b, sum)

  const merge = (a: number, b: number): number => {
    // The larger group survives: folding the smaller one's links keeps the total work O(E log E).
    const [keep, gone] = members[a]!.length >= members[b]!.length ? [a, b] : [b, a]
    for (const item of members[gone]!) members[keep]!.push(item)
    members[gone] = []
    first[keep] = Math.min(first[keep]!, first[gone]!)
    const kept = links[keep]!
    kept.delete(gone)
    for (const [other, sum] of links[gone]!) {
      if (other === keep) continue
      kept.set(other, (kept.get(other) ?? 0) + sum)
      const back = links[other]!
      back.set(keep, (back.get(keep) ?? 0) + sum)
      back.delete(gone)
    }
    links[gone] = new Map()
    version[keep]!++
    version[gone]!++
    return keep
  }
  for (let pair = heap.pop(); pair !== undefined; pair = heap.pop()) {
    if (version[pair.a] !== pair.va || version[pair.b] !== pair.vb) continue
    if (cohesion > 0 && !cohesive(members, weights, pair.a, pair.b, cohesion * threshold)) continue
    if (apart !== undefined && members[pair.a]!.some((x) => members[pair.b]!.some((y) => apart(x, y))))
      continue
    if (apart !== undefined && members[pair.a]!.some((x) => members[pair.b]!.some((y) => apart(x, y))))
      continue
    const keep = merge(pair.a, pair.b)
    for (const [other, sum] of links[keep]!) offer(keep, other, sum)
  }
  if (small !== undefined) mergeSmall(members, links, first, threshold * small.factor, small, merge)

  return members
    .filter((group) => group.length > 0)
    .map((group) => group.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!)
}

/** Whether every item of the smaller of groups `a` and `b` has a mean similarity of `bar` or more to the other. */
function cohesive(
  members: readonly number[][],
  weights: readonly Map<number, number>[],
  a: number,
  b: number,
  bar: number,
): boolean {
  const [smaller, larger] = members[a]!.length <= members[b]!.length ? [a, b] : [b, a]
  if (members[smaller]!.length < 2) return true
  for (const item of members[smaller]!) {
    let sum = 0
    for (const other of members[larger]!) sum += weights[item]!.get(other) ?? 0
    if (sum < bar * members[larger]!.length) return false
  }
  return true
}

/** Each live group's best-linked group by mean link (ties to the lower smallest member), or -1. */
function bestLinks(members: number[][], links: Map<number, number>[], first: Int32Array): Int32Array {
  const best = new Int32Array(members.length).fill(-1)
  const mean = new Float64Array(members.length)
  for (let a = 0; a < members.length; a++)
    for (const [b, sum] of links[a]!) {
      const m = sum / (members[a]!.length * members[b]!.length)
      if (best[a] === -1 || m > mean[a]! || (m === mean[a] && first[b]! < first[best[a]!]!)) {
        best[a] = b
        mean[a] = m
      }
    }
  return best
}

/** `SmallMerge`'s pass: the strongest qualifying join first, then the best links read again, until none is left. */
function mergeSmall(
  members: number[][],
  links: Map<number, number>[],
  first: Int32Array,
  bar: number,
  small: SmallMerge,
  merge: (a: number, b: number) => number,
): void {
  for (;;) {
    const best = bestLinks(members, links, first)
    let pick = -1
    let pickMean = -1
    for (let a = 0; a < members.length; a++) {
      const b = best[a]!
      const size = members[a]!.length
      if (b === -1 || size === 0 || size > small.size || (small.mutual && best[b] !== a)) continue
      const mean = links[a]!.get(b)! / (size * members[b]!.length)
      if (mean >= bar && mean > pickMean) {
        pick = a
        pickMean = mean
      }
    }
    if (pick === -1) return
    merge(pick, best[pick]!)
  }
}

interface Pair {
  mean: number
  a: number
  b: number
  va: number
  vb: number
  /** Orders equal means: the pair whose groups' smallest members are lower first. */
  tie: number
}

function tieKey(first: Int32Array, a: number, b: number): number {
  const x = first[a]!
  const y = first[b]!
  return Math.min(x, y) * 2 ** 26 + Math.max(x, y)
}

/** A binary max-heap of candidate merges by mean similarity. */
class PairHeap {
  readonly #items: Pair[] = []

  push(pair: Pair): void {
    const items = this.#items
    items.push(pair)
    let at = items.length - 1
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (!before(items[at]!, items[parent]!)) break
      ;[items[at], items[parent]] = [items[parent]!, items[at]!]
      at = parent
    }
  }

  pop(): Pair | undefined {
    const items = this.#items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    items[0] = last
    let at = 0
    for (;;) {
      const left = 2 * at + 1
      const right = left + 1
      let best = at
      if (left < items.length && before(items[left]!, items[best]!)) best = left
      if (right < items.length && before(items[right]!, items[best]!)) best = right
      if (best === at) return top
      ;[items[at], items[best]] = [items[best]!, items[at]!]
      at = best
    }
  }
}

function before(p: Pair, q: Pair): boolean {
  return p.mean > q.mean || (p.mean === q.mean && p.tie < q.tie)
}
