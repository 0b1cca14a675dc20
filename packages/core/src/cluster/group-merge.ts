/**
 * A second pass over the groups average link leaves: two groups merge when what they say together is alike (the
 * similarity of the two groups as wholes, `similarity`, at `bar` or more) and no pair of their items forbids it
 * (`allowed`: in the story index, a conflict of person, state, place, weekday or share, numbers each lead states and
the other lacks, or days apart). Reports of one event that each
 * word differently (a toll as it develops, a title reworded) can be weakly linked pair by pair while their groups'
 * summed vocabularies agree.
 */
export interface GroupMerge {
  /** The similarity two groups need to merge. */
  bar: number
}

/**
 * Merges the pair of `groups` (item indices) of highest `similarity` at `bar` or more whose every cross pair of items
 * is `allowed`, then scores the merged group again, until no pair qualifies. Ties go to the pair whose groups' first
 * items are lowest. Answers the groups as ascending item indices, ordered by their first item.
 */
export function mergeGroups(
  groups: readonly (readonly number[])[],
  similarity: (a: readonly number[], b: readonly number[]) => number,
  allowed: (x: number, y: number) => boolean,
  bar: number,
): number[][] {
  const live = groups.map((group) => [...group].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!)
  const compatible = (a: readonly number[], b: readonly number[]): boolean =>
    a.every((x) => b.every((y) => allowed(x, y)))
  // Scores of every pair of live groups, by the groups' first items (stable across merges: a merged group keeps the
  // lower first item, and only its own pairs are scored again).
  const score = new Map<string, number>()
  const key = (a: readonly number[], b: readonly number[]) => `${a[0]}:${b[0]}`
  const rate = (a: readonly number[], b: readonly number[]): number =>
    compatible(a, b) ? similarity(a, b) : Number.NEGATIVE_INFINITY
  for (let i = 0; i < live.length; i++)
    for (let j = i + 1; j < live.length; j++) score.set(key(live[i]!, live[j]!), rate(live[i]!, live[j]!))
  for (;;) {
    let best: [number, number] | null = null
    let top = bar
    for (let i = 0; i < live.length; i++)
      for (let j = i + 1; j < live.length; j++) {
        const value = score.get(key(live[i]!, live[j]!))!
        if (value > top || (best === null && value >= top)) {
          best = [i, j]
          top = value
        }
      }
    if (best === null) break
    const [i, j] = best
    const merged = [...live[i]!, ...live[j]!].sort((x, y) => x - y)
    live[i] = merged
    live.splice(j, 1)
    for (let k = 0; k < live.length; k++) {
      if (k === i) continue
      const [a, b] = k < i ? [live[k]!, merged] : [merged, live[k]!]
      score.set(key(a, b), rate(a, b))
    }
  }
  return live
}
