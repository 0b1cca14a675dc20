// `pnpm --filter @marsad/core eval:leftovers-loo`: how near two leftover values must be to be paired as one quantity
// (`src/compare/leftovers.ts`), chosen leave-one-set-out over the development differences sets: for each held-out
// set, the closeness that finds the most annotated number disagreements on the other sets while none of them that
// shows differences at a precision of 0.9 falls under it, then the held-out set scored with it beside the rules
// without elimination.

import type { Closeness } from '../src/compare/leftovers.ts'
import { numberConflicts } from '../src/compare/number-conflicts.ts'
import {
  conflictGrid,
  DEVELOPMENT,
  type EventPairs,
  loadEventPairs,
  pairCell,
  pairPrecision,
  scorePairs,
} from './difference-pairs.ts'
import './deployed-lists.ts'

const GRID: readonly (Closeness | null)[] = [
  null,
  { share: 0, units: 0 },
  { share: 0.02, units: 1 },
  { share: 0.05, units: 2 },
  { share: 0.1, units: 2 },
  { share: 0.2, units: 5 },
  { share: Number.POSITIVE_INFINITY, units: Number.POSITIVE_INFINITY },
]
const PRECISION = 0.9

const label = (c: Closeness | null) =>
  c === null ? 'off' : Number.isFinite(c.share) ? `${c.share * 100}% or ${c.units}` : 'any'
const precision = pairPrecision
const cell = pairCell

const events = loadEventPairs()
if (events.length === 0) {
  console.log('leftovers LOO skipped: the development story texts are not in the cache')
  process.exit(0)
}
const at = conflictGrid(events, GRID, (event, c) => numberConflicts(event.space, event.facts, c).conflicts)
/**
 * The closeness that finds the most annotated number disagreements on `events` (the nearest on a tie) while each of
 * their sets that shows differences at a precision of 0.9 or more without elimination keeps 0.9 with it.
 */
function choose(events: readonly EventPairs[]): number {
  const sets = [...new Set(events.map((event) => event.corpus))]
  const keeps = (i: number) =>
    sets.every((corpus) => {
      const own = events.filter((event) => event.corpus === corpus)
      const before = scorePairs(own, at(0))
      return precision(before) < PRECISION || precision(scorePairs(own, at(i))) >= PRECISION
    })
  let best = 0
  let found = scorePairs(events, at(0)).numbers.found
  GRID.forEach((_, i) => {
    const f = scorePairs(events, at(i)).numbers.found
    if (f > found && keeps(i)) [best, found] = [i, f]
  })
  return best
}

console.log(
  `Cells: number differences shown, right, precision, not-developing number disagreements found.\n\n| held-out set | without elimination | chosen on the other sets | with it |\n| --- | --- | --- | --- |`,
)
const totals = { without: { p: 0, found: 0 }, with: { p: 0, found: 0 }, annotated: 0 }
for (const corpus of DEVELOPMENT) {
  const held = events.filter((e) => e.corpus === corpus)
  const rest = events.filter((e) => e.corpus !== corpus)
  const best = choose(rest)
  const [before, after] = [scorePairs(held, at(0)), scorePairs(held, at(best))]
  totals.without.p += precision(before)
  totals.without.found += before.numbers.found
  totals.with.p += precision(after)
  totals.with.found += after.numbers.found
  totals.annotated += before.numbers.annotated
  console.log(`| \`${corpus}\` | ${cell(before)} | ${label(GRID[best]!)} | ${cell(after)} |`)
}
const n = DEVELOPMENT.length
console.log(
  `| mean precision; numbers found | ${(totals.without.p / n).toFixed(3)}; ${totals.without.found}/${totals.annotated} | | ${(totals.with.p / n).toFixed(3)}; ${totals.with.found}/${totals.annotated} |`,
)
console.log(`\nChosen on all ${n} sets: ${label(GRID[choose(events)]!)}.`)
