import { bareYearWordSet } from '../lang/ar/compiled-cues.ts'
/** Month names and the absolute and numeric dates built on them (15 كانون الثاني/يناير 2025، 2025-01-15). */

import { isLabelledDate } from './article-date.ts'
import {
  type CivilDate,
  formatDate,
  formatMonth,
  hijriNear,
  hijriToGregorian,
  isValid,
} from './calendar-math.ts'
import {
  type Calendar,
  currentSet,
  DAY_DIGITS,
  type DateMatch,
  firstDaySet,
  futureSet,
  lastMarkerSet,
  MONTH_WORD,
  type MonthName,
  monthNames,
  monthSpanSet,
  NUMERIC_DATE,
  OF,
  ordinalIndex,
  ordinalOneSet,
  ordinalTeenSet,
  ordinalTensIndex,
  pastSet,
  periodPartSet,
  THE_MONTH,
  TWO_DIGITS,
  YEAR_DIGITS,
} from './date-words.ts'
import {
  monthContextSet as MONTH_CONTEXT,
  periodNounUnits as PERIOD_NOUNS,
  thisSet as THIS,
} from './lexicon.ts'
import { periodDate } from './period-dates.ts'
import { fits } from './phrase-match.ts'
import { commaGap, joined, type Scan } from './scan.ts'
import { rawCut } from './words.ts'

interface MonthMatch {
  first: number
  last: number
  end?: number
  month: number
  calendar: Calendar
  ambiguous: boolean
  /** Named in both calendars (نوفمبر/تشرين الثاني): a month for sure. */
  paired: boolean
  /** Code units of the particle the month was read past (ومارس، بآب: 1), else 0. */
  particle: number
}

