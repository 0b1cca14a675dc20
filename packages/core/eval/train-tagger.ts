// `pnpm --filter @marsad/core train:tagger --loo`: the learned entity tagger (round 11, not shipped) measured
// leave-one-batch-out over the development extraction batches. For each batch, a tagger trained on the other
// batches adds the entities no rule found, either by its own confidence or through a check of each kind, or drops
// the rules' entities it backs little (a veto), each threshold chosen inside them, and the batch is scored
// by the scorer: rules alone, and with each. `--sweep`: the same taggers with one threshold for every fold (a
// ceiling); `--alone`: the tagger's own entities without the rules'; `--misses`: why the rules' misses are missed.
// Without these: the same fitted on all of them, what it adds there (in-sample) and the weight mass of its feature
// templates. `TAGGER_RULES=0` leaves out the rules' tags as features, `TAGGER_WORDS=0` the word's own readings and
// stem. A batch the cache holds no text of is left out (named on stderr); `--held real-3,real-9,…` holds out only
// those batches (each fold's tagger still trained on every other batch read), for a run shorter than every fold.
// `--loo` and `--alone` also print the entity counts of the held-out folds pooled, since small batches make each
// fold's F1 coarse.
import { DEVELOPMENT_EXTRACTION, developmentBatches } from './development-batches.ts'
import { extractionFigures } from './extraction.ts'
import {
  type Addition,
  additions,
  entityScores,
  innerRows,
  NO_VETO,
  NONE,
  taggedRows,
} from './tagger-additions.ts'
import { checkedRows, fitCombination } from './tagger-combination.ts'
import { missCauses } from './tagger-misses.ts'
import { tagSpans, trainTagger } from './tagger-perceptron.ts'
import { added, aloneFigures, figure, MEASURES, rightOfAll, shown, sweepTable } from './tagger-report.ts'
import {
  FeatureIndex,
  KINDS,
  TAGS,
  type TaggedArticle,
  type TaggedBatch,
  tagBatch,
} from './tagger-training.ts'
import './deployed-lists.ts'
import { emptyScores, type Scores } from '../test/extraction/score.ts'

const index = new FeatureIndex()
const started = performance.now()
const batches: TaggedBatch[] = developmentBatches(DEVELOPMENT_EXTRACTION, 'tagger training', true).map(
  ({ name, items }) => tagBatch(name, items, index),
)
const words = batches.reduce((n, b) => n + b.articles.reduce((m, a) => m + a.words.length, 0), 0)
const articles = batches.reduce((n, b) => n + b.articles.length, 0)
const heldArgument = process.argv[process.argv.indexOf('--held') + 1]
const heldNames =
  process.argv.includes('--held') && heldArgument !== undefined ? heldArgument.split(',') : null
const heldOut = heldNames === null ? batches : batches.filter((batch) => heldNames.includes(batch.name))
if (heldOut.length === 0) throw new Error('--held names no batch that was read')
console.error(
  `${batches.length} batches, ${articles} articles, ${words} words, ${index.size} features, read in ${((performance.now() - started) / 1000).toFixed(0)} s; ${heldOut.length} held out in turn`,
)

/** The held-out folds' entity counts summed. */
function sumScores(all: readonly Scores[]): Scores {
  const sum = emptyScores()
  for (const scores of all)
    for (const kind of KINDS) {
      sum.entities[kind].tp += scores.entities[kind].tp
      sum.entities[kind].fp += scores.entities[kind].fp
      sum.entities[kind].fn += scores.entities[kind].fn
    }
  return sum
}

/** Each kind's F1 of the held-out folds' counts summed (organisations with media, as the scorer's). */
const pooled = (all: readonly Scores[]) => extractionFigures(sumScores(all))

const measures = MEASURES
type Rows = { article: TaggedArticle; added: Addition[] }[]

