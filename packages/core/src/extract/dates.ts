import {
  ambiguousMonths,
  ambiguousWeekdays,
  approximateWords,
  compoundOrdinalOne,
  currentMarkers,
  dayParts,
  deadlineCues,
  documentCues,
  fractionOrdinals,
  futureMarkers,
  gregorianMonths,
  hijriFeasts,
  hijriMonths,
  levantineMonths,
  numberWords,
  ordinalDays,
  ordinalTeen,
  ordinalTens,
  pastMarkers,
  periodParts,
  planCues,
  sameDayCues,
  spanTails,
  type TimeUnit,
  timeUnits,
  weekdays,
  yearFractions,
} from '../lang/ar/calendar.ts'
import type { DateMention } from '../model/extraction.ts'
import { DAY, isLabelledDate, precision } from './article-date.ts'
import {
  addDays,
  addMonths,
  type CivilDate,
  formatDate,
  formatMonth,
  formatWeek,
  hijriNear,
  hijriToGregorian,
  isValid,
  parseIsoDate,
  weekday,
} from './calendar-math.ts'
import { HashFilter } from './hash-filter.ts'
import {
  fromTodaySet as FROM_TODAY,
  monthContextSet as MONTH_CONTEXT,
  norm,
  periodNounUnits as PERIOD_NOUNS,
  periodOfYearSet as PERIODS_OF_YEAR,
  relativeDirectionMap as RELATIVE_DIRECTIONS,
  thisSet as THIS,
  tomorrowSet as TOMORROW,
  vagueCountSet as VAGUE_COUNTS,
  yearWordSet as YEAR_WORDS,
  yesterdaySet as YESTERDAY,
} from './lexicon.ts'
import { joined, type Scan } from './scan.ts'
import { isVerb } from './word-classes.ts'
import { hashOf } from './word-flags.ts'
import { type Base, rawCut, type Word } from './words.ts'

type Calendar = 'gregorian' | 'levantine' | 'hijri'

interface MonthName {
  words: readonly string[]
  month: number
  calendar: Calendar
  ambiguous: boolean
}

const ambiguousMonthSet = new Set(ambiguousMonths.map(norm))
const monthNames: ReadonlyMap<string, readonly MonthName[]> = (() => {
  const index = new Map<string, MonthName[]>()
  const add = (lists: readonly (readonly string[])[], calendar: Calendar) => {
    lists.forEach((forms, month) => {
      for (const form of forms) {
        const words = norm(form).split(' ')
        const list = index.get(words[0]!) ?? []
        list.push({ words, month, calendar, ambiguous: ambiguousMonthSet.has(words.join(' ')) })
        index.set(words[0]!, list)
      }
    })
  }
  add(gregorianMonths, 'gregorian')
  add(levantineMonths, 'levantine')
  add(hijriMonths, 'hijri')
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
})()

const weekdayIndex: ReadonlyMap<string, number> = new Map(
  weekdays.flatMap((forms, day) => forms.map((form) => [norm(form), day] as const)),
)
const ambiguousWeekdaySet = new Set(ambiguousWeekdays.map(norm))
const unitIndex: ReadonlyMap<string, { unit: TimeUnit; count?: number }> = new Map(
  timeUnits.flatMap(({ unit, singular, dual, plural }) => [
    ...singular.map((form) => [norm(form), { unit, count: 1 }] as const),
    ...dual.map((form) => [norm(form), { unit, count: 2 }] as const),
    ...plural.map((form) => [norm(form), { unit }] as const),
  ]),
)
const numberWordIndex: ReadonlyMap<string, number> = new Map(
  numberWords.flatMap((forms, n) => forms.map((form) => [norm(form), n] as const)),
)
const ordinalIndex: ReadonlyMap<string, number> = new Map(
  ordinalDays.flatMap((forms, n) => forms.map((form) => [norm(form), n] as const)),
)
const ordinalOneSet = new Set(compoundOrdinalOne.map(norm))
const ordinalTeenSet = new Set(ordinalTeen.map(norm))
const ordinalTensIndex: ReadonlyMap<string, number> = new Map(
  ordinalTens.map(([word, value]) => [norm(word), value] as const),
)
const documentSet = new Set(documentCues.flatMap((cue) => [norm(cue), norm(`ال${cue}`)]))
const fractionSet = new Set(yearFractions.map(norm))
const fractionOrdinalSet = new Set(fractionOrdinals.map(norm))
const feastIndex: ReadonlyMap<string, readonly { words: string[]; month: number; day: number }[]> = (() => {
  const index = new Map<string, { words: string[]; month: number; day: number }[]>()
  for (const [name, month, day] of hijriFeasts) {
    const words = norm(name).split(' ')
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), { words, month, day }])
  }
  return index
})()
const pastSet = new Set(pastMarkers.map(norm))
const futureSet = new Set(futureMarkers.map(norm))
const currentSet = new Set(currentMarkers.map(norm))
const dayPartSet = new Set(dayParts.map(norm))
const periodPartSet = new Set(periodParts.map(norm))
const approximateSet = new Set(approximateWords.map(norm))
const spanTailSet = new Set(spanTails.map(norm))
const sameDaySet = new Set(sameDayCues.map(norm))