/** A month name at word `i`, with its other calendar's name after / or in brackets (كانون الثاني/يناير). */
function monthAt(scan: Scan, i: number): MonthMatch | undefined {
  const { words } = scan
  const word = words[i]
  if (!word || word.number) return undefined
  for (let m = 0; m < word.bases.length; m++) {
    const base = word.bases[m]!
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
        paired: alternative !== undefined,
        particle: base.cut > 0 ? rawCut(word.raw, base.cut) : 0,
      }
    }
  }
  return undefined
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
export function absoluteDate(scan: Scan, i: number, published: CivilDate | undefined): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  let day: number | undefined
  let monthStart = i
  const first = i
  const ordinal = word.number ? undefined : ordinalDay(scan, i)
  let monthWordCut = 0
  if (word.number) {
    const n = Number(word.digits)
    if (!DAY_DIGITS.test(word.digits) || n < 1 || n > 31) return undefined
    day = n
    monthStart = i + 1
    if (words[i + 1]?.norm === OF && joined(words, i + 1)) monthStart = i + 2
  } else if (ordinal && words[ordinal.last + 1]?.norm === OF && joined(words, ordinal.last + 1)) {
    day = ordinal.day
    monthStart = ordinal.last + 2
  } else if (firstDaySet.has(word.norm) && joined(words, i + 1)) {
    day = 1
    monthStart = i + 1
  } else if (word.norm === MONTH_WORD && joined(words, i + 1)) {
    monthStart = i + 1
  } else if (joined(words, i + 1)) {
    // لشهر مارس، بشهر أيار: شهر after its particle, which the date leaves out.
    const base = word.bases.find((reading) => reading.cut > 0 && reading.base === MONTH_WORD)
    if (base) {
      monthStart = i + 1
      monthWordCut = rawCut(word.raw, base.cut)
    }
  }
  if (monthStart > i && !joined(words, monthStart)) return undefined
  // الثاني والعشرين من شهر شباط: شهر may stand between the day and its month.
  if (day !== undefined && words[monthStart]?.norm === MONTH_WORD && joined(words, monthStart + 1))
    monthStart++
  const month = monthAt(scan, monthStart)
  if (!month) return undefined
  let last = month.last
  let end = month.end
  // أغسطس 20, 2018: the day after the month, in the English order, when the year follows past a comma.
  const dayAfter = day === undefined && !month.paired ? englishDay(scan, last) : undefined
  if (dayAfter !== undefined) {
    day = dayAfter
    last++
  }
  const found =
    yearAfter(scan, last, published) ?? (day !== undefined ? yearPastComma(scan, last) : undefined)
  const year = found?.relative && month.calendar === 'hijri' ? undefined : found
  let yearValue: number | undefined
  let hijriMarked = false
  if (year) {
    yearValue = year.year
    hijriMarked = year.hijri
    last = year.last
    end = undefined
  }
  const monthWordContext = word.norm === MONTH_WORD || monthWordCut > 0
  const before = i > 0 ? words[i - 1] : undefined
  // في باب المسجد is no month آب after ب: a word before a month read past a particle gives it no context.
  const context =
    before !== undefined &&
    joined(words, i) &&
    month.particle === 0 &&
    (MONTH_CONTEXT.has(before.norm) || periodPartSet.has(before.norm))
  if (month.ambiguous && day === undefined && !year && !monthWordContext && !context) return undefined
  // A month alone, with no word before it that makes it a time (في، منذ، خلال …), no particle and no marker after
  // it, is a name's word (مايو كلينك), not a date.
  if (
    day === undefined &&
    !year &&
    !monthWordContext &&
    !context &&
    !month.paired &&
    month.particle === 0 &&
    followingDirection(scan, last) === 0 &&
    !isCurrentMarker(scan, last + 1) &&
    !lastMarkerSet.has(words[last + 1]?.norm ?? '') &&
    !alone(scan, first, last) &&
    !timeBefore(scan, first)
  )
    return undefined
  if (day === undefined && !monthWordContext && month.calendar === 'hijri' && !year && !context)
    return undefined
  const hijri = month.calendar === 'hijri' || hijriMarked
  const calendar = hijri ? 'hijri' : 'gregorian'
  const direction = followingDirection(scan, last)
  const value = absoluteValue(month.month + 1, day, yearValue, hijri, published, direction)
  // الماضي، المقبل، الجاري after a month without its year belong to the date, and so does the year after them
  // (30 يناير الماضي من هذا العام).
  if (!year && (direction !== 0 || isCurrentMarker(scan, last + 1))) {
    last++
    end = undefined
    const after = yearAfter(scan, last, published)
    if (after?.relative) last = after.last
  }
  return {
    first,
    last,
    ...(month.first === first && month.particle > 0 && { start: word.start + month.particle }),
    ...(monthWordCut > 0 && { start: word.start + monthWordCut }),
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

/**
 * A word of time one or two words before the month, past its particle (لشهر فبراير، اعتباراً من
 * تشرين الثاني، لما بعد سبتمبر، شهري يوليو).
 */
function timeBefore(scan: Scan, first: number): boolean {
  const { words } = scan
  for (let j = first - 1; j >= first - 2 && j >= 0 && joined(words, j + 1); j--) {
    if (words[j]!.bases.some((base) => MONTH_CONTEXT.has(base.base) || monthSpanSet.has(base.base)))
      return true
  }
  return false
}

/** A month that is its sentence's or its bracket's only word (a heading, (مايو)): nothing else to read it by. */
function alone(scan: Scan, first: number, last: number): boolean {
  const { words } = scan
  return !joined(words, first) && !joined(words, last + 1)
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
    if (bareYearWordSet.has(word.norm) && words[k + 1]?.number && joined(words, k + 1))
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

/** A day of the month (1–31) right after the month at word `last`, then a year past a comma: أغسطس 20, 2018. */
function englishDay(scan: Scan, last: number): number | undefined {
  const { words } = scan
  const word = words[last + 1]
  if (!word?.number || !joined(words, last + 1) || !DAY_DIGITS.test(word.digits)) return undefined
  const n = Number(word.digits)
  if (n < 1 || n > 31 || yearPastComma(scan, last + 1) === undefined) return undefined
  return n
}

/** A year after a comma, right after a day and its month (6 فبراير، 2024): the comma of the English order. */
function yearPastComma(scan: Scan, last: number): YearAfter | undefined {
  const word = scan.words[last + 1]
  if (!word || !commaGap(word) || word.sentence !== scan.words[last]!.sentence) return undefined
  const year = yearDigits(scan, last + 1)
  // 12 مارس، 1500 متظاهر: past a comma, only a year of the news's centuries, not a count.
  return year?.year !== undefined && year.year >= COMMA_YEAR_FROM && year.year < COMMA_YEAR_TO
    ? year
    : undefined
}

const [COMMA_YEAR_FROM, COMMA_YEAR_TO] = [1900, 2100]

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

/**
 * 15/1/2025, 2025/01/15, 2025-01-15 and 15-01-2025; a day first unless the month would pass 12, where pages stamped
 * month first (`08/17/2021`، `03-15-2024`) can be read only one way. A year and month alone (`2025-01`) only after a
 * header label (`date 2025-01`): elsewhere two such numbers are as often a season (`موسم 2011-12`).
 */
export function numericDate(scan: Scan, i: number): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  if (!word.number) return undefined
  const match = NUMERIC_DATE.exec(word.digits)
  let date: CivilDate | undefined
  let last = i
  if (match) {
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])]
    if (match[1]!.length === 4) date = { year: a, month: b, day: c }
    else if (match[3]!.length === 4) date = dayFirst(a, b, c)
  } else if (words[i + 1]?.gap === '-' && TWO_DIGITS.test(words[i + 1]!.digits)) {
    const second = words[i + 1]!
    const third = words[i + 2]?.gap === '-' ? words[i + 2] : undefined
    if (YEAR_DIGITS.test(word.digits) && third !== undefined && TWO_DIGITS.test(third.digits)) {
      date = { year: Number(word.digits), month: Number(second.digits), day: Number(third.digits) }
      last = i + 2
    } else if (DAY_DIGITS.test(word.digits) && third !== undefined && YEAR_DIGITS.test(third.digits)) {
      date = dayFirst(Number(word.digits), Number(second.digits), Number(third.digits))
      last = i + 2
    } else if (YEAR_DIGITS.test(word.digits) && third === undefined && labelled(scan, i)) {
      const month = { year: Number(word.digits), month: Number(second.digits), day: 1 }
      if (!isValid(month) || month.year < 1900 || month.year > 2100) return undefined
      return { first: i, last: i + 1, kind: 'absolute', calendar: 'gregorian', value: formatMonth(month) }
    }
  }
  if (!date || !isValid(date) || date.year < 1900 || date.year > 2100) return undefined
  return { first: i, last, kind: 'absolute', calendar: 'gregorian', value: formatDate(date) }
}

