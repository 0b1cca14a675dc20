// `pnpm --filter @marsad/core train:clutter`: trains the learned clutter model on the development clutter corpora
// (our own line labels, the cached pages' shapes) and writes src/structure/clutter-weights.ts. `--loo` writes
// nothing: for each corpus it trains on the others, scores it, and prints rules alone against rules and model, beside
// the shipped weights (in sample on the corpora they were trained on) and the clutter labels the fold's model missed.
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

/** Development clutter corpora only, loaded by name: every other corpus is held out and never opened here. */
export const DEVELOPMENT = DEVELOPMENT_CLUTTER

const WEIGHTS = fileURLToPath(new URL('../src/structure/clutter-weights.ts', import.meta.url))

const gold = loadGold('clutter', DEVELOPMENT)
if (gold.length !== DEVELOPMENT.length) throw new Error(`expected the gold of ${DEVELOPMENT.join(', ')}`)
const corpora = gold.map(({ corpus: name, pages: annotated }) => {
  const check = checkCache(annotated)
  if (check.present !== annotated.length)
    throw new Error(`${name}: the cache lacks or changed ${[...check.missing, ...check.changed].join(', ')}`)
  const pages: ClutterPage[] = annotated.map((page) => ({ gold: page, text: readCached(page.id)! }))
  return { name, pages, examples: clutterExamples(pages) }
})

if (process.argv.includes('--loo')) printLeaveOneOut()
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
  const mean = {
    rules: { precision: 0, recall: 0 },
    shipped: { precision: 0, recall: 0 },
    model: { precision: 0, recall: 0 },
  }
  let lost = 0
  for (const held of corpora) {
    const training: ClutterExample[][] = corpora.filter((corpus) => corpus !== held).map((c) => c.examples)
    const model = trainAcrossCorpora(training)
    const rules = figures(held.pages, null)
    const learned = figures(held.pages, model)
    const shipped = figures(held.pages, clutterWeights)
    for (const [sum, one] of [
      [mean.rules, rules],
      [mean.shipped, shipped],
      [mean.model, learned],
    ] as const) {
      sum.precision += one.precision / corpora.length
      sum.recall += one.recall / corpora.length
    }
    lost += learned.lost
    console.log(
      `| \`${held.name}\` | ${rules.text} | ${shipped.text} | ${learned.text} | ${model.threshold} (${model.setBy}) | ${learned.tp + learned.fp - rules.tp - rules.fp} (${learned.tp - rules.tp}) | ${missed(learned.missedByLabel)} |`,
    )
  }
  const text = ({ precision, recall }: { precision: number; recall: number }) =>
    `P ${precision.toFixed(3)} / R ${recall.toFixed(3)}`
  console.log(
    `\nmean: rules ${text(mean.rules)}, shipped ${text(mean.shipped)}, rules + model ${text(mean.model)}; article lines lost ${lost}`,
  )
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

/** The features the weights were trained on, in order (\`checkClutterModel\` compares them with the code's). */
export const clutterFeatureNames = ${JSON.stringify(CLUTTER_FEATURES.join(' '))}

export const clutterWeights: ClutterModel = {
  clutter: [${model.clutter.join(', ')}],
  threshold: ${model.threshold},
}
`
}