const TODAY = norm('اليوم')
const TONIGHT = norm('الليلة')
const TOMORROW_NOUN = norm('غد')
const DAY_WORD = norm('يوم')
/** يومي الجمعة والسبت: the dual of يوم before two weekdays. */
const DAYS_WORD = norm('يومي')
const MONTH_WORD = norm('شهر')
const OF = norm('من')
const ON = norm('على')
const SINCE = norm('منذ')
const IN = norm('في')
const TO = norm('إلى')
const EVERY = norm('كل')
const AND = norm('و')
const GENERAL = norm('العام')
const FORMER = norm('السابق')
const FIRST = norm('الأول')
const YEAR_DIGITS = /^\d{4}$/
const DAY_DIGITS = /^\d{1,2}$/
const TWO_DIGITS = /^\d{2}$/
const COUNT_DIGITS = /^\d{1,4}$/
const NUMERIC_DATE = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/

interface DateMatch {
  first: number
  last: number
  /** Offset of the start when the first word carries a particle that is not part of the date (بالشهر الماضي). */
  start?: number
  /** Offset of the end when it is not the last word's end (a closing bracket: كانون الثاني (يناير)). */
  end?: number
  value?: string
  kind: 'absolute' | 'relative'
  calendar?: 'gregorian' | 'hijri'
}

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
    const match = matchDate(scan, i, published)
    if (!match) continue
    i = match.last
    if (recurs(scan, match.last)) continue
    const start = match.start ?? words[match.first]!.start
    const end = match.end ?? words[match.last]!.end
    const date: DateMention = {
      text: text.slice(start, end),
      start,
      end,
      ...(match.value !== undefined && { value: match.value }),
      kind: match.kind,
      ...(match.calendar && { calendar: match.calendar }),
      ...(isTarget(scan, match) && { target: true }),
    }
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

/** A numeric date (2025/11/05، 05.11.2025): opening its line, it is a page's stamp, never a sentence's start. */
const NUMERIC_START = /^[0-9٠-٩]{1,4}[-/.]/u

function opensLine(text: string, start: number): boolean {
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim() === ''
}

/** A clock time right after a date (13:17، | 08:21 م، - 10:04): the page's time stamp, not a time of the news. */
const CLOCK_AFTER = /^\s*[|،,\-–—]?\s*[0-9٠-٩]{1,2}:[0-9٠-٩]{2}/u

/**
 * A page's stamp of its own date: any date of a date line or byline (clutter the extraction reads only for names and
 * for this), a date after a header label alone in its line (`date 2025-10-16`، `آخر تحديث: …`), a numeric date that
 * opens its line (`2025/11/05 أخبار، تونس`), and a day with its clock
 * time right after it, the way pages stamp an article and news prose never writes a time (`الخميس، 26 فبراير 2026
 * 10:23 ص`).
 */
function isStamp(scan: Scan, match: DateMatch, date: DateMention): boolean {
  if (scan.credit[match.first] === 1) return true
  if (isLabelledDate(scan.text, date)) return true
  if (NUMERIC_START.test(date.text) && opensLine(scan.text, date.start)) return true
  return (
    match.kind === 'absolute' &&
    precision(date.value) === DAY &&
    CLOCK_AFTER.test(scan.text.slice(date.end, date.end + 12))
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
  ...feastIndex.keys(),
  ...PERIOD_NOUNS.keys(),
  ...RELATIVE_DIRECTIONS.keys(),
  ...YEAR_WORDS,
  ...YESTERDAY,
  ...TOMORROW,
  ...THIS,
  TODAY,
  TONIGHT,
  DAY_WORD,
  DAYS_WORD,
  MONTH_WORD,
  norm('أول'),
])

/** The triggers' hashes (see `hashOf`): most words are passed over without hashing their readings again. */
const TRIGGER_HASHES = new HashFilter(Array.from(DATE_TRIGGERS, hashOf))

function isTrigger(word: Word): boolean {
  for (const base of word.bases) {
    if (TRIGGER_HASHES.mayHave(base.hash) && DATE_TRIGGERS.has(base.base)) return true
  }
  return false
}

function matchDate(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  if (!word.number && !isTrigger(word)) return undefined
  // صباح الاثنين، مساء أمس، يوم الخميس: the part of the day or يوم belongs to the date.
  if (
    (dayPartSet.has(word.norm) || word.norm === DAY_WORD || word.norm === DAYS_WORD) &&
    joined(words, i + 1)
  ) {
    const core = dayDate(scan, i + 1, published, true)
    if (core) return { ...core, first: i }
  }
  return (
    dayDate(scan, i, published, false) ??
    absoluteDate(scan, i, published) ??
    numericDate(scan, i) ??
    periodDate(scan, i, published) ??
    yearFraction(scan, i, published) ??
    feastDate(scan, i, published) ??
    relativeSpan(scan, i, published) ??
    yearDate(scan, i)
  )
}

