// `pnpm --filter @marsad/core train:pairs`: fits the learned link weight of the story index (`src/cluster/pair-model.ts`)
// on the gold event labels of the development story corpora and writes `src/cluster/pair-weights.ts`; `--loo` prints
// the leave-one-corpus-out figures of the learned weight beside the hand-set factors instead; `--diagnose` prints where
// the shipped link loses pairs of one event (`eval/pair-diagnosis.ts`); `--costs [N]` the N events that cost each run
// most B³, how they were split or joined and the features of the strongest link across (`eval/story-costs.ts`);
// `--small` chooses a second pass for small groups (`SmallMerge`) and `--cohesion` the cohesion check of average link,
// leave-one-corpus-out; `--without <feature,…>` and `--easy <cosine>:<weight>` compare a fitting without those features,
// or with pairs under that cosine counting at that weight, with the plain one, leave-one-corpus-out (`Fitting`);
// `--groups` how the stories average link leaves apart look as wholes (`eval/group-diagnosis.ts`); `--passes
// [--each] [--folds a,b]` screens the pass over whole groups (`groupMerge`) leave-one-corpus-out (`variantLeaveOneOut`);
// `--corpora <fit half> --check <check half> [--without …]` fits on the first half alone and scores both (two halves).
import { basename } from 'node:path'
import { PAIR_FEATURES } from '../src/cluster/pair-features.ts'
import type { PairModel } from '../src/cluster/pair-model.ts'
import { PAIR_WEIGHTS } from '../src/cluster/pair-weights.ts'
import { CACHE_DIR, loadGold, readCached } from './cache.ts'
import { DEVELOPMENT_STORIES } from './development-batches.ts'
import { GROUP_BANDS, type GroupPair, groupPairs } from './group-diagnosis.ts'
import { BANDS, diagnoseRun } from './pair-diagnosis.ts'
import {
  cohesionLeaveOneOut,
  type Fitting,
  learnedLeaveOneOut,
  NEAR_THRESHOLDS,
  SMALL_MERGES,
  smallLeaveOneOut,
  storyF1,
  trainModel,
  type Variant,
  type VariantRow,
  variantLeaveOneOut,
} from './pair-loo.ts'
import { CLUSTERERS, leaveOneOut } from './stories-loo.ts'
import { costlyEvents } from './story-costs.ts'
import { type PairTally, runErrors } from './story-errors.ts'
import { parseCorpus } from './story-runs.ts'
import { refuseUnknownOptions } from './training-options.ts'
import { writeWeightsModule } from './weights-module.ts'
import './deployed-lists.ts'

refuseUnknownOptions(
  'train:pairs',
  [
    ...[
      '--corpora',
      '--check',
      '--without',
      '--easy',
      '--folds',
      '--diagnose',
      '--costs',
      '--errors',
      '--groups',
    ],
    ...['--passes', '--each', '--cohesion', '--small', '--loo'],
  ],
  'fits the link weight on every development story corpus and overwrites src/cluster/pair-weights.ts',
)

/** Development story corpora only: the batches being annotated are held out and never read here. */
export const DEVELOPMENT = DEVELOPMENT_STORIES

const items = (name: string) => {
  const gold = loadGold('stories', [name])[0]
  if (gold === undefined) throw new Error(`No story corpus named ${name}`)
  return gold.articles.flatMap((article) => {
    const text = readCached(article.id)
    return text === null ? [] : [{ gold: article, text }]
  })
}

// `--corpora a,b`: only those development corpora. A cache restored in part may lack a corpus's texts: such a corpus
// is named and left out, and training (which writes the shipped weights) refuses to run on fewer than all of them.
const chosen = process.argv.includes('--corpora')
  ? process.argv[process.argv.indexOf('--corpora') + 1]!.split(',')
  : DEVELOPMENT
for (const name of chosen)
  if (!(DEVELOPMENT as readonly string[]).includes(name))
    throw new Error(`${name} is no development story corpus`)
