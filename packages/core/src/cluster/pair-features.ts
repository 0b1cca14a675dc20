import type { TermTable } from '../similarity/term-table.ts'
import { editionsApart } from './edition-marks.ts'
import { kindsApart } from './event-kinds.ts'
import { resultsApart } from './match-results.ts'
import type { ArticleSignals } from './signals.ts'
import { monthsApart, weekdaysApart } from './time-words.ts'

/**
 * What two articles share or contradict, as the story index can read it from their signals at no extra cost: the
 * inputs of the learned link weight (`pair-model.ts`). Order matters: the shipped weights follow it.
 */
export const PAIR_FEATURES = [
  /** TF-IDF cosine of the two articles' weighted term bags. */
  'cosine',
  /** Its square: lets the weight rise faster than linearly near identical texts. */
  'cosine²',
  /** 1 when either article has no known time (no publication date, no day of its own). */
  'undated',
  /** Days between the two times beyond two (a story's news cycle), capped at 14; 0 when either is undated. */
  'days apart',
  /** Log of 1 + the days between the two times (up to 60); 0 when either is undated: a day apart matters more early. */
  'log days apart',
  /** Each lead states a percentage the other never states (two counts of one election). */
  'share conflict',
  /**
   * Each lead names a person whose family name the other's words lack (one president's two calls), or a person of
   * the other's family under another given name (`namesakesApart`: two presidents of one family).
   */
  'person conflict',
  /** Each lead names a state the other never names (one team's two opponents). */
  'state conflict',
  /** Log of the cosine (at least −6): separates the low similarities that the cosine itself crowds near 0. */
  'log cosine',
  /** Idf-weighted Jaccard of the content terms of the two titles and leads. */
  'lead overlap',
  /** Each lead states a year (1900–2100) the other's words lack: one event and its anniversary or next edition. */
  'year conflict',
  /** Each lead states another number the other's words lack: another score, toll or amount. */
  'number conflict',
  /** Share of the lead participants (people, states, percentages) of either article that the other names. */
  'participants shared',
  /**
   * Either article is undated and both leads name the weekday of their news, none in common (`weekdaysApart`): two
   * matches, two rounds of one vote; a dated lead that names none has its date's day and the day before
   * (`withDayOf`). Two dated articles have their days apart instead. A lead telling a running toll
   * (`tellsRunningCount`) names the day of its update, not of its event: no conflict.
   */
  'weekday conflict',
  /** Either article is undated and both leads name a month, none in common: one summit and the next. */
  'month conflict',
  /** Each first sentence names a city the other's words lack: a visit to one capital and the return visit. */
  'place conflict',
  /**
   * Both leads name the edition, round or year of their event, none in common (`editionsApart`): the same
   * teams' finals of two years, two rounds of one league.
   */
  'edition conflict',
  /** Both leads state a match's result, none in common (`resultsApart`): a final's two legs, a semi-final and the final. */
  'result conflict',
  /** Both first sentences name where a visit goes (`إلى أنقرة`), two cities: a visit and the return visit. */
  'destination conflict',
  /**
   * Both leads tell a step of one process, not the same step (`kindsApart`): a rate's cut and its hold, an election's
   * result and the oath.
   */
  'kind conflict',
] as const

export const FEATURE_COUNT = PAIR_FEATURES.length
const SHARE_CONFLICT = PAIR_FEATURES.indexOf('share conflict')
const PERSON_CONFLICT_FEATURE = PAIR_FEATURES.indexOf('person conflict')
const STATE_CONFLICT_FEATURE = PAIR_FEATURES.indexOf('state conflict')
const PLACE_CONFLICT_FEATURE = PAIR_FEATURES.indexOf('place conflict')
const WEEKDAY_CONFLICT_FEATURE = PAIR_FEATURES.indexOf('weekday conflict')
const EDITION_CONFLICT_FEATURE = PAIR_FEATURES.indexOf('edition conflict')
const RESULT_CONFLICT_FEATURE = PAIR_FEATURES.indexOf('result conflict')
const DESTINATION_CONFLICT_FEATURE = PAIR_FEATURES.indexOf('destination conflict')
const KIND_CONFLICT_FEATURE = PAIR_FEATURES.indexOf('kind conflict')

