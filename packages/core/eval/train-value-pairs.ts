import { VALUE_PAIR_WEIGHTS } from '../src/compare/value-pair-weights.ts'
import { VALUE_PAIR_FEATURES } from '../src/compare/value-pairs.ts'
import {
  DEVELOPMENT,
  type EventPairs,
  handDecision,
  learnedDecision,
  loadEventPairs,
  type Mode,
  type PairFigures,
  pairCell,
  pairPrecision,
  scorePairs,
  trainDecision,
} from './difference-pairs.ts'
import { refuseUnknownOptions } from './training-options.ts'
import { batchesNamedIn, writeWeightsModule } from './weights-module.ts'
import './deployed-lists.ts'

refuseUnknownOptions(
  'train:value-pairs',
  ['--loo', '--only', '--check', '--mode'],
  'fits the decision on every development differences set and writes src/compare/value-pair-weights.ts',
)

const option = (name: string) => {
  const at = process.argv.indexOf(name)
  return at < 0 ? undefined : process.argv[at + 1]
}
const only = option('--only')?.split(',')
const check = option('--check')?.split(',')
const events = loadEventPairs(only === undefined || check === undefined ? only : [...only, ...check])
if (events.length === 0) {
  console.log('value pair training skipped: the development story texts are not in the cache')
  process.exit(0)
}
if (only !== undefined) printHalves(events, only, check ?? [], (option('--mode') ?? 'add') as Mode)
else if (process.argv.includes('--loo')) printLeaveOneOut(events)
else writeWeights(events)

/**
 * `--only <fit sets> [--check <check sets>] [--mode add|tolls|all]`: the decision fitted on the fit sets alone, scored
 * on both lists beside the rules alone and the shipped weights; writes nothing (a round's decision by halves).
 */
function printHalves(
  events: readonly EventPairs[],
  fit: readonly string[],
  held: readonly string[],
  mode: Mode,
) {
  const of = (list: readonly string[]) => events.filter((event) => list.includes(event.corpus))
  const model = trainDecision(of(fit), mode)
  console.log(
    `fitted on ${fit.join(', ')} (${of(fit).length} events), mode ${mode}, threshold ${Number.isFinite(model.threshold) ? model.threshold : 'none (adds nothing)'}`,
  )
  console.log('| half | rules alone | shipped weights | fitted on the fit half |\n| --- | --- | --- | --- |')
  for (const [label, list] of [
    ['fit', fit],
    ['check', held],
  ] as const) {
    if (list.length === 0) continue
    const chosen = of(list)
    const cells = [
      scorePairs(chosen, handDecision),
      scorePairs(chosen, learnedDecision(VALUE_PAIR_WEIGHTS, 'add')),
      scorePairs(chosen, learnedDecision(model, mode)),
    ].map((f) => `${pairCell(f)}, all ${f.all.found}/${f.all.annotated}`)
    console.log(`| ${label} (${chosen.length} events) | ${cells.join(' | ')} |`)
  }
  if (process.argv.includes('--errors'))
    console.error(scorePairs(of(fit), learnedDecision(model, mode)).wrong.join('\n'))
}

function writeWeights(events: readonly EventPairs[]): void {
  const model = trainDecision(events, 'add')
  if (model.threshold === Number.POSITIVE_INFINITY) {
    console.error(
      'train:value-pairs: no threshold finds a disagreement while the pairs it adds keep a precision of 0.9; weights not written',
    )
    process.exit(1)
  }
  writeWeightsModule(new URL('../src/compare/value-pair-weights.ts', import.meta.url), {
    type: 'ValuePairModel',
    from: './value-pairs.ts',
    name: 'VALUE_PAIR_WEIGHTS',
    doc: [
      'The learned decision over value pairs the rules do not show, fitted by `eval/train-value-pairs.ts` on our',
      `annotated number disagreements of the development differences sets ${DEVELOPMENT.join(', ')}. The threshold finds`,
      'the most of them while the pairs it adds keep a precision of 0.9 there. Generated: train again, never edit.',
    ],
    bias: model.bias,
    features: VALUE_PAIR_FEATURES,
    weights: model.weights,
    digits: 6,
    rest: [`threshold: ${model.threshold}`],
  })
}

function printLeaveOneOut(events: readonly EventPairs[]): void {
  const seen = batchesNamedIn(new URL('../src/compare/value-pair-weights.ts', import.meta.url), 'differences')
  const cell = (f: PairFigures) =>
    `${f.right} / ${f.shown} (${f.shown === 0 ? '—' : pairPrecision(f).toFixed(3)}), ${f.numbers.found} of ${f.numbers.annotated}`
  console.log(
    '| held out | rules alone | shipped weights | refit on the others | threshold |\n| --- | --- | --- | --- | --- |',
  )
  const rows: { corpus: string; unseen: boolean; figures: PairFigures[] }[] = []
  for (const corpus of DEVELOPMENT) {
    const held = events.filter((event) => event.corpus === corpus)
    const rest = events.filter((event) => event.corpus !== corpus)
    const model = trainDecision(rest, 'add')
    const figures = [
      scorePairs(held, handDecision),
      scorePairs(held, learnedDecision(VALUE_PAIR_WEIGHTS, 'add')),
      scorePairs(held, learnedDecision(model, 'add')),
    ]
    const unseen = !seen.has(corpus)
    rows.push({ corpus, unseen, figures })
    console.log(
      `| \`${corpus}\`${unseen ? ' (unseen)' : ''} | ${figures.map(cell).join(' | ')} | ${Number.isFinite(model.threshold) ? model.threshold : 'none (adds nothing)'} |`,
    )
  }
  const summary = (label: string, chosen: typeof rows) => {
    const cells = [0, 1, 2].map((k) => {
      const fs = chosen.map((row) => row.figures[k]!)
      const sum = (pick: (f: PairFigures) => number) => fs.reduce((s, f) => s + pick(f), 0)
      const shown = sum((f) => f.shown)
      const right = sum((f) => f.right)
      const withShown = fs.filter((f) => f.shown > 0)
      const meanPrecision = withShown.reduce((s, f) => s + pairPrecision(f), 0) / withShown.length
      return `${right} / ${shown} (pooled ${(right / shown).toFixed(3)}, mean ${meanPrecision.toFixed(3)}), ${sum((f) => f.numbers.found)} of ${sum((f) => f.numbers.annotated)} (mean ${(sum((f) => f.numbers.found) / fs.length).toFixed(3)})`
    })
    const [, shipped, refit] = [0, 1, 2].map((k) => chosen.map((row) => row.figures[k]!))
    // A fold is won by finding more annotated disagreements in numbers, then by showing fewer wrong pairs.
    const better = (x: PairFigures, y: PairFigures) =>
      x.numbers.found - y.numbers.found || x.right - x.shown - (y.right - y.shown)
    const wins = chosen.filter((_, i) => better(refit![i]!, shipped![i]!) > 0).length
    const losses = chosen.filter((_, i) => better(refit![i]!, shipped![i]!) < 0).length
    console.log(`| ${label} | ${cells.join(' | ')} | refit wins ${wins}, loses ${losses} |`)
  }
  summary(`all ${rows.length}`, rows)
  summary(
    `unseen by the shipped (${rows.filter((r) => r.unseen).length})`,
    rows.filter((r) => r.unseen),
  )
}