/** What a fit on `training` adds to the articles of `held` (plain and checked) or drops (veto), with thresholds. */
function fold(training: readonly TaggedBatch[], held: readonly TaggedArticle[]) {
  const combination = fitCombination(innerRows(training, index.size))
  const tagger = trainTagger(
    training.flatMap((b) => b.articles),
    index.size,
  )
  const rows = taggedRows(tagger, held)
  return {
    plain: { rows, thresholds: combination.plain, veto: NO_VETO },
    checked: {
      rows: checkedRows(rows, combination.checked),
      thresholds: combination.checked.thresholds,
      veto: NO_VETO,
    },
    veto: { rows, thresholds: NONE, veto: combination.veto },
  }
}

const VARIANTS = ['plain', 'checked', 'veto'] as const
const TITLES = {
  plain: "The tagger's additions by its confidence",
  checked: "The tagger's additions through its check",
  veto: "The tagger's veto of the rules' entities",
}

if (process.argv.includes('--misses')) {
  for (const [kind, causes] of Object.entries(missCauses(batches)))
    console.log(
      `${kind}: ${Object.entries(causes)
        .map(([cause, n]) => `${n} ${cause}`)
        .join('; ')}`,
    )
  process.exit(0)
}

if (process.argv.includes('--alone')) {
  // The tagger without the rules: each batch's entities are its spans alone (no slack), from a tagger trained on the
  // other batches (with TAGGER_RULES=0, one that never saw the rules' tags).
  const mean = measures.map(() => [0, 0])
  const all = { rules: [] as Scores[], alone: [] as Scores[] }
  for (const held of heldOut) {
    const tagger = trainTagger(
      batches.filter((batch) => batch !== held).flatMap((b) => b.articles),
      index.size,
    )
    const { rules, alone, rulesScores, aloneScores } = aloneFigures(tagger, held.articles)
    all.rules.push(rulesScores)
    all.alone.push(aloneScores)
    measures.forEach((m, i) => {
      mean[i]![0]! += rules[m] / heldOut.length
      mean[i]![1]! += alone[m] / heldOut.length
    })
  }
  console.log(
    `mean F1, rules / tagger alone: ${measures.map((m, i) => `${m} ${figure(mean[i]![0]!)} / ${figure(mean[i]![1]!)}`).join('; ')}`,
  )
  const [rules, alone] = [pooled(all.rules), pooled(all.alone)]
  console.log(
    `pooled F1, rules / tagger alone: ${measures.map((m) => `${m} ${figure(rules[m])} / ${figure(alone[m])}`).join('; ')}`,
  )
  process.exit(0)
}

if (process.argv.includes('--sweep')) {
  // Taggers as in `--loo`, each trained on the other batches.
  const rows: Rows[] = heldOut.map((held) => {
    const tagger = trainTagger(
      batches.filter((batch) => batch !== held).flatMap((b) => b.articles),
      index.size,
    )
    return held.articles.map((article) => ({ article, added: additions(article, tagSpans(tagger, article)) }))
  })
  console.log(sweepTable(rows))
  process.exit(0)
}

