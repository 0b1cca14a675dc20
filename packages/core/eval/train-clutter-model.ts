// `pnpm --filter @marsad/core train:clutter`: trains the learned clutter model on the development clutter corpora
// (our own line labels, the cached pages' shapes) and writes src/structure/clutter-weights.ts. `--loo` writes
// nothing: for each corpus it trains on the others, scores it, and prints rules alone against rules and model, beside
// the shipped weights (in sample on the corpora they were trained on) and the clutter labels the fold's model missed.
// `--only clutter-1,clutter-3` trains on (or folds over) those development corpora alone, the pages in the cache, as
// `eval` reads them; `--score clutter-2,clutter-4` then prints the figures the model trained so gives those corpora,
// their pooled counts and the rules alone, writing nothing. Weights are written only from every page of every corpus.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CLUTTER_FEATURES } from '../src/structure/clutter-features.ts'
import type { ClutterModel } from '../src/structure/clutter-model.ts'
import { clutterWeights } from '../src/structure/clutter-weights.ts'
import { readStructure } from '../src/structure/parse-article.ts'
import { checkCache, loadGold, readCached } from './cache.ts'
import { type ClutterPage, scoreClutter } from './clutter.ts'
import { type ClutterExample, clutterExamples, trainAcrossCorpora } from './clutter-training.ts'
import { DEVELOPMENT_CLUTTER } from './development-batches.ts'
import { refuseUnknownOptions } from './training-options.ts'
import { batchesNamedIn } from './weights-module.ts'

refuseUnknownOptions(
  'train:clutter',
  ['--loo', '--only', '--score'],
  'trains the clutter model on every development corpus and overwrites src/structure/clutter-weights.ts',
)

/** The development clutter corpora named by `--only` (all of them without it): held-out corpora are never opened here. */
const DEVELOPMENT = namedCorpora('--only') ?? DEVELOPMENT_CLUTTER

const WEIGHTS = fileURLToPath(new URL('../src/structure/clutter-weights.ts', import.meta.url))

function namedCorpora(flag: string): readonly string[] | null {
  const at = process.argv.indexOf(flag)
  if (at < 0) return null
  const names = process.argv[at + 1]?.split(',') ?? []
  for (const name of names)
    if (!(DEVELOPMENT_CLUTTER as readonly string[]).includes(name))
      throw new Error(`${name}: not a development corpus`)
  return names
}

function loadCorpora(names: readonly string[]) {
  const gold = loadGold('clutter', names)
  if (gold.length !== names.length) throw new Error(`expected the gold of ${names.join(', ')}`)
  return gold.map(({ corpus: name, pages: annotated }) => {
    const check = checkCache(annotated)
    if (check.changed.length > 0) throw new Error(`${name}: the cache changed ${check.changed.join(', ')}`)
    const pages: ClutterPage[] = annotated
      .filter((page) => !check.missing.includes(page.id))
      .map((page) => ({ gold: page, text: readCached(page.id)! }))
    return { name, pages, total: annotated.length, examples: clutterExamples(pages) }
  })
}

const corpora = loadCorpora(DEVELOPMENT)
const scored = namedCorpora('--score')
const writes = !process.argv.includes('--loo') && scored === null
if (
  writes &&
  (DEVELOPMENT !== DEVELOPMENT_CLUTTER || corpora.some((corpus) => corpus.pages.length < corpus.total))
)
  throw new Error(
    'weights are trained on every page of every development corpus: restore the cache, or add --score or --loo',
  )

if (process.argv.includes('--loo')) printLeaveOneOut()
else if (scored !== null) printScored(trainAcrossCorpora(corpora.map((corpus) => corpus.examples)), scored)
else {
  const model = trainAcrossCorpora(corpora.map((corpus) => corpus.examples))
  if (model.threshold >= 1)
    throw new Error(
      `an article line the model may act on (${model.setBy}) is as likely clutter as any: a threshold of 1 adds nothing; guard it or mend the rules above it`,
    )
  writeFileSync(WEIGHTS, weightsFile(model))
  console.log(`wrote ${WEIGHTS} (threshold ${model.threshold}, set by ${model.setBy})`)
}