/** اليوم، أمس، أول أمس، غداً، بعد غد، الليلة، and weekdays with what follows them. */
function dayDate(
  scan: Scan,
  i: number,
  published: CivilDate | undefined,
  introduced: boolean,
): DateMatch | undefined {
  const word = scan.words[i]!
  const conjoined = conjoinedDay(scan, i)
  if (!conjoined) return dayDateOf(scan, i, published, introduced, word.norm)
  // واليوم، وأمس الإثنين، الجمعة والسبت: the conjunction is no part of the date; a weekday after another is one.
  const weekdayPair = weekdayIndex.has(conjoined.base)
  const match = dayDateOf(scan, i, published, introduced || weekdayPair, conjoined.base)
  return match && { ...match, start: word.start + rawCut(word.raw, conjoined.cut) }
}

/** Today, yesterday or tomorrow after و or ف (واليوم، فأمس), or a weekday after و and another weekday. */
function conjoinedDay(scan: Scan, i: number): Base | undefined {
  const { words } = scan
  const word = words[i]!
  if (!CONJUNCTION.test(word.norm)) return undefined
  const afterWeekday = joined(words, i) && weekdayIndex.has(words[i - 1]!.norm)
  return word.bases.find(
    (base) =>
      base.cut === 1 &&
      (base.base === TODAY ||
        YESTERDAY.has(base.base) ||
        TOMORROW.has(base.base) ||
        (afterWeekday && weekdayIndex.has(base.base))),
  )
}

const CONJUNCTION = /^[وف]/

const FIRST_WORD = norm('أول')
const AFTER = norm('بعد')

/** Words `first`…`last` name the day `days` from the publication date. */
function relativeDay(first: number, last: number, days: number, published: CivilDate | undefined): DateMatch {
  return { first, last, kind: 'relative', ...(published && { value: formatDate(addDays(published, days)) }) }
}

function dayDateOf(
  scan: Scan,
  i: number,
  published: CivilDate | undefined,
  introduced: boolean,
  w: string,
): DateMatch | undefined {
  const { words } = scan
  if (w === TODAY) {
    const next = words[i + 1]
    // اليوم الأول، اليوم الوطني: a day, not today (يتطلع اليوم إلى: إلى folds to الى, and is no adjective).
    if (
      next &&
      joined(words, i + 1) &&
      next.norm.startsWith('ال') &&
      next.norm !== TO &&
      !weekdayIndex.has(next.norm)
    )
      return undefined
    // بعد اليوم، من اليوم: from today on, a span with no end rather than a day (لن نقبل بعد اليوم أن …).
    const before = words[i - 1]
    if (before && joined(words, i) && FROM_TODAY.has(before.norm)) return undefined
    // مليون برميل في اليوم: a rate per day, not today.
    if (before?.norm === IN && joined(words, i) && !weekdayAfter(scan, i + 1)) return undefined
    return dayFromToday(scan, i, 0, published)
  }
  if (YESTERDAY.has(w)) {
    // أمس الأول: the day before yesterday.
    if (joined(words, i + 1) && words[i + 1]!.norm === FIRST) return relativeDay(i, i + 1, -2, published)
    return dayFromToday(scan, i, -1, published)
  }
  if (w === FIRST_WORD && joined(words, i + 1)) {
    if (YESTERDAY.has(words[i + 1]!.norm)) return relativeDay(i, i + 1, -2, published)
    if (words[i + 1]!.norm === OF && joined(words, i + 2) && YESTERDAY.has(words[i + 2]!.norm))
      return relativeDay(i, i + 2, -2, published)
  }
  if (TOMORROW.has(w)) return dayFromToday(scan, i, 1, published)
  // يوم غد، صباح الغد: after يوم or a part of the day, غد is tomorrow (alone, الغد may be a newspaper's name).
  if (introduced && (w === TOMORROW_NOUN || w === `ال${TOMORROW_NOUN}`))
    return relativeDay(i, i, 1, published)
  if (w === AFTER && joined(words, i + 1) && words[i + 1]!.norm === TOMORROW_NOUN)
    return relativeDay(i, i + 1, 2, published)
  if (w === TONIGHT) {
    if (joined(words, i + 1) && pastSet.has(words[i + 1]!.norm)) return relativeDay(i, i + 1, -1, published)
    return relativeDay(i, i, 0, published)
  }
  const day = weekdayIndex.get(w)
  if (day === undefined) return undefined
  const next = words[i + 1]
  const nextJoined = next !== undefined && joined(words, i + 1)
  // الأربعاء 15 كانون الثاني/يناير: the weekday opens an absolute date.
  if (next && (nextJoined || next.gap.trim() === '،' || next.gap.trim() === ',')) {
    const absolute = absoluteDate(scan, i + 1, published)
    if (absolute && absolute.first === i + 1) return { ...onWeekday(absolute, day), first: i }
  }
  let last = i
  let direction = 0
  if (nextJoined && pastSet.has(next.norm)) {
    last = i + 1
    direction = -1
  } else if (nextJoined && futureSet.has(next.norm)) {
    last = i + 1
    direction = 1
  }
  // يوم الأربعاء الموافق 27 آب: the date after الموافق names the same day and gives it its value.
  const cue = words[last + 1]
  if (cue && sameDaySet.has(cue.norm) && (joined(words, last + 1) || ASIDE.test(cue.gap.trim()))) {
    const absolute = joined(words, last + 2) ? absoluteDate(scan, last + 2, published) : undefined
    if (absolute && absolute.first === last + 2) return { ...onWeekday(absolute, day), first: i }
  }
  // انطلقت الأحد الدورة الثانية: right after a verb the word is its time; between the two (بين الاثنين) it is no day.
  const afterVerb = joined(words, i) && isVerb(words[i - 1]!)
  if (ambiguousWeekdaySet.has(w) && !introduced && direction === 0 && !afterVerb && !betweenCommas(scan, i))
    return undefined
  return {
    first: i,
    last,
    kind: 'relative',
    ...(published && { value: formatDate(weekdayNear(published, day, direction)) }),
  }
}

