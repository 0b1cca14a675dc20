// `pnpm --filter @marsad/core train:speech`: fits the learned layer that adds reported speech the rules left
// (`src/extract/speech-candidates.ts`) on the gold indirect quotes of the development extraction batches and writes
// `src/extract/speech-weights.ts`; `--loo` prints the leave-one-batch-out figures of the rules alone and of the
// rules with the layer instead, the shipped weights' in brackets (in sample on the batches their doc comment names);
// `--layouts` how many candidates of each layout give an annotated clause. `--only real-1,real-3` trains (or folds,
// or counts) on those development batches alone, the fit half of a round read in two halves; `--score real-2,real-4`
// then prints what the layer so trained gives those other batches (the check half), beside the rules alone and the
// committed weights, per batch and pooled, and writes nothing; `--drop 7,19` trains with those features (indices into
// `SPEECH_FEATURES`) read as 0, so they fit to 0: the design without them, for a feature's ablation. A batch with no
// text in the cache is left out.
import { SPEECH_FEATURES } from '../src/extract/speech-candidates.ts'
import { SPEECH_WEIGHTS } from '../src/extract/speech-weights.ts'
import { f1, precision, recall, type Scores } from '../test/extraction/score.ts'
import { DEVELOPMENT_EXTRACTION, developmentBatches } from './development-batches.ts'
import { extractionFigures, sumScores } from './extraction.ts'
import { type Batch, parseBatch, scoreBatch, trainSpeech } from './speech-training.ts'
import { refuseUnknownOptions } from './training-options.ts'
import { writeWeightsModule } from './weights-module.ts'
import './deployed-lists.ts'

refuseUnknownOptions(
  'train:speech',
  ['--loo', '--layouts', '--only', '--score', '--drop'],
  'trains the layer on every development batch and overwrites src/extract/speech-weights.ts',
)

/** The development batches named by `--only` (all of them without it): held-out batches are never opened here. */
export const DEVELOPMENT = namedBatches() ?? DEVELOPMENT_EXTRACTION

function namedBatches(option = '--only'): (typeof DEVELOPMENT_EXTRACTION)[number][] | null {
  const at = process.argv.indexOf(option)
  if (at < 0) return null
  const names = process.argv[at + 1]?.split(',') ?? []
  const known = DEVELOPMENT_EXTRACTION as readonly string[]
  for (const name of names) if (!known.includes(name)) throw new Error(`${name}: not a development batch`)
  return names as (typeof DEVELOPMENT_EXTRACTION)[number][]
}

const batches: Batch[] = developmentBatches(DEVELOPMENT, 'speech training', true).map(({ name, items }) =>
  parseBatch(name, items),
)
const dropped = process.argv.includes('--drop')
  ? process.argv[process.argv.indexOf('--drop') + 1]!.split(',').map(Number)
  : []
for (const batch of batches)
  for (const article of batch.articles)
    for (const example of article.examples) for (const i of dropped) (example.features as number[])[i] = 0

const figure = (value: number) => value.toFixed(3)

// `--layouts`: per batch, the candidates of each layout the rules left, and how many give a gold clause.
if (process.argv.includes('--layouts')) {
  const layouts = SPEECH_FEATURES.slice(0, 6)
  console.log(`| batch | clauses the rules missed | ${layouts.join(' | ')} |`)
  console.log(`| --- | --- | ${layouts.map(() => '---').join(' | ')} |`)
  for (const batch of batches) {
    const examples = batch.articles.flatMap((a) => a.examples).filter((e) => !e.rules)
    const cells = layouts.map((_, l) => {
      const of = examples.filter((e) => e.features[l] === 1)
      return `${of.filter((e) => e.label === 1).length} of ${of.length}`
    })
    const missed = batch.articles.reduce((sum, a) => sum + a.rules.fn, 0)
    console.log(`| \`${batch.name}\` | ${missed} | ${cells.join(' | ')} |`)
  }
  process.exit(0)
}