/**
 * Factors for a pair of articles of which each names in its first sentence a participant the other's words lack: a
 * person (by family name: a president's call with one leader, then with another, the same day) or a state (one
 * team's matches against two opponents), or a city (a visit to Ankara and the return visit to Cairo of the same two
 * presidents). A state and a city weigh less: leads name a host or a neighbour in passing.
 */
const PERSON_CONFLICT = 0.2
const STATE_CONFLICT = 0.3
const PLACE_CONFLICT = 0.3
/**
 * Leads of which one is undated that name the weekday of their news, none in common: two matches of one club, two
 * rounds of one vote (round 12: the learned weight alone let two matches of the same teams merge). One event's
 * reports name different days too (an attack at night and its claim the next day, a result and the report of the
 * day after): at 0.3 they parted more of those (round 20, two halves), at 0.8 the undated reports of an actor's next
 * step, a week or a month on, stayed one story (round 39: 0.4 raised both halves of the restored corpora).
 */
const WEEKDAY_CONFLICT = 0.4
/** Leads naming two editions, rounds or years of one recurring event (round 15). */
const EDITION_CONFLICT = 0.3
/**
 * Leads stating two results of a match (a final's two legs, a semi-final and the final of the same side), and first
 * sentences sending a visit to two cities (a visit and the return visit of the same two leaders) (round 16).
 */
const RESULT_CONFLICT = 0.3
const DESTINATION_CONFLICT = 0.3
/** Leads telling two steps of one process between the same actors (round 37). */
const KIND_CONFLICT = 0.3
/** The story index's default factor for two leads that each state a percentage the other never states. */
export const SHARE_CONFLICT_FACTOR = 0.3

const NUMBER_CONFLICT_FEATURE = PAIR_FEATURES.indexOf('number conflict')

/**
 * Whether a pair's features bar its two articles from one story when whole groups are merged (`GroupMerge`): a
 * conflict of `conflictFactor`, or each lead stating a number the other's words lack (another toll, magnitude, score:
 * a quake and the next one, a toll and the next day's).
 */
export function barsGroupMerge(features: Float64Array): boolean {
  return conflictFactor(features) < 1 || features[NUMBER_CONFLICT_FEATURE] === 1
}

/**
 * What the story index multiplies a pair's link by for the participant conflicts among its `features` (hand-set:
 * learned from the development labels alone they are too mild to keep the confusable pairs apart).
 */
export function conflictFactor(features: Float64Array, share = SHARE_CONFLICT_FACTOR): number {
  let factor = features[SHARE_CONFLICT] === 1 ? share : 1
  if (features[PERSON_CONFLICT_FEATURE] === 1) factor *= PERSON_CONFLICT
  if (features[STATE_CONFLICT_FEATURE] === 1) factor *= STATE_CONFLICT
  if (features[PLACE_CONFLICT_FEATURE] === 1) factor *= PLACE_CONFLICT
  if (features[WEEKDAY_CONFLICT_FEATURE] === 1) factor *= WEEKDAY_CONFLICT
  if (features[EDITION_CONFLICT_FEATURE] === 1) factor *= EDITION_CONFLICT
  if (features[RESULT_CONFLICT_FEATURE] === 1) factor *= RESULT_CONFLICT
  if (features[DESTINATION_CONFLICT_FEATURE] === 1) factor *= DESTINATION_CONFLICT
  if (features[KIND_CONFLICT_FEATURE] === 1) factor *= KIND_CONFLICT
  return factor
}

