import { bareYearWordSet, dualYearWordSet, yearPrepositionSet } from '../lang/ar/compiled-cues.ts'
/** Years (عام 2024، في 1991), and the years that name a document or a plan rather than a time of the news. */

import { deadlineCues, documentCues, planCues } from '../lang/ar/calendar.ts'
import { AND, type DateMatch, periodPartSet, YEAR_DIGITS, YEAR_VALUE } from './date-words.ts'
import { norm, periodOfYearSet as PERIODS_OF_YEAR, yearWordSet as YEAR_WORDS } from './lexicon.ts'
import { joined, type Scan } from './scan.ts'
import { isCalendarWord, isFunctionWord, isVerb, looksVerbal } from './word-classes.ts'
import { rawCut, type Word } from './words.ts'

/** عام 2024، العام 1990، سنة 2011، 1446 هـ. */
export function yearDate(scan: Scan, i: number): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  if (word.number && YEAR_DIGITS.test(word.digits)) {
    const marker = words[i + 1]
    if (marker && joined(words, i + 1) && (marker.norm === 'ه' || marker.norm === 'هـ')) {
      return { first: i, last: i + 1, kind: 'absolute', calendar: 'hijri' }
    }
    // في 1991، منذ 2015: a year of our times alone after a preposition of time.
    const before = words[i - 1]
    const year = Number(word.digits)
    if (year < BARE_YEAR_MIN || year > BARE_YEAR_MAX) return undefined
    const afterPreposition = before !== undefined && joined(words, i) && yearPrepositionSet.has(before.norm)
    if (!afterPreposition && !secondOfTwoYears(scan, i)) return undefined
    if (countedNounAfter(scan, i)) return undefined
    return { first: i, last: i, kind: 'absolute', calendar: 'gregorian', value: word.digits }
  }
  if (!(isYearWord(word) || isPeriodOfYear(word)) || !joined(words, i + 1)) return undefined
  const next = words[i + 1]!
  if (!next.number || !YEAR_DIGITS.test(next.digits)) return undefined
  const year = Number(next.digits)
  if (year < 1000 || year > 2200) return undefined
  // عام 2024م: the era's letter belongs to the year (a hijri هـ is not taken after a Gregorian year word).
  const era = words[i + 2]
  const last = era && joined(words, i + 2) && era.norm === 'م' ? i + 2 : i + 1
  // لعام 2024، وفي عام: the particle before the year word is not part of the date.
  const cut = particleCut(word)
  if (cut > 0 && /^و?ل/.test(word.norm) && namesDocument(scan, i)) return undefined
  return {
    first: i,
    last,
    ...(cut > 0 && { start: word.start + cut }),
    kind: 'absolute',
    calendar: 'gregorian',
    value: next.digits,
  }
}

/** The second of two years after a dual year word (سنتي 2016 و2017، عامي 2002 و2019): a year of our times too. */
function secondOfTwoYears(scan: Scan, i: number): boolean {
  const { words } = scan
  const first = words[i - 2]
  const dual = i >= 3 ? words[i - 3] : undefined
  return (
    first !== undefined &&
    dual !== undefined &&
    words[i - 1]!.norm === AND &&
    joined(words, i) &&
    joined(words, i - 1) &&
    joined(words, i - 2) &&
    isBareYear(first) &&
    dualYearWordSet.has(dual.norm)
  )
}

/**
 * في 2000 مركز اقتراع: a noun of what is counted right after the number (no article, no particle, no verb, no
 * function word) makes it a count of things, not a year. A past verb the verb lists do not hold reads as such a noun
 * (في 2011 سقط), which is rarer after a bare year than the count is.
 */
function countedNounAfter(scan: Scan, i: number): boolean {
  const { words } = scan
  const next = words[i + 1]
  if (next === undefined || !joined(words, i + 1) || next.number) return false
  if (
    next.norm.startsWith('ال') ||
    next.bases.some((base) => base.cut > 0) ||
    !/^[\u0621-\u064a]+$/u.test(next.norm)
  )
    return false
  return !isFunctionWord(next) && !isVerb(next) && !looksVerbal(next) && !isCalendarWord(next)
}

