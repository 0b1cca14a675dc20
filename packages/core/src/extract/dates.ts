/** The scan of an article for dates: each word tried against every kind of date, and the page's stamps kept apart. */

import type { DateMention } from '../model/extraction.ts'
import { DAY, isLabelledDate, lineBefore, precision } from './article-date.ts'
import { type CivilDate, parseIsoDate } from './calendar-math.ts'
import {
  DAY_WORD,
  DAYS_WORD,
  type DateMatch,
  dayPartSet,
  EVERY,
  feastIndex,
  fractionSet,
  MONTH_WORD,
  monthNames,
  namedDayNounSet,
  OF,
  ordinalIndex,
  ordinalOneSet,
  ordinalTensIndex,
  periodPartSet,
  seasonSet,
  TODAY,
  TOMORROW_NOUN,
  TONIGHT,
  unitIndex,
  weekdayIndex,
} from './date-words.ts'
import { dayDate, dualDays } from './day-dates.ts'
import { HashFilter } from './hash-filter.ts'
import {
  norm,
  periodNounUnits as PERIOD_NOUNS,
  relativeDirectionMap as RELATIVE_DIRECTIONS,
  thisSet as THIS,
  tomorrowSet as TOMORROW,
  yearWordSet as YEAR_WORDS,
  yesterdaySet as YESTERDAY,
} from './lexicon.ts'
import { absoluteDate, numericDate, relativeMonthDay } from './month-dates.ts'
import { feastDate, periodDate, relativeSpan, seasonDate, yearFraction } from './period-dates.ts'
import { joined, type Scan } from './scan.ts'
import { DATE_TRIGGER as DATE_TRIGGER_QUESTION, keepAnswer, keptAnswer } from './spelling-answers.ts'
import { hashOf } from './word-flags.ts'
import type { Word } from './words.ts'
import { isTarget, yearDate } from './year-dates.ts'

// The questions as constants of this module: an imported binding is read from its module at each test.
const DATE_TRIGGER = DATE_TRIGGER_QUESTION

/** The dates of an article's text: those it names, and the page's own stamps of its date, kept apart. */
export interface FoundDates {
  /** Points in time the article names (`Extraction.dates`). */
  mentions: DateMention[]
  /**
   * The page's stamps of its own date: a date line or byline, a labelled date (`date 2025-10-16`، `آخر تحديث: …`),
   * a full date with its clock time (`22 يناير 2026 13:17`). Not the news's dates, but what dates an undated text.
   */
  stamps: DateMention[]
}

/**
 * Dates the article names: absolute (15 كانون الثاني/يناير 2025، 3 رمضان 1446 هـ، 2025-01-15), weekdays
 * (الاثنين الماضي), and relative expressions (أمس، قبل أسبوعين، الشهر المقبل). Values are ISO 8601 at the precision
 * the text gives; what depends on the day of writing is resolved only when `publishedAt` is known. Recurring days
 * (`20 نوفمبر من كل عام`) are no point in time; the page's stamps of its date come apart (`FoundDates`).
 */
export function extractDates(scan: Scan, publishedAt?: string): FoundDates {
  const { words, text } = scan
  const published = parseIsoDate(publishedAt)
  const found: FoundDates = { mentions: [], stamps: [] }
  for (let i = 0; i < words.length; i++) {
    // Most words open no date: they are passed over here, and the matchers are called for the others alone.
    const word = words[i]!
    if (!word.number && !isTrigger(word)) continue
    const match = matchDate(scan, i, published)
    if (!match) continue
    i = match.last
    if (recurs(scan, match.last) || namesEvent(scan, match)) continue
    const start = match.start ?? words[match.first]!.start
    const end = match.end ?? words[match.last]!.end
    // Literals and assignments rather than spreads of optional fields, which V8 copies through its runtime; the
    // fields keep their order.
    const value = match.value
    const date: DateMention =
      value !== undefined
        ? { text: text.slice(start, end), start, end, value, kind: match.kind }
        : { text: text.slice(start, end), start, end, kind: match.kind }
    if (match.calendar) date.calendar = match.calendar
    if (isTarget(scan, match)) date.target = true
    if (match.since) date.since = true
    if (isStamp(scan, match, date)) found.stamps.push(date)
    else found.mentions.push(date)
  }
  return found
}

/** 20 نوفمبر من كل عام، في شهر يونيو من كل سنة: a day or month of every year, not one point in time. */
function recurs(scan: Scan, last: number): boolean {
  const { words } = scan
  const unit = words[last + 3]
  return (
    words[last + 1]?.norm === OF &&
    joined(words, last + 1) &&
    words[last + 2]?.norm === EVERY &&
    joined(words, last + 2) &&
    unit !== undefined &&
    joined(words, last + 3) &&
    unitIndex.has(unit.norm)
  )
}

/** ثورة 25 يناير: a day and month after a noun of an event they name are its name, not a date of the news. */
function namesEvent(scan: Scan, match: DateMatch): boolean {
  const { words } = scan
  const before = match.first > 0 ? words[match.first - 1] : undefined
  return (
    match.kind === 'absolute' &&
    before !== undefined &&
    joined(words, match.first) &&
    namedDayNounSet.has(before.norm) &&
    words[match.first]!.number
  )
}

