import { cueByKey } from '../lang/ar/quantities.ts'
import { agree, isMinute, minutesAfterHalves, type Quantity } from './quantities.ts'
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
        for (const pair of leftoverPairs(left, right, closeness, isMinute(left[0]!.quantity))) {
          const [x, y] = [owner(pair.a), owner(pair.b)]
          if (x !== null && y !== null && x !== y) continue
          if (shown.some((conflict) => covers(conflict, pair))) continue
          conflicts.push(pair)
        }
      }
    })
  }
  return conflicts
}

/**
 * The values each side gives that no value of the other agrees with, paired when each side is left with one. Minutes
 * date the moments of one match, of which each article tells some: there two leftovers are paired where each is the
 * other's nearest close one (the goal at 52 and 53, whatever other minutes either article alone gives, 55 among
 * them), while two minutes as near to one are not told apart. Other figures left over in numbers (a list of parties'
 * seats) are different people's or bodies' as often as not, and are paired only one with one.
 */
function leftoverPairs(
  left: readonly Mention[],
  right: readonly Mention[],
  closeness: Closeness,
  timeline: boolean,
): Conflict[] {
  const a = distinct(unmatched(left, right))
  const b = distinct(unmatched(right, left))
  const near = (m: Mention, others: readonly Mention[]) =>
    others.filter((n) => close(m.quantity, n.quantity, closeness))
  if (!timeline) {
    const [m, n] = [a[0], b[0]]
    return a.length === 1 && b.length === 1 && near(m!, b).length === 1 ? [{ a: m!, b: n! }] : []
  }
  // A minute of added time of no half named has no one place among the others (45+1 or 90+1): it is near only another
  // minute of added time, by the minute of it.
  const vague = (m: Mention) => m.quantity.added !== undefined && m.quantity.exact === null
  const gap = (m: Mention, n: Mention) => {
    if (!vague(m) && !vague(n)) return Math.abs(middle(m.quantity) - middle(n.quantity))
    const [x, y] = [m.quantity.added, n.quantity.added]
    return x === undefined || y === undefined ? Number.POSITIVE_INFINITY : Math.abs(x - y)
  }
  const nearest = (m: Mention, others: readonly Mention[]): Mention | null => {
    const ranked = near(m, others)
      .map((n) => ({ n, gap: gap(m, n) }))
      .filter(({ gap }) => Number.isFinite(gap))
      .sort((x, y) => x.gap - y.gap)
    if (ranked.length === 0 || (ranked.length > 1 && ranked[1]!.gap === ranked[0]!.gap)) return null
    return ranked[0]!.n
  }
  return a.flatMap((m) => {
    const n = nearest(m, b)
    return n !== null && nearest(n, a) === m ? [{ a: m, b: n }] : []
  })
}

function unmatched(own: readonly Mention[], other: readonly Mention[]): Mention[] {
  return own.filter((m) => !other.some((n) => agree(m.quantity, n.quantity)))
}

/** One mention of each value: an article that gives its value twice gives one value. */
function distinct(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m, i) => !mentions.slice(0, i).some((n) => agree(m.quantity, n.quantity)))
}

/** Two values near enough to be one figure misreported. */
export function close(a: Quantity, b: Quantity, { share, units }: Closeness): boolean {
  // Minutes of added time by the minute of it (45+2, «الثالثة من الوقت بدل الضائع»), whichever half it follows.
  if (a.added !== undefined && b.added !== undefined) return Math.abs(a.added - b.added) <= units
  // A minute of added time of no half named is near a plain minute only after one of the halves (45+1 is near 47,
  // not 81, whatever the middle of 45+1 … 120+1).
  const [vague, plain] = a.added !== undefined && a.exact === null ? [a, b] : [b, a]
  if (vague.added !== undefined && vague.exact === null && plain.exact !== null)
    return minutesAfterHalves(vague.added).some((minute) => Math.abs(minute - plain.exact!.value) <= units)
  const [x, y] = [middle(a), middle(b)]
  return Math.abs(x - y) <= share * Math.max(x, y) || Math.abs(x - y) <= units
}

/** The conflict is of the same two articles and cue, and one of its values agrees with one of the pair's. */
function covers(conflict: Conflict, pair: Conflict): boolean {
  if (conflict.a.article !== pair.a.article || conflict.b.article !== pair.b.article) return false
  if (conflict.a.quantity.cue !== pair.a.quantity.cue) return false
  return agree(conflict.a.quantity, pair.a.quantity) || agree(conflict.b.quantity, pair.b.quantity)
}
