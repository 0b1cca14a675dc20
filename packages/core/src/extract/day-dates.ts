/** Days: today, yesterday, tomorrow and weekdays, with the weekday or absolute date that names the same day. */

import { addDays, type CivilDate, formatDate, parseIsoDate, weekday } from './calendar-math.ts'
import {
  AND,
  ambiguousWeekdaySet,
  type DateMatch,
  FIRST,
  futureSet,
  IN,
  latelyWordSet,
  mostlyCommonWeekdaySet,
  notWeekdayAfterSet,
  notWeekdayBeforeSet,
  OF,
  pastSet,
  sameDaySet,
  sameDaysSet,
  sameWordSet,
  TO,
  TODAY,
  TOMORROW_NOUN,
  TONIGHT,
  weekdayIndex,
} from './date-words.ts'
import {
  fromTodaySet as FROM_TODAY,
  norm,
  tomorrowSet as TOMORROW,
  yesterdaySet as YESTERDAY,
} from './lexicon.ts'
import { absoluteDate } from './month-dates.ts'
import { joined, type Scan } from './scan.ts'
import { isVerb } from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { type Base, rawCut } from './words.ts'

/** اليوم، أمس، أول أمس، غداً، بعد غد، الليلة، and weekdays with what follows them. */
export function dayDate(
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

/**
 * Today, yesterday or tomorrow after و or ف (واليوم، فأمس), a weekday after و and another weekday, and a weekday after و
 * with its marker (والخميس الماضي، وفي … والأحد المقبل): the marker makes even an ambiguous weekday a day.
 */
function conjoinedDay(scan: Scan, i: number): Base | undefined {
  const { words } = scan
  const word = words[i]!
  if (!CONJUNCTION.test(word.norm)) return undefined
  const next = words[i + 1]
  const marked =
    next !== undefined && joined(words, i + 1) && (pastSet.has(next.norm) || futureSet.has(next.norm))
  const takesWeekday = marked || (joined(words, i) && weekdayIndex.has(words[i - 1]!.norm))
  // A loop, not `bases.find` with a closure over `takesWeekday`, which would give every call a context to allocate.
  for (let n = 0; n < word.bases.length; n++) {
    const base = word.bases[n]!
    if (
      base.cut === 1 &&
      (base.base === TODAY ||
        YESTERDAY.has(base.base) ||
        TOMORROW.has(base.base) ||
        (takesWeekday && weekdayIndex.has(base.base)))
    )
      return base
  }
  return undefined
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
    // ابتداء من اليوم السبت: with its weekday, the day from which something runs is today.
    const before = i > 0 ? words[i - 1] : undefined
    if (before && joined(words, i) && FROM_TODAY.has(before.norm) && !weekdayAfter(scan, i + 1))
      return undefined
    // مليون برميل في اليوم: a rate per day, not today; في نفس اليوم: a day named before.
    if (before?.norm === IN && joined(words, i) && !weekdayAfter(scan, i + 1)) return undefined
    if (before && joined(words, i) && sameWordSet.has(before.norm)) return undefined
    return dayFromToday(scan, i, 0, published)
  }
  if (YESTERDAY.has(w)) {
    // في الأمس القريب: lately, no day.
    if (joined(words, i + 1) && latelyWordSet.has(words[i + 1]!.norm)) return undefined
    // أمس الأول: the day before yesterday.
    if (joined(words, i + 1) && words[i + 1]!.norm === FIRST) return relativeDay(i, i + 1, -2, published)
    return dayFromToday(scan, i, -1, published)
  }
  // أول أمس، أول من أمس, with the weekday that names the same day (أول أمس الاثنين).
  if (w === FIRST_WORD && joined(words, i + 1)) {
    if (YESTERDAY.has(words[i + 1]!.norm)) return { ...dayFromToday(scan, i + 1, -2, published), first: i }
    if (words[i + 1]!.norm === OF && joined(words, i + 2) && YESTERDAY.has(words[i + 2]!.norm))
      return { ...dayFromToday(scan, i + 2, -2, published), first: i }
  }
  if (TOMORROW.has(w)) return dayFromToday(scan, i, 1, published)
  // يوم غد، صباح الغد: after يوم or a part of the day, غد is tomorrow (alone, الغد may be a newspaper's name); so is غد
  // with its weekday right after it (غد الاثنين).
  if (
    (introduced && (w === TOMORROW_NOUN || w === `ال${TOMORROW_NOUN}`)) ||
    (w === TOMORROW_NOUN && joined(words, i + 1) && weekdayIndex.has(words[i + 1]!.norm))
  )
    return dayFromToday(scan, i, 1, published)
  if (w === AFTER && joined(words, i + 1) && words[i + 1]!.norm === TOMORROW_NOUN)
    return relativeDay(i, i + 1, 2, published)
  if (w === TONIGHT) {
    // الليلة الماضية، الليلة البارحة: last night.
    const next = joined(words, i + 1) ? words[i + 1]!.norm : undefined
    if (next !== undefined && (pastSet.has(next) || YESTERDAY.has(next)))
      return relativeDay(i, i + 1, -1, published)
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
  // The word after the weekday and its marker: a date that names the same day may open there, the three ways below.
  const following = words[last + 1]
  // الخميس الماضي 12 مارس، يوم الأحد المقبل، 8 يونيو: the date right after the marked weekday names the same day.
  if (last > i && following && (joined(words, last + 1) || ASIDE.test(following.gap.trim()))) {
    const absolute = absoluteDate(scan, last + 1, published)
    if (absolute && absolute.first === last + 1 && absolute.kind === 'absolute')
      return { ...onWeekday(absolute, day), first: i }
  }
  // الثلاثاء (11 مارس 2025)، أمس الأحد (9 أكتوبر): the date in brackets right after the weekday names the same day.
  if (following && following.block === words[last]!.block && OPENS_DAYS.test(following.gap.trim())) {
    const absolute = absoluteDate(scan, last + 1, published)
    const end =
      absolute?.first === last + 1 && absolute.kind === 'absolute'
        ? closingBracketEnd(scan, absolute.last)
        : undefined
    if (absolute && end !== undefined) return { ...onWeekday(absolute, day), first: i, end }
  }
  // يوم الأربعاء الموافق 27 آب: the date after الموافق names the same day and gives it its value.
  if (
    following &&
    sameDaySet.has(following.norm) &&
    (joined(words, last + 1) || ASIDE.test(following.gap.trim()))
  ) {
    const absolute = joined(words, last + 2) ? absoluteDate(scan, last + 2, published) : undefined
    if (absolute && absolute.first === last + 2) return { ...onWeekday(absolute, day), first: i }
  }
  // انطلقت الأحد الدورة الثانية: right after a verb the word is its time; between the two (بين الاثنين) it is no day;
  // هجوم الأحد، أعلن الوزير الأحد: الأحد and الجمعة are days unless a word around them makes them the common word.
  const afterVerb = joined(words, i) && isVerb(words[i - 1]!)
  if (
    ambiguousWeekdaySet.has(w) &&
    !introduced &&
    direction === 0 &&
    !afterVerb &&
    !betweenCommas(scan, i) &&
    (mostlyCommonWeekdaySet.has(w) || notWeekdayAround(scan, i))
  )
    return undefined
  // ستجتمع اللجنة الخميس: a weekday of a verb in the future is the next such day, or the day of writing itself.
  if (direction === 0 && futureClause(scan, i)) direction = UPCOMING
  return {
    first: i,
    last,
    kind: 'relative',
    ...(published && { value: formatDate(weekdayNear(published, day, direction)) }),
  }
}

/** A weekday's direction when its clause's verb is in the future: on or after the day of writing. */
const UPCOMING = 2
/** Words looked back over from a weekday for the future verb of its clause. */
const FUTURE_REACH = 8
/**
 * The future of the imperfect: س before its prefix (سيعقد، ستجتمع، سنعمل) and at least three letters of the verb
 * after it, not a noun's ending (سيارة، سنوات, ستين is too short).
 */
const FUTURE_VERB = /^س[يتن][^ا][^\s]{2,}$/
const NOUN_ENDING = /(ة|ات)$/
const FUTURE_PARTICLE = norm('سوف')

/**
 * A verb in the future before word `i` in its sentence (past commas, not past a complementiser or a verb of
 * saying, whose clause is another): سوف, or a word of none of the lexicon's classes (no name, place or known word)
 * read past و or ف as س and the imperfect's prefix.
 */
function futureClause(scan: Scan, i: number): boolean {
  const { words } = scan
  const sentence = words[i]!.sentence
  for (let j = i - 1; j >= 0 && i - j <= FUTURE_REACH; j--) {
    const word = words[j]!
    if (word.sentence !== sentence || word.block !== words[i]!.block) return false
    for (const base of word.bases) {
      if (base.cut > 1) continue
      if (base.base === FUTURE_PARTICLE) return true
      if (base.flags & (WordFlag.Complementizer | WordFlag.ReportingForm)) return false
      if ((base.flags & WordFlag.Known) === 0 && FUTURE_VERB.test(base.base) && !NOUN_ENDING.test(base.base))
        return true
    }
  }
  return false
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
  // فجر اليوم 6 شباط، أمس 3 أيار: the day word and the absolute date right after it are one date, valued by the date.
  if (named === undefined && joined(scan.words, i + 1)) {
    const absolute = absoluteDate(scan, i + 1, published)
    if (absolute?.first === i + 1 && absolute.kind === 'absolute' && scan.words[i + 1]!.number)
      return { ...absolute, first: i }
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

/** A weekday at word `j` right after the word before it, or set off in brackets, quotes or slashes: اليوم (الخميس). */
function weekdayAfter(scan: Scan, j: number): { day: number; last: number; end?: number } | undefined {
  const { words, text } = scan
  const word = words[j]
  const day = word && weekdayIndex.get(word.norm)
  if (day === undefined) return undefined
  if (joined(words, j)) return { day, last: j }
  const previous = words[j - 1]
  if (previous?.block !== word.block) return undefined
  // مساء (أمس) السبت: the day word set off in brackets, its weekday after them.
  if (OPENS_DAY.test(previous.gap.trim()) && CLOSES_DAY.test(word.gap.trim())) return { day, last: j }
  // أمس، الخميس، أعلنت: the weekday set off by commas after the day word names the same day.
  if (ASIDE.test(word.gap.trim()) && CLOSES_ASIDE.test(words[j + 1]?.gap ?? '.')) return { day, last: j }
  if (!OPENS_NAME.test(word.gap.trim())) return undefined
  const close = CLOSES_NAME.exec(text.slice(word.end, word.end + 3))
  return close ? { day, last: j, end: word.end + close[0].length } : undefined
}

// Brackets, quotes, and the slashes of Omani wire copy (غداً /الثلاثاء/).
const OPENS_NAME = /^[(«"“”/]$/u
const CLOSES_NAME = /^\s*[)»"”“/]/u
const OPENS_DAY = /^[(«]$/u
const CLOSES_DAY = /^[)»]$/u

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

/** صلاة الجمعة، بين الاثنين، الأحد عشر: an ambiguous weekday that the word before or after makes the common word. */
function notWeekdayAround(scan: Scan, i: number): boolean {
  const { words } = scan
  const before = words[i - 1]
  const after = words[i + 1]
  return (
    (before !== undefined &&
      joined(words, i) &&
      before.bases.some((base) => notWeekdayBeforeSet.has(base.base))) ||
    (after !== undefined && joined(words, i + 1) && notWeekdayAfterSet.has(after.norm))
  )
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

/**
 * The weekday `day` nearest the publication date: on or before it, strictly before (الماضي) or after (المقبل), on or
 * after it (`UPCOMING`: a verb in the future).
 */
function weekdayNear(published: CivilDate, day: number, direction: number): CivilDate {
  const today = weekday(published)
  if (direction === UPCOMING) return addDays(published, (day - today + 7) % 7)
  if (direction > 0) return addDays(published, ((day - today + 6) % 7) + 1)
  if (direction < 0) return addDays(published, -(((today - day + 6) % 7) + 1))
  return addDays(published, -((today - day + 7) % 7))
}

/**
 * يومي الثلاثاء والأربعاء الموافقين 20 و21 مايو، يومي 24 و25: the two days after the dual يومي are one date with the
 * days of the month that name them (after الموافقين، في or in brackets: (15 و16 مارس 2025)); its value is the first
 * day's. Word `i` is يومي.
 */
export function dualDays(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  if (!joined(words, i + 1)) return undefined
  const weekdays = dayDate(scan, i + 1, published, true)
  let last: number
  if (weekdays !== undefined && weekdays.kind === 'relative' && weekdayIndex.has(words[i + 1]!.norm)) {
    const second = dayDate(scan, weekdays.last + 1, published, true)
    if (
      second === undefined ||
      !joined(words, weekdays.last + 1) ||
      !CONJUNCTION.test(words[weekdays.last + 1]!.norm)
    )
      return undefined
    last = second.last
  } else {
    const pair = dayPair(scan, i + 1)
    if (pair === undefined) return undefined
    const month = absoluteDate(scan, pair.second, published)
    if (month !== undefined && month.first === pair.second) return { ...dated(month, pair.first), first: i }
    return { first: i, last: pair.second, kind: 'absolute' }
  }
  // The days of the month after the weekdays: الموافقين 20 و21 مايو، في 24 و25 أيلول، (15 و16 مارس 2025).
  let j = last + 1
  const cue = words[j]
  const bracketed = cue !== undefined && OPENS_DAYS.test(cue.gap.trim())
  if (
    cue !== undefined &&
    !bracketed &&
    (sameDaySet.has(cue.norm) || sameDaysSet.has(cue.norm) || cue.norm === IN)
  )
    j++
  const pair = j > last + 1 || bracketed ? dayPair(scan, j) : undefined
  const month = pair && absoluteDate(scan, pair.second, published)
  // Two weekdays alone stay two dates (يومي الجمعة والسبت), as the annotation counts them.
  if (pair === undefined || month === undefined || month.first !== pair.second) return undefined
  const end = bracketed ? closingBracketEnd(scan, month.last) : undefined
  return { ...dated(month, pair.first), first: i, ...(end !== undefined && { end }) }
}

const OPENS_DAYS = /^\($/
const CLOSES_DAYS = /^\s*\)/

/** Where the bracket that closes right after word `k` ends (… 2025)), or undefined where none does. */
function closingBracketEnd(scan: Scan, k: number): number | undefined {
  const end = scan.words[k]!.end
  const close = CLOSES_DAYS.exec(scan.text.slice(end, end + 3))
  return close === null ? undefined : end + close[0].length
}

/** Two days of the month joined by و at word `k` (20 و21): the first's value and the second's index. */
function dayPair(scan: Scan, k: number): { first: number; second: number } | undefined {
  const { words } = scan
  const first = words[k]
  const and = words[k + 1]
  const second = words[k + 2]
  if (
    !first?.number ||
    and?.norm !== AND ||
    !second?.number ||
    !joined(words, k + 1) ||
    !joined(words, k + 2)
  )
    return undefined
  const [a, b] = [Number(first.digits), Number(second.digits)]
  return a >= 1 && b <= 31 && a < b ? { first: a, second: k + 2 } : undefined
}

/** The absolute date of the second day, given the first day's value. */
function dated(month: DateMatch, day: number): DateMatch {
  if (month.value === undefined || month.value.length !== 10) return month
  return { ...month, value: `${month.value.slice(0, 8)}${String(day).padStart(2, '0')}` }
}
