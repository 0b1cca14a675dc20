// `pnpm --filter @marsad/core eval:differences-loo`: the leave-one-corpus-out figures of a learned decision over
// candidate value pairs (`src/compare/value-pairs.ts`) beside the rules of `src/compare/number-conflicts.ts`, on the
// development differences sets. Each set is scored by a logistic regression fitted on the others, in three modes:
// deciding every pair, deciding the tolls (the rules keep the rest), adding pairs the rules do not show (the mode
// the package ships, `train:value-pairs`). `--errors` lists what each learned decision shows wrongly and misses.

import {
  DEVELOPMENT,
  handDecision,
  learnedDecision,
  loadEventPairs,
  type Mode,
  type PairFigures,
  scorePairs,
  trainDecision,
} from './difference-pairs.ts'
import './deployed-lists.ts'

const MODES: readonly Mode[] = ['all', 'tolls', 'add']
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
    const model = trainDecision(rest, mode)
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