/** A numeric date (2025/11/05، 05.11.2025): opening its line, it is a page's stamp, never a sentence's start. */
const NUMERIC_START = /^[0-9٠-٩]{1,4}[-/.]/u

/** A clock time right after a date (13:17، | 08:21 م، - 10:04): the page's time stamp, not a time of the news. */
const CLOCK_AFTER = /^\s*[|،,\-–—]?\s*[0-9٠-٩]{1,2}:[0-9٠-٩]{2}/u
/** A clock time with its seconds right before a date (11:05:16 2025-12-01): a page's stamp too. */
const CLOCK_BEFORE = /[0-9٠-٩]{1,2}:[0-9٠-٩]{2}:[0-9٠-٩]{2}\s*[|،,\-–—]?\s*$/u

/**
 * A page's stamp of its own date: any date of a date line or byline (clutter the extraction reads only for names and
 * for this), a date after a header label alone in its line (`date 2025-10-16`، `آخر تحديث: …`), a numeric date that
 * opens its line (`2025/11/05 أخبار، تونس`), and a day with its clock
 * time right after it, or with hours, minutes and seconds right before it, the way pages stamp an article and news
 * prose never writes a time (`الخميس، 26 فبراير 2026 10:23 ص`، `11:05:16 2025-12-01`).
 */
function isStamp(scan: Scan, match: DateMatch, date: DateMention): boolean {
  if (scan.credit[match.first] === 1) return true
  if (isLabelledDate(scan.text, date)) return true
  if (NUMERIC_START.test(date.text) && lineBefore(scan.text, date).trim() === '') return true
  return (
    match.kind === 'absolute' &&
    precision(date.value) === DAY &&
    (CLOCK_AFTER.test(scan.text.slice(date.end, date.end + 12)) ||
      CLOCK_BEFORE.test(scan.text.slice(Math.max(0, date.start - 14), date.start)))
  )
}

/** Word `j` opens brackets right after the word before it, in its sentence: مساء (أمس). */
function bracketed(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]
  const previous = words[j - 1]
  return (
    word !== undefined &&
    previous !== undefined &&
    word.sentence === previous.sentence &&
    word.gap.trim() === '('
  )
}

/** First words a date can start with; every other word is passed over at the cost of a few lookups. */
const DATE_TRIGGERS: ReadonlySet<string> = new Set([
  ...monthNames.keys(),
  ...weekdayIndex.keys(),
  ...ordinalIndex.keys(),
  ...ordinalOneSet,
  ...ordinalTensIndex.keys(),
  ...dayPartSet,
  ...periodPartSet,
  ...fractionSet,
  ...seasonSet,
  ...feastIndex.keys(),
  ...PERIOD_NOUNS.keys(),
  ...RELATIVE_DIRECTIONS.keys(),
  ...YEAR_WORDS,
  ...YESTERDAY,
  ...TOMORROW,
  ...THIS,
  TODAY,
  TONIGHT,
  TOMORROW_NOUN,
  DAY_WORD,
  DAYS_WORD,
  MONTH_WORD,
  norm('أول'),
])

/** The triggers' hashes (see `hashOf`): most words are passed over without hashing their readings again. */
const TRIGGER_HASHES = new HashFilter(Array.from(DATE_TRIGGERS, hashOf))

function isTrigger(word: Word): boolean {
  // Asked of every word: answered once a spelling.
  const { spelling } = word
  const kept = keptAnswer(spelling, DATE_TRIGGER)
  return kept !== 0 ? kept === 3 : keepAnswer(spelling, DATE_TRIGGER, readsTrigger(word))
}

function readsTrigger(word: Word): boolean {
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (TRIGGER_HASHES.mayHave(base.hash) && DATE_TRIGGERS.has(base.base)) return true
  }
  return false
}

/** The date that opens at word `i`, a number or a trigger. */
function matchDate(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  // A number opens a date only as the day of a month, a numeric date, a day of a month counted from now, or a year:
  // the other kinds open on one of their words.
  if (word.number)
    return (
      absoluteDate(scan, i, published) ??
      numericDate(scan, i) ??
      relativeMonthDay(scan, i, published) ??
      yearDate(scan, i)
    )
  if (word.norm === DAYS_WORD) {
    const two = dualDays(scan, i, published)
    if (two) return two
  }
  // صباح الاثنين، مساء أمس، يوم الخميس: the part of the day or يوم belongs to the date.
  if (dayPartSet.has(word.norm) || word.norm === DAY_WORD || word.norm === DAYS_WORD) {
    const core =
      joined(words, i + 1) || bracketed(scan, i + 1) ? dayDate(scan, i + 1, published, true) : undefined
    // مساء (أمس) السبت: a day word in brackets belongs to the part of the day when the weekday after them closes it.
    if (core && (joined(words, i + 1) || core.last > i + 1)) return { ...core, first: i }
  }
  return (
    dayDate(scan, i, published, false) ??
    absoluteDate(scan, i, published) ??
    numericDate(scan, i) ??
    relativeMonthDay(scan, i, published) ??
    periodDate(scan, i, published) ??
    yearFraction(scan, i, published) ??
    feastDate(scan, i, published) ??
    seasonDate(scan, i) ??
    relativeSpan(scan, i, published) ??
    yearDate(scan, i)
  )
}
