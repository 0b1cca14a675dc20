import { cueByKey } from '../lang/ar/quantities.ts'
import { agree, type Quantity } from './quantities.ts'
import { type Conflict, type Mention, middle } from './quantity-keys.ts'

/** How near two leftover values must be to be one quantity: within a share of the larger, or within some units. */
export interface Closeness {
  share: number
  units: number
}

// Two values this near (a minute apart, 48 and 49; 178,767 and 178,797) are one figure misreported more often than
// two; chosen leave-one-set-out over the development differences sets (`eval:leftovers-loo`).
export const CLOSE: Closeness = { share: 0.05, units: 2 }

/**
 * Pairs the same quantity across two articles by elimination: of a cue that two articles both state (a goal's
 * minute, a candidate's votes, a summit's ordinal), each value one article gives that the other also gives is
 * accounted for, and when each article is left with one value the other never gives, and the two are close, they are
 * one quantity reported two ways (the minutes of two goals agree, the third goal is at 70 in one and at 72 in the
 * other). This finds what the keys miss when whose figure it is, or under which noun, is written differently in each
 * article. Tolls are left to the shared facts (they grow by the hour), a count is never paired with a share, two
 * values of two people named in both articles are two people's, and a pair the keys already show is not shown again.
 */
export function leftoverConflicts(
  mentions: readonly Mention[],
  owner: (m: Mention) => string | null,
  shown: readonly Conflict[],
  closeness: Closeness = CLOSE,
): Conflict[] {
  const groups = new Map<string, Map<number, Mention[]>>()
  for (const m of mentions) {
    const { cue, developing, unit } = m.quantity
    if (cue === null || developing || cueByKey.get(cue)?.progress) continue
    const group = `${cue}${m.quantity.moment === undefined ? '' : `:${m.quantity.moment}`}|${unit === '%' ? '%' : ''}`
    const articles = groups.get(group) ?? new Map<number, Mention[]>()
    articles.set(m.article, [...(articles.get(m.article) ?? []), m])
    groups.set(group, articles)
  }
  const conflicts: Conflict[] = []
  for (const articles of groups.values()) {
    const stated = [...articles.entries()].sort((x, y) => x[0] - y[0])
    stated.forEach(([, left], i) => {
      for (const [, right] of stated.slice(i + 1)) {
        const pair = leftoverPair(left, right)
        if (pair === null || !close(pair.a.quantity, pair.b.quantity, closeness)) continue
        const [x, y] = [owner(pair.a), owner(pair.b)]
        if (x !== null && y !== null && x !== y) continue
        if (shown.some((conflict) => covers(conflict, pair))) continue
        conflicts.push(pair)
      }
    })
  }
  return conflicts
}

/** The one value each side gives that no value of the other agrees with, or null when either has none or several. */
function leftoverPair(left: readonly Mention[], right: readonly Mention[]): Conflict | null {
  const a = alone(left, right)
  const b = alone(right, left)
  return a === null || b === null ? null : { a, b }
}

function alone(own: readonly Mention[], other: readonly Mention[]): Mention | null {
  const left = own.filter((m) => !other.some((n) => agree(m.quantity, n.quantity)))
  const first = left[0]
  if (first === undefined) return null
  return left.every((m) => agree(m.quantity, first.quantity)) ? first : null
}

/** Two values near enough to be one figure misreported. */
export function close(a: Quantity, b: Quantity, { share, units }: Closeness): boolean {
  // Minutes of added time by the minute of it (45+2, «الثالثة من الوقت بدل الضائع»), whichever half it follows.
  if (a.added !== undefined && b.added !== undefined) return Math.abs(a.added - b.added) <= units
  const [x, y] = [middle(a), middle(b)]
  return Math.abs(x - y) <= share * Math.max(x, y) || Math.abs(x - y) <= units
}

/** The conflict is of the same two articles and cue, and one of its values agrees with one of the pair's. */
function covers(conflict: Conflict, pair: Conflict): boolean {
  if (conflict.a.article !== pair.a.article || conflict.b.article !== pair.b.article) return false
  if (conflict.a.quantity.cue !== pair.a.quantity.cue) return false
  return agree(conflict.a.quantity, pair.a.quantity) || agree(conflict.b.quantity, pair.b.quantity)
}
