// `pnpm --filter @marsad/core train:tagger-external <corpus file or folder>…`: the learned entity tagger
// (`tagger-*.ts`) trained on labelled Arabic NER corpora from elsewhere (ANERcorp, AQMAR; kept outside the
// repository, see docs/history/learned-layers.md, "External labelled data"), measured on every development
// extraction batch.
// A tagger trained on the external corpora alone has seen none of our batches, so each batch's figure is an unseen
// one; its additions' least confidence per kind, and its veto, are chosen on the other batches. A tagger trained
// on the external corpora and our other batches is measured leave-one-batch-out, its thresholds chosen inside the
// training batches (three inner folds, each inner tagger trained on the corpora and two of them). `--no-dev`
// leaves out the second, which trains 68 taggers; `--coverage` only counts the gold names the corpora label.
// `TAGGER_RULES=0` and `TAGGER_WORDS=0` change the features as for `train-tagger.ts`.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DEVELOPMENT_EXTRACTION, developmentBatches } from './development-batches.ts'
import { documentsOf, type ExternalDocument, readSentences } from './external-corpus.ts'
import { coverage, externalNames } from './external-coverage.ts'
import { tagExternal, tokenCounts } from './external-tagging.ts'
import { extractionFigures } from './extraction.ts'
import {
  chooseThresholds,
  chooseVeto,
  entityScores,
  NO_VETO,
  NONE,
  type TaggedRow,
  taggedRows,
} from './tagger-additions.ts'
import { trainTagger } from './tagger-perceptron.ts'
import { added, aloneFigures, figure, MEASURES, rightOfAll, shown, sweepTable } from './tagger-report.ts'
import { FeatureIndex, TAGS, type TaggedBatch, tagBatch } from './tagger-training.ts'
import './deployed-lists.ts'

const paths = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
if (paths.length === 0) {
  console.error('usage: train-tagger-external.ts <token-per-line file or folder of them>… [--no-dev]')
  process.exit(1)
}

/** A file is one corpus cut into documents of 30 sentences; a folder's files are one document each. */
function readCorpus(path: string): ExternalDocument[] {
  if (!statSync(path).isDirectory())
    return documentsOf(basename(path), readSentences(readFileSync(path, 'utf8')))
  return readdirSync(path)
    .sort()
    .flatMap((file) =>
      documentsOf(file, readSentences(readFileSync(join(path, file), 'utf8')), Number.POSITIVE_INFINITY),
    )
}

const index = new FeatureIndex()
let started = performance.now()
const documents = paths.flatMap(readCorpus)
const counts = tokenCounts(documents)
const external = tagExternal(documents, index, counts)
const externalWords = documents.reduce((n, d) => n + d.tokens.length, 0)
console.error(
  `external: ${documents.length} documents, ${externalWords} tokens, ${external.reduce((n, a) => n + a.labelled, 0)} names tagged in our words, read in ${((performance.now() - started) / 1000).toFixed(0)} s`,
)
started = performance.now()
const batches: TaggedBatch[] = developmentBatches(DEVELOPMENT_EXTRACTION, 'external tagger').map(
  ({ name, items }) => tagBatch(name, items, index),
)
console.error(
  `${batches.length} development batches read in ${((performance.now() - started) / 1000).toFixed(0)} s; ${index.size} features`,
)

for (const [kind, row] of Object.entries(coverage(batches, externalNames(documents))))
  console.log(
    `${kind}: ${row.known} of ${row.gold} gold entities named in the corpora; of the ${row.missed} the rules miss, ${row.missedKnown}`,
  )
if (process.argv.includes('--coverage')) process.exit(0)

started = performance.now()
const externalTagger = trainTagger(external, index.size)
console.error(`external tagger trained in ${((performance.now() - started) / 1000).toFixed(0)} s`)
{
  // What shipping it would weigh: every feature with a weight of magnitude 0.5 or more, weights rounded, as JSON.
  const names = index.names()
  const kept: Record<string, number[]> = {}
  let weights = 0
  names.forEach((name, id) => {
    const row = Array.from(externalTagger.weights.subarray(id * TAGS, (id + 1) * TAGS), Math.round)
    if (row.some((w) => Math.abs(w) >= 1)) {
      kept[name] = row
      weights += row.filter((w) => w !== 0).length
    }
  })
  const json = JSON.stringify(kept)
  console.log(
    `external tagger: ${Object.keys(kept).length} of ${names.length} features kept, ${weights} weights, ${(json.length / 1024).toFixed(0)} KB as JSON, ${(gzipSync(json).length / 1024).toFixed(0)} KB gz`,
  )
}
const externalRows: TaggedRow[][] = batches.map((batch) => taggedRows(externalTagger, batch.articles))

// The external tagger alone: its spans as the only entities (no slack), against the rules.
{
  const mean = MEASURES.map(() => [0, 0])
  for (const batch of batches) {
    const { rules, alone } = aloneFigures(externalTagger, batch.articles)
    MEASURES.forEach((m, i) => {
      mean[i]![0]! += rules[m] / batches.length
      mean[i]![1]! += alone[m] / batches.length
    })
  }
  console.log(
    `mean F1, rules / external tagger alone: ${MEASURES.map((m, i) => `${m} ${figure(mean[i]![0]!)} / ${figure(mean[i]![1]!)}`).join('; ')}`,
  )
}

