// `pnpm --filter @marsad/core eval:differences-loo`: the leave-one-corpus-out figures of a learned decision over
// candidate value pairs (`eval/value-pairs.ts`) beside the rules of `src/compare/differences.ts`, on the development
// differences sets. Each set is scored by a logistic regression fitted on the others, in three modes: deciding every
// pair, deciding the tolls (the rules keep the rest), adding pairs the rules do not show. `--errors` lists what each
// learned decision shows wrongly and misses.
import {
  DEVELOPMENT,
  decided,
  type EventPairs,
  handDecision,
  learnedDecision,
  loadEventPairs,
  type Mode,
  type PairFigures,
  scorePairs,
} from './difference-pairs.ts'
import { fitLogistic } from './logistic.ts'
import { chosenPairs, type ValuePairModel } from './value-pairs.ts'

const MODES: readonly Mode[] = ['all', 'tolls', 'add']
const THRESHOLDS = Array.from({ length: 17 }, (_, i) => 0.1 + i * 0.05)
/** The precision the pairs a model decides must keep on the training sets; the most found within it wins. */
const PRECISION = 0.9

function train(events: readonly EventPairs[], mode: Mode): ValuePairModel {
  const rows = events.flatMap((event) =>
    event.pairs.flatMap((pair, i) => (decided(mode, pair) ? [{ pair, label: event.labels[i]! }] : [])),
  )
  const fitted = fitLogistic({
    features: rows.map(({ pair }) => pair.features),
    labels: rows.map(({ label }) => label),
  })
  const scored = THRESHOLDS.map((threshold) => {
    const model = { ...fitted, threshold }
    // The pairs the model decides must hold the precision on their own, not on the back of the rules' pairs.
    const own = (event: EventPairs) =>
      chosenPairs(
        event.pairs.filter((pair) => decided(mode, pair)),
        model,
      )
    return { threshold, figures: scorePairs(events, own) }
  })
  const precise = scored.filter(({ figures }) => precision(figures) >= PRECISION)
  const pool = precise.length > 0 ? precise : scored
  const best = pool.reduce((x, y) =>
    y.figures.all.found > x.figures.all.found ||
    (y.figures.all.found === x.figures.all.found && precision(y.figures) > precision(x.figures))
      ? y
      : x,
  )
  return { ...fitted, threshold: Number(best.threshold.toFixed(2)) }
}

const precision = (f: PairFigures) => (f.shown === 0 ? 1 : f.right / f.shown)
const cell = (f: PairFigures) =>
  `${f.shown}, ${f.right}, ${precision(f).toFixed(3)}, ${f.numbers.found}/${f.numbers.annotated}, ${f.all.found}/${f.all.annotated}`

const events = loadEventPairs()
if (events.length === 0) {
  console.log('differences LOO skipped: the development story texts are not in the cache')
  process.exit(0)
}
console.log(
  '| held-out set | rules | learned: every pair | learned: tolls | learned: added to the rules |\n| --- | --- | --- | --- | --- |',
)
for (const corpus of DEVELOPMENT) {
  const held = events.filter((event) => event.corpus === corpus)
  const rest = events.filter((event) => event.corpus !== corpus)
  const cells = [cell(scorePairs(held, handDecision))]
  for (const mode of MODES) {
    const model = train(rest, mode)
    const figures = scorePairs(held, learnedDecision(model, mode))
    cells.push(`${cell(figures)} (at ${model.threshold})`)
    if (process.argv.includes('--errors'))
      console.error(
        [
          ...figures.wrong.map((w) => `${mode} wrong ${w}`),
          ...figures.missed.map((m) => `${mode} missed ${m}`),
        ].join('\n'),
      )
  }
  console.log(`| \`${corpus}\` | ${cells.join(' | ')} |`)
}
