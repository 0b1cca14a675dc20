import type { TermTable } from '../similarity/term-table.ts'
import type { ArticleSignals } from './signals.ts'

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
  /** Each lead names a person whose family name the other's words lack (one president's two calls). */
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
] as const

export const FEATURE_COUNT = PAIR_FEATURES.length

const DAY = 86_400_000
const GRACE_DAYS = 2
const MAX_DAYS = 14

/**
 * What a term is: a percentage's slot term (`%49`), a state's entity term, a year or another number, else a word
 * (as a lead participant: a person's family name).
 */
export type TermKind = (term: number) => 'share' | 'state' | 'year' | 'number' | 'word'

const YEAR_TERM = /^#(?:19|20)\d\d$/

/** The kinds of a term table's terms (`TermTable` names numbers `#digits`). */
export function termKind(table: TermTable): TermKind {
  return (term) => {
    const name = table.name(term)
    if (name.startsWith('%')) return 'share'
    if (name.startsWith('@')) return 'state'
    if (!name.startsWith('#')) return 'word'
    return YEAR_TERM.test(name) || name === '#2100' ? 'year' : 'number'
  }
}

/** Writes the features of a pair into `out` (length FEATURE_COUNT); `cosine` is their idf-weighted cosine. */
export function pairFeatures(
  a: ArticleSignals,
  b: ArticleSignals,
  cosine: number,
  kind: TermKind,
  idf: (term: number) => number,
  out: Float64Array,
): Float64Array {
  out[0] = cosine
  out[1] = cosine * cosine
  const dated = a.time !== null && b.time !== null
  out[2] = dated ? 0 : 1
  out[3] = dated ? Math.min(MAX_DAYS, Math.max(0, Math.abs(a.time! - b.time!) / DAY - GRACE_DAYS)) : 0
  out[4] = dated ? Math.log1p(Math.min(60, Math.abs(a.time! - b.time!) / DAY)) : 0
  const lackA = lacking(a, b, kind)
  const lackB = lacking(b, a, kind)
  out[5] = lackA & lackB & SHARE ? 1 : 0
  out[6] = lackA & lackB & PERSON ? 1 : 0
  out[7] = lackA & lackB & STATE ? 1 : 0
  const total = a.participants.length + b.participants.length
  out[8] = Math.max(-6, Math.log(cosine))
  out[9] = leadOverlap(a.lead, b.lead, idf)
  const numbersA = lackingNumbers(a, b, kind)
  const numbersB = lackingNumbers(b, a, kind)
  out[10] = numbersA & numbersB & YEAR ? 1 : 0
  out[11] = numbersA & numbersB & NUMBER ? 1 : 0
  out[12] = total === 0 ? 0 : (named(a, b) + named(b, a)) / total
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
    bits |= k === 'share' ? SHARE : k === 'state' ? STATE : PERSON
  }
  return bits
}

/** The kinds of numbers of `a`'s title and lead that `b`'s words lack, as bits. */
function lackingNumbers(a: ArticleSignals, b: ArticleSignals, kind: TermKind): number {
  let bits = 0
  for (const term of a.lead) {
    const k = kind(term)
    if (k !== 'year' && k !== 'number') continue
    if (!contains(b.terms, b.terms.length, term)) bits |= k === 'year' ? YEAR : NUMBER
  }
  return bits
}

function leadOverlap(a: Int32Array, b: Int32Array, idf: (term: number) => number): number {
  let both = 0
  let either = 0
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) either += idf(a[i++]!)
    else if (i >= a.length || b[j]! < a[i]!) either += idf(b[j++]!)
    else {
      const weight = idf(a[i]!)
      both += weight
      either += weight
      i++
      j++
    }
  }
  return either === 0 ? 0 : both / either
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