const present = chosen.map((name) => ({ name, items: items(name) }))
const corpora = present.filter((corpus) => corpus.items.length > 0)
const missing = present.filter((corpus) => corpus.items.length === 0).map((corpus) => corpus.name)
if (corpora.length === 0) {
  console.log('pair training skipped: the development story texts are not in the cache')
  process.exit(0)
}
if (missing.length > 0) console.error(`no cached text, left out: ${missing.join(', ')}`)
const parsed = corpora.map(({ name, items }) => parseCorpus(name, items))

/** The positions of the named pair features, for `Fitting.without`. */
function featurePositions(names: readonly string[]): number[] {
  return names.map((name) => {
    const k = PAIR_FEATURES.indexOf(name as (typeof PAIR_FEATURES)[number])
    if (k < 0) throw new Error(`No pair feature named ${name}`)
    return k
  })
}

const UNDATED = PAIR_FEATURES.indexOf('undated')

const option = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined

if (process.argv.includes('--diagnose')) {
  const f = (score: { f1: number; precision: number; recall: number }) =>
    `${score.f1.toFixed(3)} (${score.precision.toFixed(3)} / ${score.recall.toFixed(3)})`
  console.log(
    `| corpus, run | storiesOf | average link over every pair | link bands < ${BANDS.join(', ')}: pairs of one event (split by storiesOf); of two events (joined) |`,
  )
  console.log('| --- | --- | --- | --- |')
  for (const corpus of parsed)
    for (const run of corpus.runs) {
      const d = diagnoseRun(corpus, run)
      const bands = BANDS.map((_, k) => `${d.same[k]} (${d.split[k]}); ${d.other[k]} (${d.joined[k]})`)
      console.log(
        `| \`${d.corpus}\` ${d.dated ? 'dated' : 'undated'} | ${f(d.core)} | ${f(d.complete)} | ${bands.join(' · ')} |`,
      )
    }
  process.exit(0)
}

if (process.argv.includes('--costs')) {
  const count = Number(process.argv[process.argv.indexOf('--costs') + 1]) || 8
  // Gold ids (`stories-1-037`) rather than the hashes the articles are parsed under.
  const goldId = new Map(
    corpora.flatMap(({ items }) => items.map(({ gold }) => [gold.sha256.slice(0, 16), gold.id])),
  )
  const name = (id: string) => goldId.get(id) ?? id
  const reading = (link: { link: number; features: string } | null) =>
    link === null ? 'no term shared' : `${link.link.toFixed(2)}: ${link.features}`
  console.log(
    '| run | event | B³ cost (recall) | stories holding it: its articles; others joined | strongest link between its parts | strongest link to those joined |',
  )
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const corpus of parsed)
    for (const run of corpus.runs)
      for (const cost of costlyEvents(corpus, run, PAIR_WEIGHTS, count)) {
        if (cost.cost === 0) continue
        const parts = cost.parts.map(
          (part) =>
            part.members.map(name).join(' ') +
            (part.intruders.length === 0
              ? ''
              : `; ${part.intruders.map((i) => `${name(i.id)} (${i.event})`).join(' ')}`),
        )
        console.log(
          `| \`${corpus.name}\` ${run.dated ? 'dated' : 'undated'} | ${cost.event} | ${cost.cost.toFixed(2)} (${cost.recall.toFixed(2)}) | ${parts.join(' · ')} | ${cost.splits.map(reading).join(' · ')} | ${cost.joins.map(reading).join(' · ')} |`,
        )
      }
  process.exit(0)
}

if (process.argv.includes('--errors')) {
  // The shipped link's wrong pairs per run: split (one event, two stories) and merged (two events, one story).
  const cells = (t: PairTally) =>
    [
      t.pairs,
      t.noTerm,
      t.lowCosine,
      t.conflict,
      t.numberConflict,
      t.daysApart,
      t.undated,
      t.sharedQuote,
    ].join(' / ')
  console.log(
    '| corpus, run | events split · stories merging events | split pairs: all / no term / cosine < 0.15 / conflict / number conflict / days apart / undated / shared quote | merged pairs: the same |',
  )
  console.log('| --- | --- | --- | --- |')
  for (const corpus of parsed)
    for (const run of corpus.runs) {
      const e = runErrors(corpus, run, PAIR_WEIGHTS)
      console.log(
        `| \`${e.corpus}\` ${e.dated ? 'dated' : 'undated'} | ${e.splitEvents} · ${e.mergedStories} | ${cells(e.split)} | ${cells(e.merged)} |`,
      )
    }
  process.exit(0)
}

