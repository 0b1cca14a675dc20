// `pnpm --filter @marsad/core train:entities`: fits the learned entity check (`src/extract/entity-model.ts`) on the
// gold entities of the development extraction batches and writes `src/extract/entity-weights.ts`; `--loo` prints
// the leave-one-batch-out figures of the rules alone and of the rules with the check instead, the shipped weights'
// in brackets (in sample on the batches their doc comment names). `--only real-1,real-3` trains (or folds) on those
// development batches alone, the fit half of a round read in two halves; `--kinds` retrains those kinds only.
// A batch the cache holds no text of is left out, and the weights' comment names only the batches trained on.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ENTITY_FEATURES } from '../src/extract/entity-features.ts'
import type { EntityModel } from '../src/extract/entity-model.ts'
import { ENTITY_WEIGHTS } from '../src/extract/entity-weights.ts'
import { DEVELOPMENT_EXTRACTION, developmentBatches } from './development-batches.ts'
import { type Batch, KINDS, parseBatch, scoreBatch, trainModel } from './entity-training.ts'
import { extractionFigures } from './extraction.ts'
import { namedBatches, refuseUnknownOptions } from './training-options.ts'
import './deployed-lists.ts'

refuseUnknownOptions(
  'train:entities',
  ['--loo', '--kinds', '--only'],
  'fits the entity check on every development batch and overwrites src/extract/entity-weights.ts',
)

/** The development batches named by `--only` (all of them without it): held-out batches are never opened here. */
export const DEVELOPMENT = namedBatches('--only', DEVELOPMENT_EXTRACTION) ?? DEVELOPMENT_EXTRACTION

const batches: Batch[] = developmentBatches(DEVELOPMENT, 'entity training', true).map(({ name, items }) =>
  parseBatch(name, items),
)
const articleCount = batches.reduce((sum, batch) => sum + batch.articles.length, 0)

const figure = (value: number) => value.toFixed(3)

if (process.argv.includes('--loo')) {
  const measures = ['person', 'organization', 'location', 'media'] as const
  console.log(
    '| held-out batch | person F1: rules → learned (shipped) | org. F1 (media incl.) | location F1 | media F1 | thresholds P / O / L / M |',
  )
  console.log('| --- | --- | --- | --- | --- | --- |')
  const mean = measures.map(() => [0, 0, 0])
  for (const held of batches) {
    const model = trainModel(batches.filter((batch) => batch !== held))
    const before = extractionFigures(scoreBatch(held, {}))
    const after = extractionFigures(scoreBatch(held, model))
    const shipped = extractionFigures(scoreBatch(held, ENTITY_WEIGHTS))
    const cells = measures.map((m, i) => {
      mean[i]![0]! += before[m] / batches.length
      mean[i]![1]! += after[m] / batches.length
      mean[i]![2]! += shipped[m] / batches.length
      return `${figure(before[m])} → ${figure(after[m])} (${figure(shipped[m])})`
    })
    const thresholds = KINDS.map((kind) => model[kind]?.threshold ?? '–').join(' / ')
    console.log(`| \`${held.name}\` | ${cells.join(' | ')} | ${thresholds} |`)
  }
  console.log(
    `| mean | ${mean.map(([b, a, s]) => `${figure(b!)} → ${figure(a!)} (${figure(s!)})`).join(' | ')} | |`,
  )
  process.exit(0)
}

// `--kinds media,person`: retrain those kinds only; the others keep the shipped weights, and say so.
const kindsArg = process.argv.includes('--kinds')
  ? process.argv[process.argv.indexOf('--kinds') + 1]
  : undefined
const retrained =
  kindsArg === undefined ? [...KINDS] : KINDS.filter((kind) => kindsArg.split(',').includes(kind))
const fitted = trainModel(batches)
const model: EntityModel = {}
for (const kind of KINDS) {
  const source = retrained.includes(kind) ? fitted[kind] : ENTITY_WEIGHTS[kind]
  if (source) model[kind] = source
}
// A kind whose threshold is 0 never loses an entity: its weights are left out of the package.
const judged = KINDS.filter((kind) => (model[kind]?.threshold ?? 0) > 0)
// A kind not retrained keeps its shipped state, a check or none: the comment must not say this data chose it.
const kept = KINDS.filter((kind) => !retrained.includes(kind))
const provenance =
  kept.length === 0
    ? ''
    : `Only ${retrained.join(', ')} retrained here (\`--kinds\`); ${kept.join(', ')} kept as shipped before (a check fitted on the batches this file's previous version names, its git history, or none).`
const round = (value: number) => Number(value.toPrecision(4))
const kindSource = (kind: (typeof KINDS)[number]) => {
  const m = model[kind]!
  const lines = ENTITY_FEATURES.map((name, i) => `      ${round(m.weights[i]!)}, // ${name}`)
  return `  ${kind}: {\n    bias: ${round(m.bias)},\n    weights: [\n${lines.join('\n')}\n    ],\n    threshold: ${m.threshold},\n  },`
}
const doc = [
  `The learned entity check${kept.length > 0 ? ` (for ${retrained.join(', ')})` : ''}, fitted by \`eval/train-entity-model.ts\` on our gold entities of the development extraction batches ${batches.map((batch) => batch.name).join(', ')} (the ${articleCount} articles of them the cache held); each kind's threshold chosen leave-one-batch-out inside them.`,
  `Kinds without a check (${KINDS.filter((kind) => !judged.includes(kind)).join(', ') || 'none'}) keep every entity the rules find.`,
  provenance,
  'Generated: train again, never edit.',
]
const source = `import type { EntityModel } from './entity-model.ts'

/**
${doc
  .filter((paragraph) => paragraph !== '')
  .flatMap((paragraph) => wrap(paragraph, 117))
  .map((line) => ` * ${line}`)
  .join('\n')}
 */
export const ENTITY_WEIGHTS: EntityModel = {
${judged.map(kindSource).join('\n')}
}
`
writeFileSync(fileURLToPath(new URL('../src/extract/entity-weights.ts', import.meta.url)), source)
console.log(source)

/** The words of `text` in lines of at most `width` characters (a longer word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}