/**
 * اليوم، أمس, غداً at word `i`, `offset` days from the publication date, with the weekday after it that names the same
 * day (أمس الأربعاء، اليوم (الخميس)، غداً الثلاثاء) and the absolute date that may follow that. When the weekday is not
 * the day the publication date gives, the text and the page's date disagree: the date has no value.
 */
function dayFromToday(scan: Scan, i: number, offset: number, published: CivilDate | undefined): DateMatch {
  const named = weekdayAfter(scan, i + 1)
  if (named?.end === undefined && named !== undefined) {
    const dated = datedWeekday(scan, i, published)
    if (dated) return dated
  }
  const date = published && addDays(published, offset)
  const agrees = date !== undefined && (named === undefined || weekday(date) === named.day)
  return {
    first: i,
    last: named?.last ?? i,
    ...(named?.end !== undefined && { end: named.end }),
    kind: 'relative',
    ...(agrees && { value: formatDate(date) }),
  }
}

/** A weekday at word `j` right after the word before it, or set off in brackets or quotes: اليوم (الخميس). */
function weekdayAfter(scan: Scan, j: number): { day: number; last: number; end?: number } | undefined {
  const { words, text } = scan
  const word = words[j]
  const day = word && weekdayIndex.get(word.norm)
  if (day === undefined) return undefined
  if (joined(words, j)) return { day, last: j }
  const previous = words[j - 1]
  if (previous?.block !== word.block || !OPENS_NAME.test(word.gap.trim())) return undefined
  const close = CLOSES_NAME.exec(text.slice(word.end, word.end + 3))
  return close ? { day, last: j, end: word.end + close[0].length } : undefined
}