/** Day, month, year, or month, day, year when the month would pass 12 and the day would not. */
function dayFirst(a: number, b: number, year: number): CivilDate {
  return b > 12 && a <= 12 ? { year, month: a, day: b } : { year, month: b, day: a }
}

/** The number at word `i` follows a header label alone in its line (`date 2025-01`). */
function labelled(scan: Scan, i: number): boolean {
  const start = scan.words[i]!.start
  return isLabelledDate(scan.text, { start, end: start })
}

/**
 * العاشر من الشهر الجاري، 20 من الشهر الماضي: a day of a month counted from the day of writing is one date, valued at
 * the day, not the month its period names. Word `i` is the day.
 */
export function relativeMonthDay(
  scan: Scan,
  i: number,
  published: CivilDate | undefined,
): DateMatch | undefined {
  const { words } = scan
  const word = words[i]!
  const ordinal = word.number ? undefined : ordinalDay(scan, i)
  const day = word.number ? (DAY_DIGITS.test(word.digits) ? Number(word.digits) : 0) : (ordinal?.day ?? 0)
  if (day < 1 || day > 31) return undefined
  const k = ordinal?.last ?? i
  if (
    words[k + 1]?.norm !== OF ||
    !joined(words, k + 1) ||
    words[k + 2]?.norm !== THE_MONTH ||
    !joined(words, k + 2)
  )
    return undefined
  const month = periodDate(scan, k + 2, published)
  if (month?.first !== k + 2 || month.last === k + 2) return undefined
  const value = dayOfMonth(month.value, day)
  return { first: i, last: month.last, kind: 'relative', ...(value !== undefined && { value }) }
}

/** Day `day` of a month valued `2025-03`, or undefined where the month has no value or no such day. */
function dayOfMonth(month: string | undefined, day: number): string | undefined {
  if (month?.length !== 7) return undefined
  const date = { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)), day }
  return isValid(date) ? formatDate(date) : undefined
}