if (process.argv.includes('--loo')) {
  const tables = { plain: [] as string[], checked: [] as string[], veto: [] as string[] }
  const means = {
    plain: measures.map(() => [0, 0]),
    checked: measures.map(() => [0, 0]),
    veto: measures.map(() => [0, 0]),
  }
  const falls = { plain: measures.map(() => 0), checked: measures.map(() => 0), veto: measures.map(() => 0) }
  const all = { before: [] as Scores[], plain: [] as Scores[], checked: [] as Scores[], veto: [] as Scores[] }
  for (const held of heldOut) {
    const result = fold(
      batches.filter((batch) => batch !== held),
      held.articles,
    )
    for (const variant of VARIANTS) {
      const { rows, thresholds, veto } = result[variant]
      const beforeScores = entityScores(rows, NONE)
      const afterScores = entityScores(rows, thresholds, veto)
      const before = extractionFigures(beforeScores)
      const after = extractionFigures(afterScores)
      if (variant === 'plain') all.before.push(beforeScores)
      all[variant].push(afterScores)
      const cells = measures.map((m, i) => {
        means[variant][i]![0]! += before[m] / heldOut.length
        means[variant][i]![1]! += after[m] / heldOut.length
        if (after[m] < before[m] - 1e-9) falls[variant][i]!++
        return `${figure(before[m])} → ${figure(after[m])}`
      })
      tables[variant].push(
        `| \`${held.name}\` | ${cells.join(' | ')} | ${shown(variant === 'veto' ? veto : thresholds)} | ${rightOfAll(added(beforeScores, afterScores))} |`,
      )
    }
    console.error(`${held.name} done`)
  }
  for (const variant of VARIANTS) {
    console.log(`\n${TITLES[variant]}:\n`)
    console.log(
      '| held-out batch | person F1: rules → with tagger | org. F1 (media incl.) | location F1 | media F1 | thresholds P / O / L / M | added (right of all) |',
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- |')
    console.log(tables[variant].join('\n'))
    console.log(
      `| mean | ${means[variant].map(([b, a]) => `${figure(b!)} → ${figure(a!)}`).join(' | ')} | | |`,
    )
    console.log(`| folds that fall | ${falls[variant].join(' | ')} | | |`)
    const [before, after] = [pooled(all.before), pooled(all[variant])]
    console.log(
      `| pooled | ${measures.map((m) => `${figure(before[m])} → ${figure(after[m])}`).join(' | ')} | | ${rightOfAll(added(sumScores(all.before), sumScores(all[variant])))} |`,
    )
  }
  process.exit(0)
}

const result = fold(
  batches,
  batches.flatMap((b) => b.articles),
)
// What the tagger leans on: the weight mass of each feature template (the text before `=`), over the B tags.
const tagger = trainTagger(
  batches.flatMap((b) => b.articles),
  index.size,
)
const mass = new Map<string, number>()
const count = new Map<string, number>()
index.names().forEach((name, id) => {
  const template = name
    .split('=')[0]!
    .replace(/^(-?\d):(flag)\d+$/, '$1:$2')
    .replace(/^flag\d+$/, 'flag')
  let sum = 0
  for (let kind = 0; kind < KINDS.length; kind++)
    for (let reading = 0; reading < 3; reading++)
      sum += Math.abs(tagger.weights[id * TAGS + 1 + 4 * kind + reading]!)
  mass.set(template, (mass.get(template) ?? 0) + sum)
  count.set(template, (count.get(template) ?? 0) + 1)
})
const total = [...mass.values()].reduce((a, b) => a + b, 0)
const line = ([template, sum]: [string, number]) =>
  `${template} ${((100 * sum) / total).toFixed(1)} % (${(sum / count.get(template)!).toFixed(2)} a feature)`
console.log(
  `by share: ${[...mass]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(line)
    .join('; ')}`,
)
// Templates of few features (word classes, places, the rules' tags) by the weight each feature carries.
const few = [...mass].filter(([template]) => count.get(template)! < 200)
console.log(
  `by feature: ${few
    .sort((a, b) => b[1] / count.get(b[0])! - a[1] / count.get(a[0])!)
    .slice(0, 16)
    .map(line)
    .join('; ')}`,
)
for (const variant of VARIANTS) {
  const { rows, thresholds, veto } = result[variant]
  const before = entityScores(rows, NONE)
  const after = entityScores(rows, thresholds, veto)
  const f = extractionFigures(after)
  console.log(
    `${variant}: thresholds ${shown(variant === 'veto' ? veto : thresholds)}; added ${rightOfAll(added(before, after))}; person ${figure(f.person)}, org. ${figure(f.organization)}, location ${figure(f.location)}, media ${figure(f.media)} (in-sample)`,
  )
}