const DAY = 86_400_000
const GRACE_DAYS = 2
const MAX_DAYS = 14

/**
 * What a term is: a percentage's slot term (`%49`), a state's entity term, a year or another number, else a word
 * (as a lead participant: a person's family name).
 */
export type TermKind = (term: number) => 'share' | 'state' | 'year' | 'number' | 'word'

const YEAR_TERM = /^#(?:19|20)\d\d$/

const KINDS = ['share', 'state', 'year', 'number', 'word'] as const

/** The kinds of a term table's terms (`TermTable` names numbers `#digits`), each read once from its name. */
export function termKind(table: TermTable): TermKind {
  const known: number[] = []
  const read = (name: string): number => {
    if (name.startsWith('%')) return 0
    if (name.startsWith('@')) return 1
    if (!name.startsWith('#')) return 4
    return YEAR_TERM.test(name) || name === '#2100' ? 2 : 3
  }
  return (term) => {
    let kind = known[term]
    if (kind === undefined) {
      kind = read(table.name(term))
      known[term] = kind
    }
    return KINDS[kind]!
  }
}

/**
 * The features the cosine and the two times decide, cheap beside the rest: `pairCeiling` bounds a pair's link from
 * them before the others are read.
 */
const TIME_FEATURES: readonly (typeof PAIR_FEATURES)[number][] = [
  'cosine',
  'cosine²',
  'undated',
  'days apart',
  'log days apart',
  'log cosine',
]
/** Per feature, whether it lies in [0, 1] and is written after the time features (see `timeFeatures`). */
export const BOUNDED_FEATURES: readonly boolean[] = PAIR_FEATURES.map((name) => !TIME_FEATURES.includes(name))

/** Writes the features of `TIME_FEATURES` into `out`; answers whether both articles are dated. */
export function timeFeatures(
  a: ArticleSignals,
  b: ArticleSignals,
  cosine: number,
  out: Float64Array,
): boolean {
  out[0] = cosine
  out[1] = cosine * cosine
  const dated = a.time !== null && b.time !== null
  out[2] = dated ? 0 : 1
  out[3] = dated ? Math.min(MAX_DAYS, Math.max(0, Math.abs(a.time! - b.time!) / DAY - GRACE_DAYS)) : 0
  out[4] = dated ? Math.log1p(Math.min(60, Math.abs(a.time! - b.time!) / DAY)) : 0
  out[8] = Math.max(-6, Math.log(cosine))
  return dated
}

/**
 * Writes the features of a pair into `out` (length FEATURE_COUNT); `cosine` is their idf-weighted cosine, `leads`
 * the `leadWeight` of each.
 */
export function pairFeatures(
  a: ArticleSignals,
  b: ArticleSignals,
  cosine: number,
  kind: TermKind,
  idf: (term: number) => number,
  leads: readonly [number, number],
  out: Float64Array,
): Float64Array {
  const dated = timeFeatures(a, b, cosine, out)
  const lackA = lacking(a, b, kind)
  const lackB = lacking(b, a, kind)
  out[5] = lackA & lackB & SHARE ? 1 : 0
  out[6] = (lackA & lackB & PERSON) !== 0 || namesakesApart(a, b) ? 1 : 0
  out[7] = lackA & lackB & STATE ? 1 : 0
  const total = a.participants.length + b.participants.length
  out[9] = leadOverlap(a.lead, b.lead, idf, leads[0] + leads[1])
  const numbersA = lackingNumbers(a, b, kind)
  const numbersB = lackingNumbers(b, a, kind)
  out[10] = numbersA & numbersB & YEAR ? 1 : 0
  out[11] = numbersA & numbersB & NUMBER ? 1 : 0
  out[12] = total === 0 ? 0 : (named(a, b) + named(b, a)) / total
  out[13] = !dated && !a.running && !b.running && weekdaysApart(a.timeWords, b.timeWords) ? 1 : 0
  out[14] = !dated && monthsApart(a.timeWords, b.timeWords) ? 1 : 0
  out[15] = lacksPlace(a, b) && lacksPlace(b, a) ? 1 : 0
  out[16] = editionsApart(a.editions, b.editions) ? 1 : 0
  out[17] = resultsApart(a.results, b.results) ? 1 : 0
  out[18] = a.destination >= 0 && b.destination >= 0 && a.destination !== b.destination ? 1 : 0
  out[19] = kindsApart(a.kinds, b.kinds) ? 1 : 0
  return out
}