// A ceiling: the external tagger's additions with one threshold for every kind and batch.
console.log(`\n${sweepTable(externalRows)}`)

/** Out-of-fold rows of `training` (three inner folds), each from a tagger trained on the corpora and the rest. */
function innerRows(training: readonly TaggedBatch[], folds = 3): TaggedRow[] {
  const rows: TaggedRow[] = []
  for (let fold = 0; fold < folds; fold++) {
    const train = training.filter((_, i) => i % folds !== fold).flatMap((b) => b.articles)
    const held = training.filter((_, i) => i % folds === fold).flatMap((b) => b.articles)
    rows.push(...taggedRows(trainTagger([...external, ...train], index.size), held))
  }
  return rows
}

const withDev = !process.argv.includes('--no-dev')
const lines: string[] = []
const means = MEASURES.map(() => [0, 0, 0])
const falls = { external: MEASURES.map(() => 0), joint: MEASURES.map(() => 0), veto: MEASURES.map(() => 0) }
// The external tagger's veto: an entity of the rules it backs little is dropped, each kind's veto chosen on the
// other batches (`chooseVeto`).
const vetoMeans = MEASURES.map(() => 0)
const vetoes: string[] = []
const addedTotals = { external: { right: 0, all: 0 }, joint: { right: 0, all: 0 } }
for (const [b, held] of batches.entries()) {
  const rows = externalRows[b]!
  const before = entityScores(rows, NONE)
  const rules = extractionFigures(before)
  const others = externalRows.filter((_, i) => i !== b).flat()
  const thresholds = chooseThresholds(others)
  const veto = chooseVeto(others)
  const vetoed = extractionFigures(entityScores(rows, NONE, veto))
  MEASURES.forEach((m, i) => {
    vetoMeans[i]! += vetoed[m] / batches.length
    if (vetoed[m] < rules[m] - 1e-9) falls.veto[i]!++
  })
  if (shown(veto) !== shown(NO_VETO)) vetoes.push(`${held.name} (${shown(veto)})`)
  const afterExternal = entityScores(rows, thresholds)
  const alone = extractionFigures(afterExternal)
  let joint = rules
  let jointThresholds = NONE
  let afterJoint = before
  if (withDev) {
    const training = batches.filter((batch) => batch !== held)
    jointThresholds = chooseThresholds(innerRows(training))
    const tagger = trainTagger([...external, ...training.flatMap((t) => t.articles)], index.size)
    afterJoint = entityScores(taggedRows(tagger, held.articles), jointThresholds)
    joint = extractionFigures(afterJoint)
  }
  const cells = MEASURES.map((m, i) => {
    means[i]![0]! += rules[m] / batches.length
    means[i]![1]! += alone[m] / batches.length
    means[i]![2]! += joint[m] / batches.length
    if (alone[m] < rules[m] - 1e-9) falls.external[i]!++
    if (joint[m] < rules[m] - 1e-9) falls.joint[i]!++
    return `${figure(rules[m])} / ${figure(alone[m])} / ${withDev ? figure(joint[m]) : '–'}`
  })
  const fromExternal = added(before, afterExternal)
  const fromJoint = added(before, afterJoint)
  addedTotals.external.right += fromExternal.right
  addedTotals.external.all += fromExternal.all
  addedTotals.joint.right += fromJoint.right
  addedTotals.joint.all += fromJoint.all
  lines.push(
    `| \`${held.name}\` | ${cells.join(' | ')} | ${shown(thresholds)}; ${withDev ? shown(jointThresholds) : '–'} | ${rightOfAll(fromExternal)}; ${rightOfAll(fromJoint)} |`,
  )
  console.error(`${held.name} done`)
}

console.log(
  '\n| batch | person F1: rules / + tagger (external) / + tagger (external + our other batches) | org. F1 (media incl.) | location F1 | media F1 | thresholds P / O / L / M (external; joint) | added: right of all (external; joint) |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- |')
console.log(lines.join('\n'))
console.log(
  `| **mean** | ${means.map((m) => `**${figure(m[0]!)} / ${figure(m[1]!)} / ${withDev ? figure(m[2]!) : '–'}**`).join(' | ')} | | ${rightOfAll(addedTotals.external)}; ${rightOfAll(addedTotals.joint)} |`,
)
console.log(
  `| batches that fall (external; joint) | ${MEASURES.map((_, i) => `${falls.external[i]}; ${falls.joint[i]}`).join(' | ')} | | |`,
)
console.log(
  `\nThe external tagger's veto, mean F1 of ${MEASURES.join(' / ')}: ${vetoMeans.map(figure).join(' / ')}; batches that fall: ${falls.veto.join(' / ')}; vetoes taken: ${vetoes.join(', ') || 'none'}`,
)