const OPENS_NAME = /^[(«"“”]$/u
const CLOSES_NAME = /^\s*[)»"”“]/u

/**
 * A date of the other calendar after a weekday may be a day off (the Hijri month's start is seen, not computed): the
 * weekday decides, `الثلاثاء 13 صفر 1440` is the Tuesday of the two days its conversion may give.
 */
function onWeekday(match: DateMatch, day: number): DateMatch {
  const date = match.calendar === 'hijri' ? parseIsoDate(match.value) : undefined
  if (!date || weekday(date) === day) return match
  for (const shift of [1, -1]) {
    const shifted = addDays(date, shift)
    if (weekday(shifted) === day) return { ...match, value: formatDate(shifted) }
  }
  return match
}

/**
 * اليوم الأحد 17 أكتوبر 2021، أمس الثلاثاء 29 مارس: the day word and the weekday open the absolute date that follows
 * them, one date whose value the absolute part gives.
 */
function datedWeekday(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const dated = dayDate(scan, i + 1, published, true)
  return dated?.kind === 'absolute' ? { ...dated, first: i } : undefined
}

function betweenCommas(scan: Scan, i: number): boolean {
  const { words } = scan
  const before = words[i]!.gap
  const after = words[i + 1]?.gap ?? '.'
  return OPENS_ASIDE.test(before) && CLOSES_ASIDE.test(after)
}

const ASIDE = /^[،,]$/
const OPENS_ASIDE = /[،,(]/
const CLOSES_ASIDE = /[،,.)]/

/** The weekday `day` nearest the publication date: on or before it, strictly before (الماضي) or after (المقبل). */
function weekdayNear(published: CivilDate, day: number, direction: number): CivilDate {
  const today = weekday(published)
  if (direction > 0) return addDays(published, ((day - today + 6) % 7) + 1)
  if (direction < 0) return addDays(published, -(((today - day + 6) % 7) + 1))
  return addDays(published, -((today - day + 7) % 7))
}

interface MonthMatch {
  first: number
  last: number
  end?: number
  month: number
  calendar: Calendar
  ambiguous: boolean
  /** Code units of the particle the month was read past (ومارس، بآب: 1), else 0. */
  particle: number
}

/** A month name at word `i`, with its other calendar's name after / or in brackets (كانون الثاني/يناير). */
function monthAt(scan: Scan, i: number): MonthMatch | undefined {
  const { words } = scan
  const word = words[i]
  if (!word || word.number) return undefined
  for (const base of word.bases) {
    const names = monthNames.get(base.base)
    if (!names) continue
    for (const name of names) {
      if (!fits(scan, i, name.words)) continue
      let last = i + name.words.length - 1
      let end: number | undefined
      let ambiguous = name.ambiguous
      const alternative = alternativeMonth(scan, last + 1, name)
      if (alternative) {
        last = alternative.last
        end = alternative.end
        ambiguous = false
      }
      return {
        first: i,
        last,
        ...(end !== undefined && { end }),
        month: name.month,
        calendar: name.calendar,
        ambiguous,
        particle: base.cut > 0 ? rawCut(word.raw, base.cut) : 0,
      }
    }
  }
  return undefined
}

function fits(scan: Scan, i: number, names: readonly string[]): boolean {
  for (let k = 1; k < names.length; k++) {
    if (!joined(scan.words, i + k) || scan.words[i + k]!.norm !== names[k]) return false
  }
  return true
}

function alternativeMonth(
  scan: Scan,
  j: number,
  first: MonthName,
): { last: number; end?: number } | undefined {
  const { words, text } = scan
  const word = words[j]
  if (!word) return undefined
  const gap = word.gap.trim()
  // ديسمبر كانون الأول: the other calendar's name may also follow with a space alone.
  if (gap !== '/' && gap !== '(' && gap !== '-' && !(gap === '' && joined(words, j))) return undefined
  const names = monthNames.get(word.norm) ?? []
  for (const name of names) {
    if (name.calendar === first.calendar || name.month !== first.month || !fits(scan, j, name.words)) continue
    const last = j + name.words.length - 1
    const after = words[last]!.end
    if (gap === '(' && text[after] === ')') return { last, end: after + 1 }
    return { last }
  }
  return undefined
}

/** `15 كانون الثاني/يناير 2025`, `الثالث من مارس`, `يناير 2025`, `في حزيران`, `3 رمضان 1446 هـ`. */
function absoluteDate(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  let day: number | undefined
  let monthStart = i
  const first = i
  const ordinal = word.number ? undefined : ordinalDay(scan, i)
  if (word.number) {
    const n = Number(word.digits)
    if (!DAY_DIGITS.test(word.digits) || n < 1 || n > 31) return undefined
    day = n
    monthStart = i + 1
    if (words[i + 1]?.norm === OF && joined(words, i + 1)) monthStart = i + 2
  } else if (ordinal && words[ordinal.last + 1]?.norm === OF && joined(words, ordinal.last + 1)) {
    day = ordinal.day
    monthStart = ordinal.last + 2
  } else if (word.norm === MONTH_WORD && joined(words, i + 1)) {
    monthStart = i + 1
  }
  if (monthStart > i && !joined(words, monthStart)) return undefined
  // الثاني والعشرين من شهر شباط: شهر may stand between the day and its month.
  if (day !== undefined && words[monthStart]?.norm === MONTH_WORD && joined(words, monthStart + 1))
    monthStart++
  const month = monthAt(scan, monthStart)
  if (!month) return undefined
  let last = month.last
  let end = month.end
  const found = yearAfter(scan, last, published)
  const year = found?.relative && month.calendar === 'hijri' ? undefined : found
  let yearValue: number | undefined
  let hijriMarked = false
  if (year) {
    yearValue = year.year
    hijriMarked = year.hijri
    last = year.last
    end = undefined
  }
  const monthWordContext = word.norm === MONTH_WORD
  const before = words[i - 1]
  // في باب المسجد is no month آب after ب: a word before a month read past a particle gives it no context.
  const context =
    before !== undefined &&
    joined(words, i) &&
    month.particle === 0 &&
    (MONTH_CONTEXT.has(before.norm) || periodPartSet.has(before.norm))
  if (month.ambiguous && day === undefined && !year && !monthWordContext && !context) return undefined
  if (day === undefined && !monthWordContext && month.calendar === 'hijri' && !year && !context)
    return undefined
  const hijri = month.calendar === 'hijri' || hijriMarked
  const calendar = hijri ? 'hijri' : 'gregorian'
  const direction = followingDirection(scan, last)
  const value = absoluteValue(month.month + 1, day, yearValue, hijri, published, direction)
  // الماضي، المقبل، الجاري after a month without its year belong to the date.
  if (!year && (direction !== 0 || isCurrentMarker(scan, last + 1))) {
    last++
    end = undefined
  }
  return {
    first,
    last,
    ...(month.first === first && month.particle > 0 && { start: word.start + month.particle }),
    ...(end !== undefined && { end }),
    kind: 'absolute',
    calendar,
    ...(value !== undefined && { value }),
  }
}

/** An ordinal day at word `i`: الثالث، الحادي عشر، الثاني والعشرين، الثلاثين. */
function ordinalDay(scan: Scan, i: number): { day: number; last: number } | undefined {
  const { words } = scan
  const word = words[i]!
  const tens = ordinalTensIndex.get(word.norm)
  if (tens !== undefined) return { day: tens, last: i }
  const one = ordinalOneSet.has(word.norm)
  const unit = one ? 1 : ordinalIndex.get(word.norm)
  if (unit === undefined) return undefined
  const next = joined(words, i + 1) ? words[i + 1] : undefined
  if (unit < 10 && next) {
    if (ordinalTeenSet.has(next.norm)) return { day: 10 + unit, last: i + 1 }
    // الثاني والعشرين: the tens after و.
    const compound = next.bases.find((base) => base.cut === 1 && ordinalTensIndex.has(base.base))
    const day = compound && unit + ordinalTensIndex.get(compound.base)!
    if (day !== undefined && day <= 31) return { day, last: i + 1 }
  }
  // الحادي names a day only with the ten after it.
  return one ? undefined : { day: unit, last: i }
}

function isCurrentMarker(scan: Scan, j: number): boolean {
  const word = scan.words[j]
  return word !== undefined && joined(scan.words, j) && currentSet.has(word.norm)
}

function followingDirection(scan: Scan, last: number): number {
  const next = scan.words[last + 1]
  if (!next || !joined(scan.words, last + 1)) return 0
  if (futureSet.has(next.norm)) return 1
  if (pastSet.has(next.norm)) return -1
  return 0
}

interface YearAfter {
  /** Undefined for a relative year (من العام الحالي) when there is no publication date to resolve it. */
  year: number | undefined
  last: number
  hijri: boolean
  /** A Gregorian year named by a word (العام الحالي), never a Hijri month's. */
  relative?: true
}

/**
 * A year after a month: 2025, 1446 هـ, 2025م, سنة 2024 (28 من مارس سنة 2024), and after من a year named or relative
 * (أيار من عام 2024، أيار من العام الحالي، من هذا العام).
 */
function yearAfter(scan: Scan, last: number, published: CivilDate | undefined): YearAfter | undefined {
  const { words } = scan
  let k = last + 1
  const of = words[k]?.norm === OF && joined(words, k)
  if (of) k++
  const word = words[k]
  if (word && joined(words, k) && !word.number) {
    if (BARE_YEAR_WORDS.has(word.norm) && words[k + 1]?.number && joined(words, k + 1))
      return yearDigits(scan, k + 1)
    const noun = THIS.has(word.norm) ? words[k + 1] : word
    if (!of || noun === undefined || PERIOD_NOUNS.get(noun.norm) !== 'year') return undefined
    const period = periodDate(scan, k, published)
    if (!period) return undefined
    const year = period.value === undefined ? undefined : Number(period.value)
    return { year, last: period.last, hijri: false, relative: true }
  }
  if (of) return undefined
  // كانون الثاني (يناير) 2025: the year may follow the bracket of a paired month.
  if (!(joined(words, k) || word?.gap.trim() === ')')) return undefined
  return yearDigits(scan, k)
}

/** The year at word `k` (four digits) with the era letter after it: 2025م، 1446 هـ. */
function yearDigits(scan: Scan, k: number): YearAfter | undefined {
  const { words } = scan
  const next = words[k]
  if (!next?.number || !YEAR_DIGITS.test(next.digits)) return undefined
  const year = Number(next.digits)
  let end = k
  let hijri = false
  const marker = words[end + 1]
  if (
    marker &&
    joined(words, end + 1) &&
    (marker.norm === 'ه' || marker.norm === 'هـ' || marker.norm === 'م')
  ) {
    hijri = marker.norm !== 'م'
    end++
  }
  return { year, last: end, hijri }
}

function absoluteValue(
  month: number,
  day: number | undefined,
  year: number | undefined,
  hijri: boolean,
  published: CivilDate | undefined,
  direction: number,
): string | undefined {
  if (hijri) {
    // شهر رمضان, 15 رمضان: without its year, the occurrence nearest the publication; a month by the one it begins in.
    if (year === undefined) {
      const near = published && hijriNear(published, month, day ?? 1, direction)
      if (!near) return undefined
      return day === undefined ? formatMonth(near) : formatDate(near)
    }
    if (day === undefined) return undefined
    const date = hijriToGregorian(year, month, day)
    return date ? formatDate(date) : undefined
  }
  const resolvedYear = year ?? (published ? yearNear(published, month, day ?? 15, direction) : undefined)
  if (resolvedYear === undefined) return undefined
  if (day === undefined) return formatMonth({ year: resolvedYear, month })
  const date = { year: resolvedYear, month, day }
  return isValid(date) ? formatDate(date) : undefined
}

/** The year that puts a month and day nearest the publication date, or the next or last such date when told. */
function yearNear(published: CivilDate, month: number, day: number, direction: number): number {
  const candidates = [published.year - 1, published.year, published.year + 1]
  const distance = (year: number) =>
    Date.UTC(year, month - 1, day) - Date.UTC(published.year, published.month - 1, published.day)
  const allowed = candidates.filter((year) =>
    direction > 0 ? distance(year) > 0 : direction < 0 ? distance(year) < 0 : true,
  )
  return allowed.reduce((best, year) => (Math.abs(distance(year)) < Math.abs(distance(best)) ? year : best))
}

/** 15/1/2025, 2025/01/15 and 2025-01-15. */
function numericDate(scan: Scan, i: number): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  if (!word.number) return undefined
  const match = NUMERIC_DATE.exec(word.digits)
  let date: CivilDate | undefined
  let last = i
  if (match) {
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])]
    if (match[1]!.length === 4) date = { year: a, month: b, day: c }
    else if (match[3]!.length === 4) date = { year: c, month: b, day: a }
  } else if (YEAR_DIGITS.test(word.digits) && words[i + 1]?.gap === '-' && words[i + 2]?.gap === '-') {
    const month = words[i + 1]!
    const day = words[i + 2]!
    if (TWO_DIGITS.test(month.digits) && TWO_DIGITS.test(day.digits)) {
      date = { year: Number(word.digits), month: Number(month.digits), day: Number(day.digits) }
      last = i + 2
    }
  }
  if (!date || !isValid(date) || date.year < 1900 || date.year > 2100) return undefined
  return { first: i, last, kind: 'absolute', calendar: 'gregorian', value: formatDate(date) }
}

