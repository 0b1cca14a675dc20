// `pnpm --filter @marsad/core eval:speaker-choice --only real-1,real-3 [--score real-2,real-4]`: whether a learned scorer could choose
// the speaker of a quote better than the rules, among the entities the rules' pronoun reach could give it. For every
// quote found and matched to a gold quote with a speaker, the candidates are the entities mentioned from three
// sentences before the quote's (`PRONOUN_REACH` of `reports.ts` and `speech-candidates.ts`) to the end of the
// sentence it ends in, and the entity the rules chose wherever it is. Prints how often the gold speaker is among
// them (the most any choice can reach), how often the rules' choice is right, and a logistic ranker's: fitted
// leave-one-batch-out on `--only`, and fitted on all of `--only` for the batches of `--score`. Figures only; no text.
import { ENTITY_WEIGHTS } from '../src/extract/entity-weights.ts'
import { extractWith } from '../src/extract/index.ts'
import { WordFlag } from '../src/extract/word-flags.ts'
import { logisticProbability } from '../src/learned/logistic-probability.ts'
import type { Entity, Quote } from '../src/model/extraction.ts'
import { key, sameQuote } from '../test/extraction/score.ts'
import {
  DEVELOPMENT_EXTRACTION,
  type DevelopmentItem,
  developmentBatches,
  extractionInput,
} from './development-batches.ts'
import { fitLogistic } from './logistic.ts'
import { refuseUnknownOptions } from './training-options.ts'
import './deployed-lists.ts'

refuseUnknownOptions(
  'eval:speaker-choice',
  ['--only', '--score', '--without-rules', '--l2'],
  'reads no batch',
)

const REACH = 3
/** `--without-rules`: the ranker does not see which candidate the rules chose (a scorer in their place). */
const WITHOUT_RULES = process.argv.includes('--without-rules')
const FEATURES = [
  'the rules chose it',
  'log characters to the quote',
  'in the quote sentence',
  'named after the quote',
  'sentences back',
  'person',
  'body or outlet',
  'place',
  'log mentions in the article',
  'has a role',
  'a mention next to a verb of saying',
  'first of its kind in the article',
  'nearest candidate',
  'no entity', // the rules' speaker as the text words it, with no entity (a statement, an unnamed source)
] as const

interface Candidate {
  features: number[]
  label: number
}
interface Choice {
  candidates: Candidate[]
  /** The rules' speaker is right (as the scorer reads it). */
  rules: boolean
  kind: Quote['kind']
  /** The rules gave no speaker; the gold gives none. */
  none: boolean
  goldNone: boolean
}

function names(entity: Entity): Set<string> {
  return new Set([entity.name, ...entity.aliases, ...entity.roles].map(key))
}

