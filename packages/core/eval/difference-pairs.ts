import type { FactGroup } from '../src/compare/differences.ts'
import { comparedSpace } from '../src/compare/index.ts'
import { agree } from '../src/compare/quantities.ts'
import type { Mention } from '../src/compare/quantity-keys.ts'
import type { SentenceSpace } from '../src/compare/sentence-space.ts'
import {
  candidatePairs,
  chosenPairs,
  type ValuePair,
  type ValuePairModel,
} from '../src/compare/value-pairs.ts'
import { loadGold, readCached } from './cache.ts'
import { DEVELOPMENT_DIFFERENCES } from './development-batches.ts'
import { bothPresent, eventArticles, overlaps } from './differences.ts'
import type { DifferencesGold } from './gold-schema.ts'
import { fitLogistic } from './logistic.ts'

/** Development differences sets only: the sets being annotated are held out and never read here. */
export const DEVELOPMENT = DEVELOPMENT_DIFFERENCES

type Item = DifferencesGold['events'][number]['items'][number]

/** One event's candidate value pairs, the hand rules' conflicts, and its annotated number disagreements. */
export interface EventPairs {
  corpus: string
  event: string
  space: SentenceSpace
  facts: FactGroup[]
  pairs: ValuePair[]
  hand: { a: Mention; b: Mention }[]
  items: Item[]
  /** Per pair: whether it states an annotated disagreement (its values, or values of theirs that agree). */
  labels: number[]
}

/**
 * The candidate pairs of every event of the development differences sets (allow-listed), labelled; of those of them
 * `only` names, when given.
 */
export function loadEventPairs(only?: readonly string[]): EventPairs[] {
  const names = only === undefined ? DEVELOPMENT : DEVELOPMENT.filter((corpus) => only.includes(corpus))
  const sets = loadGold('differences', names)
  // Only the story corpora these sets are made of: the texts of held-out story corpora are never read.
  const sources = new Set(sets.map((gold) => gold.source))
  const stories = new Map(
    loadGold('stories', [...sources]).flatMap((corpus) =>
      corpus.articles.flatMap((gold) => {
        const text = readCached(gold.id)
        return text === null ? [] : [[gold.id, { gold, text }] as const]
      }),
    ),
  )
  return sets.flatMap((gold) =>
    gold.events.flatMap((event): EventPairs[] => {
      const articles = eventArticles(event, stories)
      if (articles.length < 2) return []
      const { space, facts } = comparedSpace(articles)
      const { hand, pairs } = candidatePairs(space, facts)
      const present = new Set(articles.map((article) => article.id))
      const items = event.items.filter((item) => item.kind === 'number' && bothPresent(item, present))
      const mentions = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))]
      const labels = pairs.map((pair) => (items.some((item) => states(space, mentions, pair, item)) ? 1 : 0))
      return [{ corpus: gold.corpus, event: event.event, space, facts, pairs, hand, items, labels }]
    }),
  )
}

export function span(space: SentenceSpace, m: Mention): { id: string; start: number; end: number } {
  const article = space.articles[m.article]!
  const start = article.sentences[m.sentence]!.start
  return { id: article.id, start: start + m.quantity.start, end: start + m.quantity.end }
}

/** The mention's span is the annotated value's, as the evaluation matches them. */
function at(space: SentenceSpace, m: Mention, value: Item['a']): boolean {
  const own = span(space, m)
  return own.id === value.id && overlaps(own, value)
}

function matches(space: SentenceSpace, pair: { a: Mention; b: Mention }, item: Item): boolean {
  return (
    (at(space, pair.a, item.a) && at(space, pair.b, item.b)) ||
    (at(space, pair.a, item.b) && at(space, pair.b, item.a))
  )
}

/** The pair states the item: its values or, in the same articles, values of the same cue that agree with them. */
export function states(
  space: SentenceSpace,
  mentions: readonly Mention[],
  pair: { a: Mention; b: Mention },
  item: Item,
): boolean {
  const like = (m: Mention, value: Item['a']) =>
    at(space, m, value) ||
    mentions.some(
      (o) =>
        o.article === m.article &&
        o.quantity.cue === m.quantity.cue &&
        at(space, o, value) &&
        agree(o.quantity, m.quantity),
    )
  return (like(pair.a, item.a) && like(pair.b, item.b)) || (like(pair.a, item.b) && like(pair.b, item.a))
}

export interface PairFigures {
  shown: number
  right: number
  /** Annotated number disagreements, not developing and all, and how many a shown pair covers. */
  numbers: { annotated: number; found: number }
  all: { annotated: number; found: number }
  wrong: string[]
  missed: string[]
}