/**
 * الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا الأسبوع, and the parts of them: مطلع الشهر الجاري، أواخر العام
 * الماضي، منتصف يناير.
 */
function periodDate(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  if (periodPartSet.has(word.norm) && joined(words, i + 1)) {
    const month = absoluteDate(scan, i + 1, published)
    if (month) return { ...month, first: i }
    // نهاية العام 2019: the year named after the period noun is the year meant, not the year of writing.
    const year = yearDate(scan, i + 1)
    if (year && year.start === undefined) return { ...year, first: i }
    const period = periodDate(scan, i + 1, published)
    if (period) return { ...period, first: i }
    // نهاية العام، مطلع الشهر: without a marker, the period of the day of writing.
    const unit = PERIOD_NOUNS.get(words[i + 1]!.norm)
    if (!unit) return undefined
    return {
      first: i,
      last: i + 1,
      kind: 'relative',
      ...(published && { value: periodValue(published, unit, 0) }),
    }
  }
  let k = i
  // لهذا العام، وهذه السنة: the demonstrative may carry a particle, left out of the date.
  const demonstrative = word.bases.find((base) => THIS.has(base.base))
  if (demonstrative && joined(words, i + 1)) k = i + 1
  // بالشهر الماضي، للعام المقبل: the period noun may carry a particle.
  const periodWord = words[k]!
  let unit: 'week' | 'month' | 'year' | undefined
  let cut = 0
  for (const base of periodWord.bases) {
    unit = PERIOD_NOUNS.get(base.base)
    if (unit) {
      cut = base.cut
      break
    }
  }
  if (!unit) return undefined
  // المدير العام السابق: after a definite noun and before السابق (former), العام is the noun's adjective (general).
  const noun = words[k - 1]
  if (
    k === i &&
    cut === 0 &&
    periodWord.norm === GENERAL &&
    words[k + 1]?.norm === FORMER &&
    noun?.norm.startsWith('ال') &&
    joined(words, k)
  )
    return undefined
  let direction: number
  let last = k
  const next = words[k + 1]
  if (k > i) direction = 0
  else if (next && joined(words, k + 1) && pastSet.has(next.norm)) direction = -1
  else if (next && joined(words, k + 1) && futureSet.has(next.norm)) direction = 1
  else if (next && joined(words, k + 1) && currentSet.has(next.norm)) direction = 0
  else return undefined
  if (k === i) last = k + 1
  return {
    first: i,
    last,
    ...(cut > 0 && k === i && { start: periodWord.start + rawCut(periodWord.raw, cut) }),
    ...(k > i && demonstrative!.cut > 0 && { start: word.start + rawCut(word.raw, demonstrative!.cut) }),
    kind: 'relative',
    ...(published && { value: periodValue(published, unit, direction) }),
  }
}