/** Prints a leave-one-corpus-out table of a plain run against a chosen mechanism, per held-out corpus and the mean. */
function printChoices(
  mechanism: string,
  rows: readonly {
    corpus: string
    plain: readonly number[]
    dated: number
    undated: number
    chosen: string
  }[],
): void {
  console.log(
    `| held-out corpus | dates given: plain → ${mechanism} | no dates: plain → ${mechanism} | ${mechanism} chosen |`,
  )
  console.log('| --- | --- | --- | --- |')
  const mean = (pick: (row: (typeof rows)[number]) => number) =>
    (rows.reduce((sum, row) => sum + pick(row), 0) / rows.length).toFixed(3)
  for (const row of rows)
    console.log(
      `| \`${row.corpus}\` | ${row.plain[0]!.toFixed(3)} → ${row.dated.toFixed(3)} | ${row.plain[1]!.toFixed(3)} → ${row.undated.toFixed(3)} | ${row.chosen} |`,
    )
  console.log(
    `| mean | ${mean((r) => r.plain[0]!)} → ${mean((r) => r.dated)} | ${mean((r) => r.plain[1]!)} → ${mean((r) => r.undated)} | |`,
  )
}

if (process.argv.includes('--groups')) {
  // Pairs of stories left apart, summed over every corpus and run: counts, and B³ weights (size products) in brackets.
  const all = parsed.flatMap((corpus) =>
    corpus.runs.flatMap((run) => groupPairs(corpus, run.articles, PAIR_WEIGHTS)),
  )
  const cell = (pairs: readonly GroupPair[], same: boolean) => {
    const kept = pairs.filter((pair) => pair.same === same)
    return `${kept.length} (${kept.reduce((sum, pair) => sum + pair.weight, 0)})`
  }
  console.log(
    '| centroid cosine | no conflict, days unknown or near: one event · two | some cross pairs in conflict (≤ a third) | more | days apart |',
  )
  console.log('| --- | --- | --- | --- | --- |')
  GROUP_BANDS.forEach((low, k) => {
    const high = GROUP_BANDS[k + 1] ?? 1
    const band = all.filter((pair) => pair.cosine >= low && pair.cosine < high)
    const near = band.filter((pair) => !pair.daysApart)
    const parts = [
      near.filter((pair) => pair.conflicts === 0),
      near.filter((pair) => pair.conflicts > 0 && pair.conflicts <= 1 / 3),
      near.filter((pair) => pair.conflicts > 1 / 3),
      band.filter((pair) => pair.daysApart),
    ]
    console.log(
      `| ${low}–${high} | ${parts.map((part) => `${cell(part, true)} · ${cell(part, false)}`).join(' | ')} |`,
    )
  })
  process.exit(0)
}