function printLeaveOneOut(): void {
  console.log(
    '| held out | rules: P / R, lost | shipped weights: P / R, lost | rules + model: P / R, lost | threshold (set by) | lines added (right) | missed by label |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  const unseen = unseenByShipped()
  const means = { all: foldMeans(), unseen: foldMeans() }
  for (const held of corpora) {
    const training: ClutterExample[][] = corpora.filter((corpus) => corpus !== held).map((c) => c.examples)
    const model = trainAcrossCorpora(training)
    const rules = figures(held.pages, null)
    const learned = figures(held.pages, model)
    const shipped = figures(held.pages, clutterWeights)
    for (const [group, counts] of [
      [means.all, true],
      [means.unseen, unseen.includes(held.name)],
    ] as const)
      if (counts) group.add(rules, shipped, learned)
    console.log(
      `| \`${held.name}\` | ${rules.text} | ${shipped.text} | ${learned.text} | ${model.threshold} (${model.setBy}) | ${learned.tp + learned.fp - rules.tp - rules.fp} (${learned.tp - rules.tp}) | ${missed(learned.missedByLabel)} |`,
    )
  }
  console.log(`\nmean over all ${means.all.folds} folds: ${means.all.text()}`)
  if (means.unseen.folds > 0)
    console.log(`mean over the ${means.unseen.folds} the shipped weights never saw: ${means.unseen.text()}`)
}

/** The corpora held out that the shipped weights' file does not name as fitted on: where the comparison is fair. */
function unseenByShipped(): string[] {
  const fittedOn = batchesNamedIn(WEIGHTS, 'clutter')
  return corpora.map((corpus) => corpus.name).filter((name) => !fittedOn.has(name))
}

type Figures = ReturnType<typeof figures>

/** Mean P and R over folds, and the article lines lost summed, of the rules, the shipped weights and the fold's model. */
function foldMeans() {
  const sums = [0, 1, 2].map(() => ({ precision: 0, recall: 0, lost: 0 }))
  let folds = 0
  return {
    get folds() {
      return folds
    },
    add(...columns: Figures[]) {
      folds++
      columns.forEach((one, k) => {
        sums[k]!.precision += one.precision
        sums[k]!.recall += one.recall
        sums[k]!.lost += one.lost
      })
    },
    text() {
      const [rules, shipped, model] = sums.map(
        ({ precision, recall, lost }) =>
          `P ${(precision / folds).toFixed(3)} / R ${(recall / folds).toFixed(3)}, ${lost} lost`,
      )
      return `rules ${rules}; shipped ${shipped}; rules + model ${model}`
    },
  }
}

/** The figures of a model trained on `--only`'s corpora on other corpora, beside the shipped weights and the rules. */
function printScored(model: ClutterModel, names: readonly string[]): void {
  console.log(`trained on ${DEVELOPMENT.join(', ')}: threshold ${model.threshold}`)
  console.log('| scored | rules: P / R, lost | shipped weights: P / R, lost | trained: P / R, lost |')
  console.log('| --- | --- | --- | --- |')
  const pooled = [null, clutterWeights, model].map(() => ({ tp: 0, fp: 0, fn: 0, lost: 0 }))
  for (const corpus of loadCorpora(names)) {
    const row = [null, clutterWeights, model].map((weights, k) => {
      const one = figures(corpus.pages, weights)
      const sum = pooled[k]!
      sum.tp += one.tp
      sum.fp += one.fp
      sum.fn += one.fn
      sum.lost += one.lost
      return one.text
    })
    console.log(`| \`${corpus.name}\` | ${row.join(' | ')} |`)
  }
  const text = ({ tp, fp, fn, lost }: { tp: number; fp: number; fn: number; lost: number }) =>
    `${(tp / Math.max(tp + fp, 1)).toFixed(3)} / ${(tp / Math.max(tp + fn, 1)).toFixed(3)}, ${lost}`
  console.log(`| pooled | ${pooled.map(text).join(' | ')} |`)
}

/** Clutter lines left in the content by gold label, most first. */
function missed(byLabel: Partial<Record<string, number>>): string {
  return Object.entries(byLabel)
    .sort((a, b) => b[1]! - a[1]!)
    .map(([label, count]) => `${label} ${count}`)
    .join(', ')
}

function figures(pages: readonly ClutterPage[], model: ClutterModel | null) {
  const { clutter, bodyLost, missedByLabel } = scoreClutter(
    pages,
    ({ text }) => readStructure(text, { model }).blocks,
  )
  const precision = clutter.tp / Math.max(clutter.tp + clutter.fp, 1)
  const recall = clutter.tp / Math.max(clutter.tp + clutter.fn, 1)
  const text = `${precision.toFixed(3)} / ${recall.toFixed(3)}, ${bodyLost.length}`
  return { ...clutter, precision, recall, lost: bodyLost.length, missedByLabel, text }
}

function weightsFile(model: ClutterModel): string {
  return `// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: trained weights, not constants typed by hand
// Written by \`pnpm --filter @marsad/core train:clutter\` from our line labels of ${DEVELOPMENT.join(', ')}: numbers, no page text.
import type { ClutterModel } from './clutter-model.ts'
import './deployed-lists.ts'

/** The features the weights were trained on, in order (\`checkClutterModel\` compares them with the code's). */
export const clutterFeatureNames = ${JSON.stringify(CLUTTER_FEATURES.join(' '))}

export const clutterWeights: ClutterModel = {
  clutter: [${model.clutter.join(', ')}],
  threshold: ${model.threshold},
}
`
}