/**
 * الربع الثالث، النصف الأول من العام الحالي، الثلاثية الأخيرة من 2025، الربع الأول 2023: a part of a year, dated by
 * the year it names or, named alone, by the year of writing.
 */
function yearFraction(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const ordinal = words[i + 1]
  if (!fractionSet.has(words[i]!.norm) || !ordinal || !joined(words, i + 1)) return undefined
  if (!fractionOrdinalSet.has(ordinal.norm)) return undefined
  let k = i + 2
  if (words[k]?.norm === OF && joined(words, k)) k++
  const named = joined(words, k) ? (yearDate(scan, k) ?? periodDate(scan, k, published)) : undefined
  if (named && (named.value === undefined || YEAR_VALUE.test(named.value)))
    return { first: i, last: named.last, kind: named.kind, ...(named.value && { value: named.value }) }
  const digits = words[k]
  if (digits?.number && YEAR_DIGITS.test(digits.digits) && joined(words, k))
    return { first: i, last: k, kind: 'absolute', calendar: 'gregorian', value: digits.digits }
  return {
    first: i,
    last: i + 1,
    kind: 'relative',
    ...(published && { value: String(published.year).padStart(4, '0') }),
  }
}

/** عيد الفطر، عيد الأضحى: a feast of the Hijri year, on its day nearest the publication date. */
function feastDate(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  for (const base of words[i]!.bases) {
    for (const feast of feastIndex.get(base.base) ?? []) {
      if (!fits(scan, i, feast.words)) continue
      const day = published && hijriNear(published, feast.month, feast.day)
      return {
        first: i,
        last: i + feast.words.length - 1,
        ...(base.cut > 0 && { start: words[i]!.start + rawCut(words[i]!.raw, base.cut) }),
        kind: 'absolute',
        calendar: 'hijri',
        ...(day && { value: formatDate(day) }),
      }
    }
  }
  return undefined
}

function periodValue(
  published: CivilDate,
  unit: 'week' | 'month' | 'year' | TimeUnit,
  offset: number,
): string {
  switch (unit) {
    case 'week':
      return formatWeek(addDays(published, offset * 7))
    case 'month':
      return formatMonth(addMonths(published, offset))
    case 'year':
      return String(published.year + offset).padStart(4, '0')
    case 'day':
      return formatDate(addDays(published, offset))
    case 'hour':
      return formatDate(published)
  }
}

