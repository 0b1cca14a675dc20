// `pnpm --filter @marsad/core eval:minute-reach-loo`: how far apart two articles' minutes of one scorer may be and
// still be one moment misreported (`MINUTE_REACH` of `src/compare/quantity-keys.ts`), chosen leave-one-set-out over
// the development differences sets: for each held-out set, the reach that finds the most annotated number
// disagreements on the other sets, then the fewest wrong pairs, then the narrowest (the smallest that keeps every
// misreported minute they annotate: past it, two minutes of one player are taken for two moments); the held-out set
// is scored with it beside the rules with no reach.

import { numberConflicts } from '../src/compare/number-conflicts.ts'
import {
  conflictGrid,
  DEVELOPMENT,
  type EventPairs,
  loadEventPairs,
  type PairFigures,
  pairCell,
  scorePairs,
} from './difference-pairs.ts'
import './deployed-lists.ts'

const GRID: readonly number[] = [Number.POSITIVE_INFINITY, 5, 10, 15, 20, 30, 45]

const cell = pairCell

const events = loadEventPairs()
if (events.length === 0) {
  console.log('minute reach LOO skipped: the development story texts are not in the cache')
  process.exit(0)
}
const at = conflictGrid(
  events,
  GRID,
  (event, reach) => numberConflicts(event.space, event.facts, undefined, reach).conflicts,
)

function choose(events: readonly EventPairs[]): number {
  const scored = GRID.map((reach, i) => ({ i, reach, figures: scorePairs(events, at(i)) }))
  const wrong = (f: PairFigures) => f.shown - f.right
  return scored.reduce((x, y) =>
    y.figures.numbers.found > x.figures.numbers.found ||
    (y.figures.numbers.found === x.figures.numbers.found &&
      (wrong(y.figures) < wrong(x.figures) || (wrong(y.figures) === wrong(x.figures) && y.reach < x.reach)))
      ? y
      : x,
  ).i
}

console.log(
  'Cells: number differences of the rules shown, right, precision, not-developing number disagreements found.\n\n| held-out set | no reach | chosen on the other sets | with it |\n| --- | --- | --- | --- |',
)
for (const corpus of DEVELOPMENT) {
  const held = events.filter((e) => e.corpus === corpus)
  const best = choose(events.filter((e) => e.corpus !== corpus))
  console.log(
    `| \`${corpus}\` | ${cell(scorePairs(held, at(0)))} | ${GRID[best]} | ${cell(scorePairs(held, at(best)))} |`,
  )
}
console.log(`\nChosen on all sets: ${GRID[choose(events)]}`)