if (process.argv.includes('--check')) {
  // Two halves: the link fitted and thresholded on `--corpora` (the fit half) alone, scored on both halves beside the
  // shipped weights; with `--without <feature,…>`, also fitted without those features. Only the check half's figures
  // say whether a fitting generalises: the shipped weights were fitted on `stories-1`…`8`, whichever half they are in.
  const names = option('--check')!.split(',')
  for (const name of names)
    if (!(DEVELOPMENT as readonly string[]).includes(name))
      throw new Error(`${name} is no development story corpus`)
  const check = names
    .map((name) => ({ name, items: items(name) }))
    .filter((corpus) => corpus.items.length > 0)
    .map(({ name, items }) => parseCorpus(name, items))
  const dropped = option('--without')?.split(',')
  const models: [string, PairModel][] = [
    ['shipped', PAIR_WEIGHTS],
    ['fitted on the fit half, threshold alone', trainModel(parsed, { undatedShifts: [0] })],
    ['fitted on the fit half', trainModel(parsed)],
  ]
  if (dropped !== undefined)
    models.push([
      `fitted without ${dropped.join(', ')}`,
      trainModel(parsed, { without: featurePositions(dropped) }),
    ])
  console.log(
    `| corpus | ${models.map(([name, model]) => `${name} (threshold ${model.threshold}, undated ${model.weights[UNDATED]!.toFixed(2)})`).join(' | ')} |`,
  )
  console.log(`| --- |${' --- |'.repeat(models.length)}`)
  for (const [half, list] of [
    ['fit half', parsed],
    ['check half', check],
  ] as const) {
    // A cached corpus may hold one article or thirty: the mean over articles beside the mean over corpora.
    const sums = models.map(() => [0, 0])
    const pooled = models.map(() => [0, 0])
    const articles = list.reduce((sum, corpus) => sum + corpus.runs[0]!.articles.length, 0)
    for (const corpus of list) {
      const size = corpus.runs[0]!.articles.length
      const cells = models.map(([, model], m) => {
        const f1 = corpus.runs.map((run) => storyF1(run.articles, corpus.event, model))
        f1.forEach((value, k) => {
          sums[m]![k]! += value / list.length
          pooled[m]![k]! += (value * size) / articles
        })
        return f1.map((value) => value.toFixed(3)).join(' / ')
      })
      console.log(`| \`${corpus.name}\` (${size}) | ${cells.join(' | ')} |`)
    }
    const row = (label: string, means: number[][]) =>
      console.log(
        `| ${label} | ${means.map((mean) => mean.map((v) => v.toFixed(4)).join(' / ')).join(' | ')} |`,
      )
    row(`${half}, mean`, sums)
    row(`${half}, mean over its ${articles} articles`, pooled)
  }
  process.exit(0)
}

if (process.argv.includes('--passes')) {
  // Screening: each fold's threshold is the plain link's, the passes tried at it; a row is printed as its fold ends.
  const variants: Variant[] = [
    { name: 'none', options: { groupMerge: null } },
    ...[0.2, 0.25, 0.3].map((bar) => ({ name: `group merge at ${bar}`, options: { groupMerge: { bar } } })),
  ]
  const only = option('--folds')?.split(',')
  const folds = only === undefined ? parsed : parsed.filter((corpus) => only.includes(corpus.name))
  // `--each`: no choice among the passes, each one's figures at the plain threshold (the rows' `each`).
  const each = process.argv.includes('--each')
  const print = (row: VariantRow) => console.log(JSON.stringify(row))
  const rows = variantLeaveOneOut(
    parsed,
    each ? variants.slice(0, 1) : variants,
    false,
    print,
    folds,
    variants,
  )
  printChoices('pass', rows)
  process.exit(0)
}

if (process.argv.includes('--cohesion')) {
  printChoices('cohesion', cohesionLeaveOneOut(parsed))
  process.exit(0)
}

const without = option('--without')
const easy = option('--easy')
if (without !== undefined || easy !== undefined) {
  const fitting: Fitting = { thresholds: NEAR_THRESHOLDS }
  const described: string[] = []
  if (without !== undefined) {
    fitting.without = featurePositions(without.split(','))
    described.push(`without ${without}`)
  }
  if (easy !== undefined) {
    const [cosine, weight] = easy.split(':').map(Number)
    if (!(cosine! > 0 && weight! > 0)) throw new Error('Expected --easy <cosine>:<weight>, both above 0')
    fitting.weigh = (features) => (features[0]! < cosine! ? weight! : 1)
    described.push(`pairs under cosine ${cosine} at weight ${weight}`)
  }
  const plain = learnedLeaveOneOut(parsed, { thresholds: NEAR_THRESHOLDS })
  const variant = learnedLeaveOneOut(parsed, fitting)
  printChoices(
    'variant',
    variant.map((row, i) => ({
      corpus: row.corpus,
      plain: [plain[i]!.dated, plain[i]!.undated],
      dated: row.dated,
      undated: row.undated,
      chosen: `${described.join(', ')}: threshold ${row.threshold} (plain ${plain[i]!.threshold})`,
    })),
  )
  process.exit(0)
}

