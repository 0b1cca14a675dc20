// `pnpm --filter @marsad/core eval:matching-loo`: leave-one-set-out figures of pairing the same quantity across two
// articles (`eval/quantity-matching.ts`) beside the rules of `src/compare/differences.ts`, on the development
// differences sets. For each held-out set: the pairing model is fitted on the other sets' self-labelled pairs (values
// that agree, values each accounted for by another; no annotation read), the second stage on the other sets' gold,
// and each threshold is the one that finds the most annotated disagreements on the other sets while the pairs it
// adds keep a precision of 0.9 there. `--errors` lists what each variant shows wrongly on the held-out set (the rules' own errors too).
import type { Mention } from '../src/compare/quantity-keys.ts'
import {
  DEVELOPMENT,
  type EventPairs,
  loadEventPairs,
  type PairFigures,
  scorePairs,
  states,
} from './difference-pairs.ts'
import { fitLogistic, type Logistic } from './logistic.ts'
import {
  chance,
  type EventMentions,
  leftoverMatches,
  MATCH_FEATURES,
  type MatchedCandidate,
  matchedCandidates,
  matchedDisagreements,
  matchPairs,
} from './quantity-matching.ts'
import './deployed-lists.ts'

const THRESHOLDS = Array.from({ length: 39 }, (_, i) => 0.05 + i * 0.025)
const PRECISION = 0.9

interface Event {
  pairs: EventPairs
  matches: EventMentions
}

/** Adds pairs to the rules' conflicts of an event, given the models fitted on the other sets and a threshold. */
interface Variant {
  name: string
  adds(event: Event, first: Logistic, second: Logistic, threshold: number): { a: Mention; b: Mention }[]
}

const VARIANTS: readonly Variant[] = [
  {
    name: 'several leftovers matched',
    adds: (event, first, _, threshold) => leftoverMatches(event.matches, first, threshold),
  },
  {
    name: 'matching',
    adds: (event, first, _, threshold) =>
      matchedDisagreements(event.matches.pairs, first, threshold).filter(
        ({ a, b }) =>
          !event.pairs.hand.some(
            (c) =>
              c.a.article === a.article && c.b.article === b.article && c.a.quantity.cue === a.quantity.cue,
          ),
      ),
  },
  {
    name: 'matching, second stage',
    adds: (event, first, second, threshold) =>
      kept(matchedCandidates(event.matches, first), second, threshold),
  },
  {
    name: 'matching, second stage, owner unknown',
    adds: (event, first, second, threshold) =>
      kept(
        matchedCandidates(event.matches, first).filter((c) => c.ownerUnknown),
        second,
        threshold,
      ),
  },
]

const kept = (candidates: readonly MatchedCandidate[], model: Logistic, threshold: number) =>
  candidates.filter((c) => chance(model, c.features) >= threshold)

/** The pairing model, from the pairs whose labels the texts give. */
function fitFirst(events: readonly Event[]): Logistic {
  const rows = events.flatMap((event) => event.matches.pairs.filter((pair) => pair.label !== null))
  return fitLogistic({ features: rows.map((row) => row.features), labels: rows.map((row) => row.label!) })
}

/** The second stage, from the annotated disagreements among the matched pairs the rules do not show. */
function fitSecond(events: readonly Event[], first: Logistic): Logistic {
  const rows = events.flatMap((event) =>
    matchedCandidates(event.matches, first).map((c) => ({
      features: c.features,
      label: event.pairs.items.some((item) => states(event.pairs.space, event.matches.mentions, c, item))
        ? 1
        : 0,
    })),
  )
  return fitLogistic({ features: rows.map((row) => row.features), labels: rows.map((row) => row.label) })
}

const precision = (f: PairFigures) => (f.shown === 0 ? 1 : f.right / f.shown)
const cell = (f: PairFigures, threshold?: number) =>
  `${f.shown}, ${f.right}, ${precision(f).toFixed(3)}, ${f.numbers.found}/${f.numbers.annotated}${threshold === undefined ? '' : ` (at ${threshold.toFixed(3)})`}`

function score(
  events: readonly Event[],
  decide: (event: Event) => { a: Mention; b: Mention }[],
): PairFigures {
  const of = new Map(events.map((event) => [event.pairs, event]))
  return scorePairs(
    events.map((event) => event.pairs),
    (pairs) => decide(of.get(pairs)!),
  )
}

const events: Event[] = loadEventPairs().map((pairs) => ({
  pairs,
  matches: matchPairs(pairs.space, pairs.facts),
}))
if (events.length === 0) {
  console.log('matching LOO skipped: the development story texts are not in the cache')
  process.exit(0)
}
const labelled = events.flatMap((e) => e.matches.pairs.filter((p) => p.label !== null))
const whole = fitFirst(events)
console.log(
  `Self-labelled pairs of the ${DEVELOPMENT.length} sets: ${labelled.filter((p) => p.label === 1).length} agreeing, ${labelled.filter((p) => p.label === 0).length} accounted for. Pairing weights on all sets: bias ${whole.bias.toFixed(2)}, ${MATCH_FEATURES.map((name, i) => `${name} ${whole.weights[i]!.toFixed(2)}`).join(', ')}.\n`,
)
console.log(
  `Cells: number differences shown, right, precision, not-developing number disagreements found (threshold).\n\n| held-out set | rules | ${VARIANTS.map((v) => `rules + ${v.name}`).join(' | ')} |\n| --- | --- |${VARIANTS.map(() => ' --- |').join('')}`,
)
const totals = [
  { precision: 0, found: 0, annotated: 0 },
  ...VARIANTS.map(() => ({ precision: 0, found: 0, annotated: 0 })),
]
for (const corpus of DEVELOPMENT) {
  const held = events.filter((e) => e.pairs.corpus === corpus)
  const rest = events.filter((e) => e.pairs.corpus !== corpus)
  const first = fitFirst(rest)
  const second = fitSecond(rest, first)
  const rules = score(held, (e) => e.pairs.hand)
  const cells = [cell(rules)]
  const add = (f: PairFigures, i: number) => {
    totals[i]!.precision += precision(f)
    totals[i]!.found += f.numbers.found
    totals[i]!.annotated += f.numbers.annotated
  }
  add(rules, 0)
  VARIANTS.forEach((variant, v) => {
    const scored = THRESHOLDS.map((threshold) => ({
      threshold,
      f: score(rest, (e) => variant.adds(e, first, second, threshold)),
    }))
    const precise = scored.filter(({ f }) => f.shown > 0 && precision(f) >= PRECISION)
    const threshold =
      precise.length === 0
        ? Number.POSITIVE_INFINITY
        : precise.reduce((x, y) => (y.f.numbers.found + y.f.right > x.f.numbers.found + x.f.right ? y : x))
            .threshold
    const f = score(held, (e) => [...e.pairs.hand, ...variant.adds(e, first, second, threshold)])
    cells.push(cell(f, threshold))
    add(f, v + 1)
    if (process.argv.includes('--errors') && f.wrong.length > 0)
      console.error(f.wrong.map((w) => `${variant.name}: ${w}`).join('\n'))
  })
  console.log(`| \`${corpus}\` | ${cells.join(' | ')} |`)
}
console.log(
  `| mean precision; numbers found | ${totals.map((t) => `${(t.precision / DEVELOPMENT.length).toFixed(3)}; ${t.found}/${t.annotated}`).join(' | ')} |`,
)