if (process.argv.includes('--loo')) {
  console.log(
    '| held-out batch | indirect with speaker: rules → learned (shipped) | indirect P | indirect R | indirect F1 | direct P / R | speakers | threshold (layouts) |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  const sums = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
  for (const held of batches) {
    const model = trainSpeech(batches.filter((batch) => batch !== held))
    const before = scoreBatch(held, null)
    const after = scoreBatch(held, model)
    const shipped = scoreBatch(held, SPEECH_WEIGHTS)
    const [b, a, s] = [extractionFigures(before), extractionFigures(after), extractionFigures(shipped)]
    const triples = [
      [b.indirectWithSpeaker, a.indirectWithSpeaker, s.indirectWithSpeaker],
      [precision(before.indirect), precision(after.indirect), precision(shipped.indirect)],
      [recall(before.indirect), recall(after.indirect), recall(shipped.indirect)],
      [f1(before.indirect), f1(after.indirect), f1(shipped.indirect)],
    ] as const
    triples.forEach((values, i) => {
      values.forEach((value, k) => {
        sums[3 * i + k]! += value / batches.length
      })
    })
    const cells = triples.map(([x, y, z]) => `${figure(x)} → ${figure(y)} (${figure(z)})`)
    console.log(
      `| \`${held.name}\` | ${cells.join(' | ')} | ${figure(b.directP)} / ${figure(b.directR)} → ${figure(a.directP)} / ${figure(a.directR)} | ${figure(b.speakers)} → ${figure(a.speakers)} | ${model.threshold > 1 ? '–' : `${model.threshold} (${model.layouts.join(',')})`} |`,
    )
  }
  const means = [0, 1, 2, 3].map(
    (i) => `${figure(sums[3 * i]!)} → ${figure(sums[3 * i + 1]!)} (${figure(sums[3 * i + 2]!)})`,
  )
  console.log(`| mean | ${means.join(' | ')} | | | |`)
  process.exit(0)
}

const model = trainSpeech(batches)

const scored = namedBatches('--score')
if (scored) {
  const counts = (s: Scores) =>
    `${s.indirectSpeakers.correct} of ${s.indirect.tp + s.indirect.fn} | ${figure(precision(s.indirect))} / ${figure(recall(s.indirect))} | ${figure(precision(s.direct))} / ${figure(recall(s.direct))} | ${s.speakers.correct} of ${s.speakers.total}`
  console.log(
    `trained on ${batches.map((b) => b.name).join(', ')}: threshold ${model.threshold}, layouts ${model.layouts}`,
  )
  console.log('| batch | layer | indirect with speaker | indirect P / R | direct P / R | speakers |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  const pooled: Scores[][] = [[], [], []]
  for (const { name, items } of developmentBatches(scored, 'speech scoring', true)) {
    const batch = parseBatch(name, items)
    const models = [null, SPEECH_WEIGHTS, model]
    models.forEach((m, i) => {
      const scores = scoreBatch(batch, m)
      pooled[i]!.push(scores)
      console.log(`| \`${name}\` | ${['rules alone', 'committed', 'trained'][i]} | ${counts(scores)} |`)
    })
  }
  pooled.forEach((scores, i) => {
    console.log(`| pooled | ${['rules alone', 'committed', 'trained'][i]} | ${counts(sumScores(scores))} |`)
  })
  process.exit(0)
}

writeWeightsModule(new URL('../src/extract/speech-weights.ts', import.meta.url), {
  type: 'SpeechModel',
  from: './speech-candidates.ts',
  name: 'SPEECH_WEIGHTS',
  doc: [
    'The learned layer that adds reported speech the rules left, fitted by `eval/train-speech-model.ts` on our gold',
    `indirect quotes of the development extraction batches ${batches.map((b) => b.name).join(', ')} (the articles of`,
    `them in the cache, ${batches.reduce((n, b) => n + b.articles.length, 0)}); its threshold chosen`,
    'leave-one-batch-out inside them (above 1: no candidate is taken), with the layouts it judges. Generated: train',
    'again, never edit.',
  ],
  bias: model.bias,
  features: SPEECH_FEATURES,
  weights: model.weights,
  digits: 4,
  rest: [`threshold: ${model.threshold}`, `layouts: [${model.layouts.join(', ')}]`],
})