/** قبل أسبوعين، منذ ثلاثة أيام، قبل نحو شهر، بعد 10 سنوات، قبل أيام (vague: no value). */
function relativeSpan(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const direction = RELATIVE_DIRECTIONS.get(words[i]!.norm)
  if (direction === undefined || !joined(words, i + 1)) return undefined
  let k = i + 1
  if (approximateSet.has(words[k]!.norm) && joined(words, k + 1)) {
    // منذ نحو سبع سنوات: an approximate time since is how long something has lasted.
    if (words[i]!.norm === SINCE) return undefined
    k++
  }
  const countAt = k
  let count: number | undefined
  const quantity = words[k]!
  if (quantity.number && COUNT_DIGITS.test(quantity.digits)) {
    count = Number(quantity.digits)
    k++
  } else if (numberWordIndex.has(quantity.norm)) {
    count = numberWordIndex.get(quantity.norm)
    k++
  } else if (VAGUE_COUNTS.has(quantity.norm)) k++
  if (k > countAt && !joined(words, k)) return undefined
  const unit = words[k] ? unitIndex.get(words[k]!.norm) : undefined
  if (!unit) return undefined
  // منذ يوم أمس: the day is yesterday's, not a span of one day.
  const day = words[k + 1]
  if (k === countAt && day && joined(words, k + 1) && (YESTERDAY.has(day.norm) || day.norm === TODAY))
    return undefined
  const n = count ?? unit.count
  const vague = k === countAt ? unit.count === undefined : count === undefined
  // منذ عام 2013: a year, not "a year ago".
  const year = words[k + 1]
  if (year?.number && YEAR_DIGITS.test(year.digits) && joined(words, k + 1)) return undefined
  // منذ أسابيع: a duration ("for weeks"), not a point in time; منذ 4 أعوام و5 أشهر, an age.
  if (words[i]!.norm === SINCE && (vague || compoundSpan(scan, k))) return undefined
  // بعد أسابيع من القرار، بعد يومين فقط من الاقتراع: a time counted from another event, not from the day of writing.
  let tail = k + 1
  if (words[tail] && joined(words, tail) && spanTailSet.has(words[tail]!.norm)) tail++
  const after = words[tail]
  if (after && joined(words, tail) && (after.norm === OF || after.norm === ON)) return undefined
  return {
    first: i,
    last: k,
    kind: 'relative',
    ...(published && !vague && n !== undefined && { value: shifted(published, unit.unit, direction * n) }),
  }
}

/** A second count and unit after a span's unit: منذ 4 أعوام و5 أشهر. */
function compoundSpan(scan: Scan, k: number): boolean {
  const { words } = scan
  const count = words[k + 2]
  const unit = words[k + 3]
  return (
    words[k + 1]?.norm === AND &&
    count !== undefined &&
    unit !== undefined &&
    joined(words, k + 3) &&
    (count.number || numberWordIndex.has(count.norm)) &&
    unitIndex.has(unit.norm)
  )
}

function shifted(published: CivilDate, unit: TimeUnit, amount: number): string {
  switch (unit) {
    case 'hour':
      return formatDate(addDays(published, Math.trunc(amount / 24)))
    case 'day':
      return formatDate(addDays(published, amount))
    case 'week':
      return formatDate(addDays(published, amount * 7))
    case 'month':
      return formatMonth(addMonths(published, amount))
    case 'year':
      return String(published.year + amount).padStart(4, '0')
  }
}

/** عام 2024، العام 1990، سنة 2011، 1446 هـ. */
function yearDate(scan: Scan, i: number): DateMatch | undefined {
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
    if (!before || !joined(words, i) || !YEAR_PREPOSITIONS.has(before.norm)) return undefined
    if (year < BARE_YEAR_MIN || year > BARE_YEAR_MAX) return undefined
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

const YEAR_PREPOSITIONS = new Set(['في', 'منذ', 'خلال'].map(norm))
/** The years a number alone after a preposition is read as: others are more likely counts (في 2500 منزل). */
const BARE_YEAR_MIN = 1900
const BARE_YEAR_MAX = 2040
const BARE_YEAR_WORDS = new Set(['عام', 'العام', 'سنة', 'السنة'].map(norm))
const YEAR_PARTICLES = /^[لوبف]{1,2}$/

/**
 * Code units of the particles on a year word (لعام، وعام، للعام: ل، و، لل), up to the bare word; 0 when there are
 * none. The year word lists carry these forms whole, so the cut is read off the word.
 */
function particleCut(word: Word): number {
  for (let k = 1; k <= 2 && k < word.norm.length; k++) {
    if (YEAR_PARTICLES.test(word.norm.slice(0, k)) && BARE_YEAR_WORDS.has(word.norm.slice(k)))
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
const YEAR_VALUE = /^\d{4}$/

/**
 * A date the text names as a plan or target rather than as a time of the news: right after a deadline cue
 * (بحلول عام 2030، حتى نهاية 2035), or a year closing a plan's name (رؤية 2030، خطة التنمية لعام 2052). The cue lists
 * are data in `gazetteer/calendar.ts`.
 */
function isTarget(scan: Scan, match: DateMatch): boolean {
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
  return set.has(word.norm) || word.bases.some((base) => set.has(base.base))
}