if (process.argv.includes('--small')) {
  // `--small mutual`, `--small plain` or `--small single`: only the passes of that kind (and none) to choose from.
  const kind = process.argv[process.argv.indexOf('--small') + 1] ?? 'all'
  const choices = SMALL_MERGES.filter(
    (small) =>
      small === undefined ||
      (kind === 'mutual' && small.mutual) ||
      (kind === 'plain' && !small.mutual) ||
      (kind === 'single' && small.size === 1) ||
      !['mutual', 'plain', 'single'].includes(kind),
  )
  printChoices('small pass', smallLeaveOneOut(parsed, choices))
  process.exit(0)
}

if (process.argv.includes('--loo')) {
  // The hand-set link with its threshold chosen on the other corpora, per mode, and the TF-IDF baseline at the
  // threshold the other corpora choose (it reads the texts alone: one run serves both modes), as `eval --loo` prints it.
  const clusterer = (name: string) => CLUSTERERS.find((c) => c.name === name)!
  const hand = [true, false].map((dated) =>
    leaveOneOut(corpora, clusterer('storiesOf, hand-set link'), dated),
  )
  const baseline = leaveOneOut(corpora, clusterer('TF-IDF average link (baseline)'), false)
  // The shipped weights beside each fold: in sample on the corpora they were trained on (their doc comment names them).
  const shipped = parsed.map((corpus) =>
    corpus.runs.map((run) => storyF1(run.articles, corpus.event, PAIR_WEIGHTS)),
  )
  console.log(
    '| held-out corpus | dates given: hand → learned (shipped) | no dates: hand → learned (shipped) | TF-IDF baseline | threshold (hand; learned; baseline) |',
  )
  console.log('| --- | --- | --- | --- | --- |')
  const mean = [0, 0, 0, 0, 0, 0, 0]
  // A row is printed as its fold ends: a fold fits and thresholds the link on every other corpus.
  learnedLeaveOneOut(parsed, {}, (row, i) => {
    const [d, u, b] = [hand[0]![i]!, hand[1]![i]!, baseline[i]!]
    const [sd, su] = shipped[i]!
    const part = [d.f1, row.dated, sd!, u.f1, row.undated, su!, b.f1]
    part.forEach((value, k) => {
      mean[k]! += value / parsed.length
    })
    console.log(
      `| \`${row.corpus}\` | ${d.f1.toFixed(3)} → ${row.dated.toFixed(3)} (${sd!.toFixed(3)}) | ${u.f1.toFixed(3)} → ${row.undated.toFixed(3)} (${su!.toFixed(3)}) | ${b.f1.toFixed(3)} | ${d.setting.threshold}, ${u.setting.threshold}; ${row.threshold}; ${b.setting.threshold} |`,
    )
  })
  const m = mean.map((value) => value.toFixed(3))
  console.log(`| mean | ${m[0]} → ${m[1]} (${m[2]}) | ${m[3]} → ${m[4]} (${m[5]}) | ${m[6]} | |`)
  process.exit(0)
}

// Weights are written only from every development corpus (no `--corpora`), of which a cache restored in part holds
// some: the doc comment names the corpora read and the cache they were read from.
if (chosen !== DEVELOPMENT)
  throw new Error(
    'training writes the shipped weights from every development corpus: no --corpora without --check',
  )
const model = trainModel(parsed)
const cache = basename(CACHE_DIR.replace(/\/+$/, ''))
writeWeightsModule(new URL('../src/cluster/pair-weights.ts', import.meta.url), {
  type: 'PairModel',
  from: './pair-model.ts',
  name: 'PAIR_WEIGHTS',
  doc: [
    'The learned link weight, fitted by `eval/train-pair-model.ts` on our gold event labels of every pair of articles',
    `that share a term, with dates given and without, in the development story corpora of the cache \`${cache}\`:`,
    `${corpora.map((corpus) => corpus.name).join(', ')} (${parsed.reduce((sum, corpus) => sum + corpus.runs[0]!.articles.length, 0)} articles; no text of ${missing.length} others).`,
    "The threshold and the shift of the `undated` weight (`UNDATED_SHIFTS`) give those corpora's best mean B³ F1.",
    'Generated: train again, never edit.',
  ],
  bias: model.bias,
  features: PAIR_FEATURES,
  weights: model.weights,
  digits: 6,
  rest: [`threshold: ${model.threshold}`],
})