function choicesOf({ gold, text }: DevelopmentItem): Choice[] {
  const input = extractionInput({ gold, text })
  const { extraction, words } = extractWith(input, ENTITY_WEIGHTS)
  const sentences = input.sentences
  const sentenceOf = (offset: number) => {
    let s = 0
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= offset) s++
    return s
  }
  const wordAt = (offset: number) => {
    let lo = 0
    let hi = words.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (words[mid]!.start <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const saying = (w: number) => {
    const word = words[w]
    return word !== undefined && (word.flags & (WordFlag.ReportingForm | WordFlag.CueFirst)) !== 0
  }
  const entities = extraction.entities
  const firstOfKind = new Set<string>()
  for (const kind of ['person', 'organization', 'location', 'media'])
    entities
      .filter((e) => e.kind === kind && e.mentions.length > 0)
      .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
      .slice(0, 1)
      .forEach((e) => {
        firstOfKind.add(e.id)
      })
  const out: Choice[] = []
  const used = new Set<Quote>()
  for (const expected of gold.quotes) {
    const wanted = text.slice(expected.start, expected.end)
    const match = extraction.quotes.find(
      (q) => q.kind === expected.kind && !used.has(q) && sameQuote(q.kind, q.text, wanted),
    )
    if (!match) continue
    used.add(match)
    const goldNames = new Set((expected.speaker ?? []).map(key))
    const rightEntity = (e: Entity) => [...names(e)].some((n) => goldNames.has(n))
    const ruleEntity = match.speaker?.entity
      ? entities.find((e) => e.id === match.speaker!.entity)
      : undefined
    const rules =
      expected.speaker === null
        ? match.speaker === null
        : match.speaker !== null &&
          (goldNames.has(key(match.speaker.name)) || (ruleEntity !== undefined && rightEntity(ruleEntity)))
    const qs = sentenceOf(match.start)
    const from = sentences[Math.max(0, qs - REACH)]!.start
    const to = sentences[sentenceOf(Math.max(match.start, match.end - 1))]!.end
    const inReach = entities.filter(
      (e) => e === ruleEntity || e.mentions.some((m) => m.start >= from && m.start < to),
    )
    let nearest = Number.POSITIVE_INFINITY
    const rows = inReach.map((e) => {
      const near = e.mentions.filter((m) => m.start >= from && m.start < to)
      const distance = Math.min(
        ...near.map((m) =>
          m.end <= match.start ? match.start - m.end : m.start >= match.end ? m.start - match.end : 0,
        ),
        1e5,
      )
      nearest = Math.min(nearest, distance)
      const before = near.filter((m) => m.end <= match.start)
      const back = before.length > 0 ? qs - sentenceOf(before.at(-1)!.start) : 0
      const f = new Array<number>(FEATURES.length).fill(0)
      f[0] = e === ruleEntity && !WITHOUT_RULES ? 1 : 0
      f[1] = Math.log1p(distance)
      f[2] = near.some((m) => sentenceOf(m.start) === qs) ? 1 : 0
      f[3] = near.length > 0 && before.length === 0 ? 1 : 0
      f[4] = Math.min(back, REACH) / REACH
      f[5] = e.kind === 'person' ? 1 : 0
      f[6] = e.kind === 'organization' || e.kind === 'media' ? 1 : 0
      f[7] = e.kind === 'location' ? 1 : 0
      f[8] = Math.log1p(e.mentions.length)
      f[9] = e.roles.length > 0 ? 1 : 0
      f[10] = near.some((m) => {
        const w = wordAt(m.start)
        const last = wordAt(Math.max(m.start, m.end - 1))
        return saying(w - 1) || saying(last + 1)
      })
        ? 1
        : 0
      f[11] = firstOfKind.has(e.id) ? 1 : 0
      // The scorer also takes the speaker's name as the rules worded it (a role for the entity's name).
      return { features: f, label: rightEntity(e) || (e === ruleEntity && rules) ? 1 : 0, distance }
    })
    for (const row of rows) row.features[12] = row.distance === nearest ? 1 : 0
    if (match.speaker !== null && ruleEntity === undefined) {
      const f = new Array<number>(FEATURES.length).fill(0)
      f[0] = WITHOUT_RULES ? 0 : 1
      f[13] = 1
      rows.push({ features: f, label: rules ? 1 : 0, distance: 0 })
    }
    out.push({
      candidates: rows.map(({ features, label }) => ({ features, label })),
      rules,
      kind: expected.kind,
      none: match.speaker === null,
      goldNone: expected.speaker === null,
    })
  }
  return out
}

function namedBatches(option: string): (typeof DEVELOPMENT_EXTRACTION)[number][] | null {
  const at = process.argv.indexOf(option)
  if (at < 0) return null
  const list = process.argv[at + 1]?.split(',') ?? []
  for (const name of list)
    if (!(DEVELOPMENT_EXTRACTION as readonly string[]).includes(name))
      throw new Error(`${name}: not a development batch`)
  return list as (typeof DEVELOPMENT_EXTRACTION)[number][]
}

const parse = (list: (typeof DEVELOPMENT_EXTRACTION)[number][]) =>
  developmentBatches(list, 'speaker choice', true).map(({ name, items }) => ({
    name,
    choices: items.flatMap(choicesOf),
  }))

type Model = ReturnType<typeof fitLogistic>
const fit = (choices: readonly Choice[], l2: number): Model => {
  const rows = choices.flatMap((c) => c.candidates)
  return fitLogistic({ features: rows.map((r) => r.features), labels: rows.map((r) => r.label) }, { l2 })
}
const MARGINS = [0, 0.3]
let margin = 0
/** A quote the rules gave no speaker takes the best candidate at or over this (above 1: never). */
const FILLS = [2, 0.3, 0.5, 0.7]
let fill = 2
/**
 * Whether `model`'s choice is right: the rules' choice unless another candidate's probability passes it by `margin`,
 * the rules' when it has no candidate.
 */
const learnedRight = (model: Model, c: Choice) => {
  if (c.candidates.length === 0) return c.rules
  if (c.none) {
    const best = Math.max(
      ...c.candidates.map((row) => logisticProbability(model, row.features, FEATURES.length, 'speaker')),
    )
    if (best < fill) return c.rules
  }
  const p = c.candidates.map((row) => logisticProbability(model, row.features, FEATURES.length, 'speaker'))
  const ruled = WITHOUT_RULES ? -1 : c.candidates.findIndex((row) => row.features[0] === 1)
  let best = ruled
  c.candidates.forEach((_, i) => {
    const bar = best < 0 ? -1 : p[best]! + (best === ruled ? margin : 0)
    if (p[i]! > bar) best = i
  })
  return best < 0 ? c.rules : c.candidates[best]!.label === 1
}

function report(label: string, choices: readonly Choice[], right: (c: Choice) => boolean) {
  for (const kind of ['direct', 'indirect'] as const) {
    const of = choices.filter((c) => c.kind === kind)
    const none = of.filter((c) => c.none).length
    const goldNone = of.filter((c) => c.goldNone).length
    const reachable = of.filter((c) => c.candidates.some((r) => r.label === 1)).length
    const fixable = of.filter((c) => !c.rules && c.candidates.some((r) => r.label === 1)).length
    const rules = of.filter((c) => c.rules).length
    const learned = of.filter(right).length
    console.log(
      `| ${label} | ${kind} | ${of.length} | ${reachable} | ${of.length - rules} | ${fixable} | ${rules} | ${learned} | ${(of.reduce((n, c) => n + c.candidates.length, 0) / Math.max(1, of.length)).toFixed(1)} | ${none} | ${goldNone} |`,
    )
  }
}

const fitNames = namedBatches('--only') ?? []
const fitBatches = parse(fitNames)
const l2 = Number(process.argv[process.argv.indexOf('--l2') + 1] ?? 1) || 1
console.log(
  '| batches | quotes | matched | gold speaker among the candidates | rules wrong | of them, gold among the candidates | rules right | learned right | candidates a quote | rules gave none | gold gives none |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
const model = fit(
  fitBatches.flatMap((b) => b.choices),
  l2,
)
const scored = namedBatches('--score')
const scoredChoices = scored ? parse(scored).flatMap((b) => b.choices) : []
for (const [m, t] of MARGINS.flatMap((m) => FILLS.map((t) => [m, t] as const))) {
  margin = m
  fill = t
  const looRight = new Map<Choice, boolean>()
  for (const held of fitBatches) {
    const inner = fit(
      fitBatches.filter((b) => b !== held).flatMap((b) => b.choices),
      l2,
    )
    for (const c of held.choices) looRight.set(c, learnedRight(inner, c))
  }
  report(
    `fit, leave one batch out, margin ${m}, fill ${t}`,
    fitBatches.flatMap((b) => b.choices),
    (c) => looRight.get(c)!,
  )
  if (scored) report(`scored, margin ${m}, fill ${t}`, scoredChoices, (c) => learnedRight(model, c))
}
console.log(`\nweights fitted on the fit batches (l2 ${l2}): bias ${model.bias.toFixed(3)}`)
FEATURES.forEach((name, i) => {
  console.log(`  ${name}: ${model.weights[i]!.toFixed(3)}`)
})