const SHARE = 1
const PERSON = 2
const STATE = 4
const YEAR = 8
const NUMBER = 16

/** The kinds of `a`'s lead participants that `b`'s words lack, as bits. */
function lacking(a: ArticleSignals, b: ArticleSignals, kind: TermKind): number {
  let bits = 0
  for (const term of a.participants) {
    if (contains(b.terms, b.terms.length, term)) continue
    const k = kind(term)
    if (k === 'word' && spelledAlike(a.spellings, b.spellings, term)) continue
    bits |= k === 'share' ? SHARE : k === 'state' ? STATE : PERSON
  }
  return bits
}

/** The kinds of numbers of `a`'s title and lead that `b`'s words lack, as bits. */
function lackingNumbers(a: ArticleSignals, b: ArticleSignals, kind: TermKind): number {
  let bits = 0
  for (const term of a.leadNumbers) {
    if (!contains(b.terms, b.terms.length, term)) bits |= kind(term) === 'year' ? YEAR : NUMBER
  }
  return bits
}

/** Whether `b` names `a`'s person of family `term` under the same given name, the family name spelt otherwise. */
function spelledAlike(a: Int32Array, b: Int32Array, term: number): boolean {
  for (let i = 0; i < a.length; i += 2) {
    if (a[i] !== term) continue
    for (let j = 1; j < b.length; j += 2) if (b[j] === a[i + 1]) return true
  }
  return false
}

/**
 * Each first sentence names a person of one family, under two given names neither's words hold (سمير حداد، كريم
 * حداد): two people, as two family names would be.
 */
function namesakesApart(a: ArticleSignals, b: ArticleSignals): boolean {
  const x = a.namesakes
  const y = b.namesakes
  for (let i = 0; i < x.length; i += 2)
    for (let j = 0; j < y.length; j += 2)
      if (
        x[i] === y[j] &&
        x[i + 1] !== y[j + 1] &&
        !contains(b.terms, b.terms.length, x[i + 1]!) &&
        !contains(a.terms, a.terms.length, y[j + 1]!)
      )
        return true
  return false
}

function lacksPlace(a: ArticleSignals, b: ArticleSignals): boolean {
  for (const term of a.places) if (!contains(b.terms, b.terms.length, term)) return true
  return false
}

function leadOverlap(a: Int32Array, b: Int32Array, idf: (term: number) => number, total: number): number {
  let both = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++
    else if (b[j]! < a[i]!) j++
    else {
      both += idf(a[i]!)
      i++
      j++
    }
  }
  const either = total - both
  return either <= 0 ? 0 : both / either
}

/** The idf weight of an article's title and lead terms, which `pairFeatures` takes from its caller's cache. */
export function leadWeight(signals: ArticleSignals, idf: (term: number) => number): number {
  let sum = 0
  for (const term of signals.lead) sum += idf(term)
  return sum
}

function named(a: ArticleSignals, b: ArticleSignals): number {
  let count = 0
  for (const term of a.participants) if (contains(b.terms, b.terms.length, term)) count++
  return count
}

/** Binary search in the first `length` entries of an ascending list of term ids. */
export function contains(terms: Int32Array, length: number, term: number): boolean {
  let low = 0
  let high = length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const value = terms[middle]!
    if (value === term) return true
    if (value < term) low = middle + 1
    else high = middle - 1
  }
  return false
}