function isBareYear(word: Word): boolean {
  if (!word.number || !YEAR_DIGITS.test(word.digits)) return false
  const year = Number(word.digits)
  return year >= BARE_YEAR_MIN && year <= BARE_YEAR_MAX
}

/** The years a number alone after a preposition is read as: others are more likely counts (في 2500 منزل). */
const BARE_YEAR_MIN = 1900
const BARE_YEAR_MAX = 2040
const YEAR_PARTICLES = /^[لوبف]{1,2}$/

/**
 * Code units of the particles on a year word (لعام، وعام، للعام: ل، و، لل), up to the bare word; 0 when there are
 * none. The year word lists carry these forms whole, so the cut is read off the word.
 */
function particleCut(word: Word): number {
  for (let k = 1; k <= 2 && k < word.norm.length; k++) {
    if (YEAR_PARTICLES.test(word.norm.slice(0, k)) && bareYearWordSet.has(word.norm.slice(k)))
      return rawCut(word.raw, k)
  }
  return 0
}

function isPeriodOfYear(word: Word): boolean {
  return (
    PERIODS_OF_YEAR.has(word.norm) ||
    word.bases.some((base) => base.cut > 0 && PERIODS_OF_YEAR.has(base.base))
  )
}

function isYearWord(word: Word): boolean {
  return YEAR_WORDS.has(word.norm) || word.bases.some((base) => YEAR_WORDS.has(base.base))
}

const documentSet = new Set(documentCues.flatMap((cue) => [norm(cue), norm(`ال${cue}`)]))
/** Words of a law's name read between its noun and its year (قانون المالية ومشروع الميزان الاقتصادي لسنة 2026). */
const DOCUMENT_NAME_WORDS = 5

/**
 * A year after ل that closes a law's name or a reference number (قانون المالية لسنة 2022، القضية رقم 20041، لسنة
 * 2015): part of what names the text, not a time of the news. The cues are data in `lang/ar/calendar.ts`.
 */
function namesDocument(scan: Scan, i: number): boolean {
  const { words } = scan
  const number = words[i - 1]
  if (number?.number && words[i - 2] !== undefined && hasBase(words[i - 2]!, documentSet)) return true
  for (let j = i - 1; j >= i - DOCUMENT_NAME_WORDS && joined(words, j + 1); j--) {
    if (hasBase(words[j]!, documentSet)) return true
  }
  return false
}

const deadlineSet = new Set(deadlineCues.map(norm))
const planSet = new Set(planCues.flatMap((cue) => [norm(cue), norm(`ال${cue}`)]))
/** Words of a plan's name read between its noun and its year (مخطط التنمية العمرانية لعام 2052). */
const PLAN_NAME_WORDS = 3

/**
 * A date the text names as a plan or target rather than as a time of the news: right after a deadline cue
 * (بحلول عام 2030، حتى نهاية 2035), or a year closing a plan's name (رؤية 2030، خطة التنمية لعام 2052). The cue lists
 * are data in `lang/ar/calendar.ts`.
 */
export function isTarget(scan: Scan, match: DateMatch): boolean {
  const { words } = scan
  // A relative period read past its particle (بالشهر الماضي) is never a plan's year.
  if (match.start !== undefined && match.kind === 'relative') return false
  let k = match.first - 1
  // حتى نهاية عام 2025: the part of the year belongs to the deadline.
  if (joined(words, k + 1) && words[k] !== undefined && periodPartSet.has(words[k]!.norm)) k--
  if (joined(words, k + 1) && words[k] !== undefined && hasBase(words[k]!, deadlineSet)) return true
  if (match.value !== undefined && !YEAR_VALUE.test(match.value)) return false
  for (let j = match.first - 1; j >= match.first - 1 - PLAN_NAME_WORDS && joined(words, j + 1); j--) {
    if (hasBase(words[j]!, planSet)) return true
  }
  return false
}

function hasBase(word: Word, set: ReadonlySet<string>): boolean {
  if (set.has(word.norm)) return true
  // A loop, not `bases.some` with a closure over `set`, which would give every call a context to allocate.
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (set.has(base.base)) return true
  }
  return false
}