/** Scores the number pairs a decision shows as the evaluation scores number differences. */
export function scorePairs(
  events: readonly EventPairs[],
  decide: (event: EventPairs) => { a: Mention; b: Mention }[],
): PairFigures {
  const figures: PairFigures = {
    shown: 0,
    right: 0,
    numbers: { annotated: 0, found: 0 },
    all: { annotated: 0, found: 0 },
    wrong: [],
    missed: [],
  }
  for (const event of events) {
    const covered = new Set<number>()
    for (const pair of decide(event)) {
      figures.shown++
      const index = event.items.findIndex((item) => matches(event.space, pair, item))
      if (index >= 0) {
        figures.right++
        covered.add(index)
      } else {
        const text = (m: Mention) => {
          const s = span(event.space, m)
          return `${s.id}:${event.space.articles[m.article]!.text.slice(s.start, s.end)}`
        }
        figures.wrong.push(`${event.event}: ${text(pair.a)} / ${text(pair.b)}`)
      }
    }
    event.items.forEach((item, i) => {
      figures.all.annotated++
      if (covered.has(i)) figures.all.found++
      if (item.developing) return
      figures.numbers.annotated++
      if (covered.has(i)) figures.numbers.found++
      else figures.missed.push(`${event.event}: ${item.subject} (${item.a.id} / ${item.b.id})`)
    })
  }
  return figures
}

export const handDecision = (event: EventPairs) => event.hand
/** Which candidate pairs the learned decision reads, and what it keeps of the hand rules. */
export type Mode = 'all' | 'tolls' | 'add' | 'add-tolls'

/**
 * The candidates a mode decides: every pair; the tolls; the pairs the hand rules do not show, tolls left out; the
 * tolls the hand rules do not show.
 */
export function decided(mode: Mode, pair: ValuePair): boolean {
  if (mode === 'all') return true
  if (mode === 'tolls') return pair.a.quantity.developing
  if (mode === 'add-tolls') return pair.a.quantity.developing && pair.features[0] === 0
  return !pair.a.quantity.developing && pair.features[0] === 0
}

export const learnedDecision = (model: ValuePairModel, mode: Mode) => (event: EventPairs) => {
  const chosen = chosenPairs(
    event.pairs.filter((pair) => decided(mode, pair)),
    model,
  )
  if (mode === 'all') return chosen
  const kept = event.hand.filter(({ a }) => (mode === 'tolls' ? !a.quantity.developing : true))
  return [...kept, ...chosen]
}

const THRESHOLDS = Array.from({ length: 17 }, (_, i) => 0.1 + i * 0.05)
/** The precision the pairs a model decides must keep on the training sets; the most found within it wins. */
const PRECISION = 0.9

/**
 * Fits the decision of a mode on the events' labelled pairs and chooses its threshold: the one that finds the most
 * annotated disagreements while the pairs it decides keep a precision of 0.9 on those events. When no threshold finds
 * one at that precision the decision adds nothing (threshold `Infinity`), rather than the most at any precision.
 */
export function trainDecision(events: readonly EventPairs[], mode: Mode): ValuePairModel {
  const rows = events.flatMap((event) =>
    event.pairs.flatMap((pair, i) => (decided(mode, pair) ? [{ pair, label: event.labels[i]! }] : [])),
  )
  const fitted = fitLogistic({
    features: rows.map(({ pair }) => pair.features),
    labels: rows.map(({ label }) => label),
  })
  const scored = THRESHOLDS.map((threshold) => {
    const model = { ...fitted, threshold }
    // The pairs the model decides must hold the precision on their own, not on the back of the rules' pairs.
    const own = (event: EventPairs) =>
      chosenPairs(
        event.pairs.filter((pair) => decided(mode, pair)),
        model,
      )
    return { threshold, figures: scorePairs(events, own) }
  })
  const precise = scored.filter(({ figures }) => figures.all.found > 0 && pairPrecision(figures) >= PRECISION)
  if (precise.length === 0) return { ...fitted, threshold: Number.POSITIVE_INFINITY }
  const best = precise.reduce((x, y) =>
    y.figures.all.found > x.figures.all.found ||
    (y.figures.all.found === x.figures.all.found && pairPrecision(y.figures) > pairPrecision(x.figures))
      ? y
      : x,
  )
  return { ...fitted, threshold: Number(best.threshold.toFixed(2)) }
}

export const pairPrecision = (f: PairFigures) => (f.shown === 0 ? 1 : f.right / f.shown)

/** A table cell of number pairs: shown, right, precision, not-developing number disagreements found. */
export const pairCell = (f: PairFigures): string =>
  `${f.shown}, ${f.right}, ${pairPrecision(f).toFixed(3)}, ${f.numbers.found}/${f.numbers.annotated}`

/**
 * The rules' number conflicts of every event at each setting of a grid, computed once: `at(i)` decides an event's
 * pairs as the rules do at the grid's `i`th setting.
 */
export function conflictGrid<T>(
  events: readonly EventPairs[],
  grid: readonly T[],
  conflictsAt: (event: EventPairs, setting: T) => { a: Mention; b: Mention }[],
): (i: number) => (event: EventPairs) => { a: Mention; b: Mention }[] {
  const conflicts = new Map(
    events.map((event) => [event, grid.map((setting) => conflictsAt(event, setting))]),
  )
  return (i) => (event) => conflicts.get(event)![i]!
}
